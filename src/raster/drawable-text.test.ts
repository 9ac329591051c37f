import { expect, test } from 'vitest';
import { drawableText } from './drawable-text.ts';

test('keeps Chinese, Latin, punctuation and markup', () => {
  const text = '<text x="1">微信“开门”：WeChat opens — 12.6亿 (2021)…</text>';
  expect(drawableText(text)).toBe(text);
});

test('leaves out emoji, right-to-left scripts and bidi controls, which the image fonts would draw as boxes', () => {
  expect(drawableText('Open doors 🚪🎉 now')).toBe('Open doors now');
  expect(drawableText('👨‍👩‍👧 family')).toBe(' family');
  expect(drawableText('微信 مرحبا שלום 开门')).toBe('微信 开门');
  expect(drawableText('a\u202eb\u200fc')).toBe('abc');
});
