import { describe, expect, test } from 'vitest';
import { datetimeOf, formatDate } from './format-date.ts';

describe('formatDate', () => {
  test('writes a calendar date in running text, as precise as it is known', () => {
    expect(formatDate('2021-11-29', 'zh-CN')).toBe('2021年11月29日');
    expect(formatDate('2021-11-29', 'en')).toBe('November 29, 2021');
    expect(formatDate('2013-11-01', 'zh-CN', { precision: 'month' })).toBe('2013年11月');
    expect(formatDate('2013-11-01', 'en', { precision: 'month' })).toBe('November 2013');
    expect(formatDate('2016-01-01', 'zh-CN', { precision: 'year' })).toBe('2016年');
    expect(formatDate('2016-01-01', 'en', { precision: 'year' })).toBe('2016');
  });

  test('writes short chart labels and fiscal years', () => {
    expect(formatDate('2013-12-31', 'zh-CN', { precision: 'month', style: 'short' })).toBe('2013年12月');
    expect(formatDate('2013-12-31', 'en', { precision: 'month', style: 'short' })).toBe('Dec 2013');
    expect(formatDate('2021-11-29', 'en', { style: 'short' })).toBe('Nov 29, 2021');
    expect(formatDate('2019-03-31', 'zh-CN', { precision: 'fiscal-year' })).toBe('2019财年');
    expect(formatDate('2019-03-31', 'en', { precision: 'fiscal-year' })).toBe('FY2019');
  });

  test('a calendar date is never shifted by a time zone; an instant is the day it was in Beijing', () => {
    expect(formatDate('2021-01-01', 'en')).toBe('January 1, 2021');
    // 2021-11-30 17:00 UTC is already 1 December in Beijing.
    expect(formatDate(new Date('2021-11-30T17:00:00Z'), 'en')).toBe('December 1, 2021');
    expect(formatDate(new Date('2021-11-30T15:00:00Z'), 'zh-CN')).toBe('2021年11月30日');
  });
});

test('datetimeOf gives the machine-readable date at its precision', () => {
  expect(datetimeOf('2013-08-01', 'day')).toBe('2013-08-01');
  expect(datetimeOf('2013-11-01', 'month')).toBe('2013-11');
  expect(datetimeOf('2016-01-01', 'year')).toBe('2016');
});
