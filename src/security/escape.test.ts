import { expect, test } from 'vitest';
import { escapeXml } from './escape.ts';

test('escapes the five characters that end text or an attribute, either quote included', () => {
  expect(escapeXml(`a&b"c<d>e'f`)).toBe('a&amp;b&quot;c&lt;d&gt;e&#39;f');
  expect(escapeXml('&amp;')).toBe('&amp;amp;');
});

test('drops characters XML 1.0 does not allow, keeps tabs, line breaks, CJK and emoji', () => {
  expect(escapeXml('a\u0000b\u0008c\u001fd\uffff')).toBe('abcd');
  expect(escapeXml('\ud800x')).toBe('x');
  expect(escapeXml('开门\t😀\n')).toBe('开门\t😀\n');
});
