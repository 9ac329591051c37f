/**
 * Line breaking for the social images, where no browser lays out text: measures text with
 * the font's own advance widths (font-metrics.ts) and breaks Chinese at word boundaries
 * (Intl.Segmenter) and Latin at spaces, never putting closing punctuation at the start of a
 * line or opening punctuation at its end. Among the layouts with the fewest lines it picks
 * the most even one (like CSS `text-wrap: balance`), preferring breaks after punctuation.
 */
import { ASCII_ADVANCE, LATIN_PUNCTUATION_ADVANCE } from './font-metrics.ts';
import { LATIN_PUNCTUATION } from './fonts.ts';

export type Weight = 400 | 700;
export type TextLocale = 'zh-CN' | 'en';

export interface TextStyle {
  size: number;
  weight: Weight;
  locale: TextLocale;
}

/** Ideographs, kana, Hangul, CJK and full-width punctuation: all one em wide in the font. */
const FULL_WIDTH = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
/** May not start a line. */
const CLOSING = /^[，。、：；！？）」』》〉】〕”’…—,.;:!?)\]}%]/;
/** May not end a line. */
const OPENING = /[（「『《〈【〔“‘([{]$/;
/** A break after these is a good place for a line to end. */
const PUNCTUATION_END = /[，。、：；！？,.;:!?—]$/;

/** Width of one character in em. */
function charWidth(char: string, { weight, locale }: TextStyle): number {
  if (locale === 'en' && LATIN_PUNCTUATION.includes(char)) return LATIN_PUNCTUATION_ADVANCE[weight][char]! / 1000;
  const code = char.codePointAt(0)!;
  if (code >= 32 && code < 127) return ASCII_ADVANCE[weight][code - 32]! / 1000;
  if (FULL_WIDTH.test(char) || LATIN_PUNCTUATION.includes(char)) return 1;
  return 0.6; // other Latin letters (é, ü…): about an average lower-case width
}

/** Width of a text in px, kerning aside (so a little wider than drawn, never narrower by much). */
export function measure(text: string, style: TextStyle): number {
  let em = 0;
  for (const char of text) em += charWidth(char, style);
  return em * style.size;
}

interface Unit {
  text: string;
  /** Space before this unit if it does not start a line. */
  space: string;
}

/** Splits text into unbreakable units, each with the space that precedes it. */
export function units(text: string, locale: TextLocale): Unit[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const result: Unit[] = [];
  let space = '';
  for (const { segment } of segmenter.segment(text.trim())) {
    if (/^\s+$/.test(segment)) {
      space = ' ';
      continue;
    }
    const last = result.at(-1);
    // Glue: closing punctuation to what precedes it, anything to an opening mark before it.
    if (last && !space && (CLOSING.test(segment) || OPENING.test(last.text) || !isBreakable(last.text, segment))) {
      last.text += segment;
    } else {
      result.push({ text: segment, space: result.length ? space : '' });
    }
    space = '';
  }
  return result;
}

/** Without a space, a break is allowed only where full-width text meets anything. */
function isBreakable(before: string, after: string): boolean {
  return FULL_WIDTH.test(before.slice(-1)) || FULL_WIDTH.test(after[0]!);
}

function join(line: Unit[]): string {
  return line.map((unit, index) => (index ? unit.space : '') + unit.text).join('');
}

/**
 * Breaks text into lines no wider than `width`. Returns the fewest lines possible, most
 * evenly filled; a unit wider than a line on its own is split by characters.
 */
export function wrap(text: string, width: number, style: TextStyle): string[] {
  const items = units(text, style.locale).flatMap((unit) => (measure(unit.text, style) <= width ? [unit] : splitUnit(unit, width, style)));
  const n = items.length;
  // best[i]: the best layout of items[i..]: [lines, cost, next break].
  const best: [number, number, number][] = new Array(n + 1);
  best[n] = [0, 0, n];
  for (let i = n - 1; i >= 0; i--) {
    best[i] = [Infinity, Infinity, n];
    for (let j = i + 1; j <= n; j++) {
      const line = items.slice(i, j);
      const lineWidth = measure(join(line), style);
      if (lineWidth > width) break;
      const [restLines, restCost] = best[j]!;
      const last = j === n;
      const slack = (width - lineWidth) / width;
      // Balanced, as CSS text-wrap: balance; and no lone word or character on the last line.
      const shape = slack * slack + (last && line.length === 1 && n > 1 ? 0.5 : 0);
      // Breaking inside a run of Chinese may split a word (the segmenter knows few names):
      // worse than any unevenness, so a break after punctuation wins where there is one.
      const breakCost = last || PUNCTUATION_END.test(line.at(-1)!.text) || items[j]!.space ? 0 : 1;
      const lines = restLines + 1;
      const cost = restCost + shape + breakCost;
      if (lines < best[i]![0] || (lines === best[i]![0] && cost < best[i]![1])) best[i] = [lines, cost, j];
    }
  }
  const lines: string[] = [];
  for (let i = 0; i < n; i = best[i]![2]) lines.push(join(items.slice(i, best[i]![2])));
  return lines;
}

function splitUnit(unit: Unit, width: number, style: TextStyle): Unit[] {
  const parts: Unit[] = [];
  let current = '';
  for (const char of unit.text) {
    if (current && measure(current + char, style) > width) {
      parts.push({ text: current, space: parts.length ? '' : unit.space });
      current = '';
    }
    current += char;
  }
  parts.push({ text: current, space: parts.length ? '' : unit.space });
  return parts;
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
