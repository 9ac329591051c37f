import type { Locale } from './index.ts';

/** How precisely a date is known, which decides how it is written. Fiscal years are named by the year they end in. */
export type DatePrecision = 'day' | 'month' | 'year' | 'fiscal-year';

interface DateOptions {
  precision?: DatePrecision;
  /** `long` for running text ("29 November 2021", "2021年11月29日"), `short` for chart labels ("Nov 2021"). */
  style?: 'long' | 'short';
}

/** Parses a calendar date `YYYY-MM-DD` as midnight UTC. */
export function calendarDate(text: string): Date {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * The one date formatter, with Intl (never hard-coded month names). A `YYYY-MM-DD` string is a
 * calendar date and is written as is; a `Date` is an instant (a publication time) and is written
 * as the day it was in Beijing, the story's time zone. Only as precise as the date is known:
 * a month-precision date never gets an invented day.
 */
export function formatDate(date: string | Date, locale: Locale, { precision = 'day', style = 'long' }: DateOptions = {}): string {
  const calendar = typeof date === 'string';
  const value = calendar ? calendarDate(date) : date;
  if (precision === 'fiscal-year') {
    const year = calendar ? value.getUTCFullYear() : Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(value));
    return locale === 'en' ? `FY${year}` : `${year}财年`;
  }
  const month = style === 'long' ? 'long' : 'short';
  const parts: Intl.DateTimeFormatOptions =
    precision === 'day' ? { year: 'numeric', month, day: 'numeric' } : precision === 'month' ? { year: 'numeric', month } : { year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...parts, timeZone: calendar ? 'UTC' : 'Asia/Shanghai' }).format(value);
}

/** The machine-readable `<time datetime>` of a calendar date at a precision: 2013-08-01, 2013-11 or 2013. */
export function datetimeOf(iso: string, precision: DatePrecision): string {
  return precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}
