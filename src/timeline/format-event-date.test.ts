import { describe, expect, it } from 'vitest';
import { eventDatetime, formatEventDate } from './format-event-date.ts';

describe('formatEventDate', () => {
  it('shows a month-precision date without a day', () => {
    expect(formatEventDate('2013-11-01', 'month', 'zh-CN')).toBe('2013年11月');
    expect(formatEventDate('2013-11-01', 'month', 'en')).toBe('November 2013');
  });
  it('shows a day-precision date in full, in the calendar date written (no time-zone drift)', () => {
    expect(formatEventDate('2021-11-29', 'day', 'zh-CN')).toBe('2021年11月29日');
    expect(formatEventDate('2021-11-29', 'day', 'en')).toBe('November 29, 2021');
    expect(formatEventDate('2013-08-01', 'day', 'en')).toBe('August 1, 2013');
  });
  it('shows only the year for year precision', () => {
    expect(formatEventDate('2016-01-01', 'year', 'zh-CN')).toBe('2016年');
    expect(formatEventDate('2016-01-01', 'year', 'en')).toBe('2016');
  });
  it('gives the matching datetime attribute', () => {
    expect(eventDatetime('2013-11-01', 'month')).toBe('2013-11');
    expect(eventDatetime('2016-01-01', 'year')).toBe('2016');
    expect(eventDatetime('2021-11-29', 'day')).toBe('2021-11-29');
  });
});
