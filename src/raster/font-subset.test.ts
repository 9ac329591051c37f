import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { cjkFonts } from './svg-to-png.ts';
import { createFontSubsetter, fontFaceIndex } from './font-subset.ts';

const { family, files } = cjkFonts();
const regular = readFileSync(files[0]!);

test('finds the face by its family name, in a collection or a single font', () => {
  const index = fontFaceIndex(regular, family);
  expect(index).toBeGreaterThanOrEqual(0);
  expect(fontFaceIndex(regular, 'No Such Family')).toBe(-1);
  if (files[0]!.endsWith('.ttc')) {
    // Debian's Noto Sans CJK collection lists JP, KR, SC, TC, HK (see `fc-query`).
    expect(fontFaceIndex(regular, 'Noto Sans CJK JP')).toBe(0);
    expect(index).toBe(2);
  }
});

test('a subset is a small single font that keeps its family name', () => {
  const subset = createFontSubsetter(regular, family)('开门 Kaimen 2013–2021');
  expect(subset.length).toBeLessThan(100_000);
  expect(regular.length).toBeGreaterThan(1_000_000);
  expect(subset.subarray(0, 4).toString('latin1')).toMatch(/^(OTTO|\0\x01\0\0)$/);
  expect(fontFaceIndex(subset, family)).toBe(0);
});

test('more characters make a larger subset', () => {
  const subset = createFontSubsetter(regular, family);
  expect(subset('开门').length).toBeLessThan(subset('开门见山，时隔八年后微信群聊对淘宝链接敞开了大门').length);
});

test('an unknown family is an error naming it', () => {
  expect(() => createFontSubsetter(regular, 'No Such Family')).toThrow('No face named "No Such Family"');
});
