/**
 * Text layout for the social images, where no browser lays out text: measures text with the
 * font's own advance widths (font-metrics.ts) and breaks it with the one line breaker
 * (charts/line-wrap.ts).
 */
import { FULL_WIDTH, lineWrap } from '../charts/line-wrap.ts';
import { ASCII_ADVANCE, LATIN_PUNCTUATION_ADVANCE } from './font-metrics.ts';
import { LATIN_PUNCTUATION } from './fonts.ts';

export type Weight = 400 | 700;
export type TextLocale = 'zh-CN' | 'en';

export interface TextStyle {
  size: number;
  weight: Weight;
  locale: TextLocale;
}

/** Width of one character in em. */
function charWidth(char: string, { weight, locale }: TextStyle): number {
  if (locale === 'en' && LATIN_PUNCTUATION.includes(char)) return LATIN_PUNCTUATION_ADVANCE[weight][char]! / 1000;
  const code = char.codePointAt(0)!;
  if (code >= 32 && code < 127) return ASCII_ADVANCE[weight][code - 32]! / 1000;
  // Ideographs, kana, Hangul, CJK and full-width punctuation: all one em wide in the font.
  if (FULL_WIDTH.test(char) || LATIN_PUNCTUATION.includes(char)) return 1;
  return 0.6; // other Latin letters (é, ü…): about an average lower-case width
}

/** Width of a text in px, kerning aside (so a little wider than drawn, never narrower by much). */
export function measure(text: string, style: TextStyle): number {
  let em = 0;
  for (const char of text) em += charWidth(char, style);
  return em * style.size;
}

/** Breaks text into the fewest lines no wider than `width` in this style (a word too wide is cut). */
export function wrap(text: string, width: number, style: TextStyle): string[] {
  return lineWrap(text, width, (piece) => measure(piece, style), { breakWords: true });
}

/**
 * Fits text in at most `maxLines` lines: tries each font size in turn, largest first; at the
 * smallest, cuts the text and ends the last line with an ellipsis.
 */
export function fit(text: string, width: number, maxLines: number, sizes: number[], style: Omit<TextStyle, 'size'>): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrap(text, width, { ...style, size });
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes.at(-1)!;
  const lines = wrap(text, width, { ...style, size }).slice(0, maxLines);
  let last = lines.at(-1)!;
  while (last && measure(`${last}…`, { ...style, size }) > width) last = [...last].slice(0, -1).join('').trimEnd();
  lines[lines.length - 1] = `${last}…`;
  return { size, lines };
}
