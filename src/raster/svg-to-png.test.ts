import { expect, test } from 'vitest';
import { cjkFonts, svgToPng } from './svg-to-png.ts';

const glyph = (char: string) =>
  svgToPng(`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><text x="4" y="32" font-size="32" font-family="sans-serif">${char}</text></svg>`, { width: 40 });

test('PNG output has the PNG signature and the requested width', () => {
  const png = glyph('A');
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(16)).toBe(40);
  expect(png.readUInt32BE(20)).toBe(40);
});

test('Chinese is drawn with real glyphs, not tofu: different characters give different images', () => {
  expect(cjkFonts().files.length).toBe(2);
  const [wang, min, blank] = [glyph('网'), glyph('民'), glyph(' ')];
  // Missing glyphs would all render as the same box (or nothing), so these would be equal.
  expect(wang.equals(min)).toBe(false);
  expect(wang.equals(blank)).toBe(false);
  expect(min.equals(blank)).toBe(false);
});

test('bold text is drawn with the bold face: the subset of each weight is loaded', () => {
  const draw = (weight: number) =>
    svgToPng(`<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"><text x="4" y="32" font-size="32" font-weight="${weight}">网民</text></svg>`, { width: 80 });
  expect(draw(700).equals(draw(400))).toBe(false);
});

test('a character outside the earlier images still renders: each image gets its own subset', () => {
  // Rendered after the images above, with characters none of them had.
  expect(glyph('淘').equals(glyph('宝'))).toBe(false);
  expect(glyph('淘').equals(glyph(' '))).toBe(false);
});
