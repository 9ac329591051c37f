import type { Locale } from '../i18n/index.ts';
import type { DatePrecision } from '../schemas/timeline.ts';

const parts: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
};

/**
 * An event's date for readers, only as precise as it is known: a month-precision date reads
 * "2013年11月" / "November 2013", never with an invented day. Formatted with Intl in UTC, so the
 * calendar date in the file is the one shown.
 */
export function formatEventDate(iso: string, precision: DatePrecision, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { ...parts[precision], timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** The matching machine-readable `<time datetime>`: 2013-08-01, 2013-11 or 2013. */
export function eventDatetime(iso: string, precision: DatePrecision): string {
  return precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}
