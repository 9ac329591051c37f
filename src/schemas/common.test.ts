import { expect, test } from 'vitest';
import { bilingualSchema, isCalendarDate, isoDateSchema, sourceSchema } from './common.ts';

test('calendar dates are checked, not just their shape', () => {
  expect(isCalendarDate('2020-02-29')).toBe(true);
  expect(isCalendarDate('2021-02-29')).toBe(false);
  expect(isCalendarDate('2021-13-01')).toBe(false);
  expect(isCalendarDate('2021-1-01')).toBe(false);
  expect(isoDateSchema.safeParse('2021-11-29').success).toBe(true);
  expect(isoDateSchema.safeParse('2021-02-30').error?.issues[0]?.message).toBe('is not a real calendar date');
  expect(isoDateSchema.safeParse('29/11/2021').error?.issues[0]?.message).toBe('must be a date written YYYY-MM-DD (quoted in YAML)');
});

test('both languages are required and blank text is not text', () => {
  expect(bilingualSchema.parse({ zh: ' 开门 ', en: 'Open doors' })).toEqual({ zh: '开门', en: 'Open doors' });
  expect(bilingualSchema.safeParse({ zh: '开门', en: '   ' }).success).toBe(false);
  expect(bilingualSchema.safeParse({ zh: '开门' }).success).toBe(false);
});

const source = { name: 'Tencent Q3 2021 results', url: 'http://example.com/q3', accessed: '2026-11-25', tier: 'primary' };

test('a source needs a name, a page and an access date; http pages stay http', () => {
  expect(sourceSchema.parse(source).url).toBe('http://example.com/q3');
  expect(sourceSchema.safeParse({ ...source, url: undefined }).error?.issues[0]?.message).toBe(
    'every source needs a url (the page where the figure can be checked)',
  );
  expect(sourceSchema.safeParse({ ...source, url: 'ftp://example.com' }).error?.issues[0]?.message).toBe('url must be a full http(s):// address');
  expect(sourceSchema.safeParse({ ...source, accessed: undefined }).success).toBe(false);
});

test('a quote is the words on the page: not blank, at most 300 characters', () => {
  expect(sourceSchema.parse({ ...source, quote: ' 12.68亿 ' }).quote).toBe('12.68亿');
  expect(sourceSchema.safeParse({ ...source, quote: '  ' }).success).toBe(false);
  expect(sourceSchema.safeParse({ ...source, quote: 'x'.repeat(300) }).success).toBe(true);
  expect(sourceSchema.safeParse({ ...source, quote: 'x'.repeat(301) }).success).toBe(false);
});
