import { expect, test } from 'vitest';
import { lineWrap } from './line-wrap.ts';
import { textWidth } from './text.ts';

/** One unit per character: widths are character counts. */
const chars = (text: string) => [...text].length;

test('Chinese breaks between words, not inside one (屏蔽, 微信)', () => {
  const lines = lineWrap('2013.11 淘宝屏蔽来自微信的链接', 104, (t) => textWidth(t, 12));
  expect(lines.join('').replaceAll(' ', '')).toBe('2013.11淘宝屏蔽来自微信的链接');
  expect(lines.some((line) => line.endsWith('屏') || line.endsWith('微'))).toBe(false);
  for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(104);
});

test('a break before an opening bracket wins over one inside a run of Chinese', () => {
  expect(lineWrap('网经社口径（实际）', 6, chars)).toEqual(['网经社口径', '（实际）']);
});

test('fewest lines first, then the most even', () => {
  expect(lineWrap('aaa bbb ccc ddd', 11, chars)).toEqual(['aaa bbb', 'ccc ddd']);
  expect(lineWrap('aaa bbb', 20, chars)).toEqual(['aaa bbb']);
});

test('a word wider than the line overflows on its own line, unless words may be broken', () => {
  expect(lineWrap('a Supercalifragilistic b', 8, chars)).toEqual(['a', 'Supercalifragilistic', 'b']);
  const broken = lineWrap('Supercalifragilistic', 8, chars, { breakWords: true });
  expect(broken.join('')).toBe('Supercalifragilistic');
  for (const line of broken) expect(chars(line)).toBeLessThanOrEqual(8);
});

test('empty text has no lines', () => {
  expect(lineWrap('', 10, chars)).toEqual([]);
});
