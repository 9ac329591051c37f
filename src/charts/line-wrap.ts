/**
 * The one line breaker, in the style of Observable Plot's `lineWrap(text, width, widthof)`: the
 * caller says how wide a piece of text is, so the same breaking serves the chart SVGs (estimated
 * widths, text.ts), the PNG and social images (the font's own widths, social/text-layout.ts) and
 * the embed height's line counts (embed/height.ts).
 *
 * Chinese breaks at word boundaries (Intl.Segmenter) and Latin at spaces; closing punctuation
 * never starts a line and opening punctuation never ends one. Among the layouts with the fewest
 * lines it picks the most even (like CSS `text-wrap: balance`), preferring breaks after
 * punctuation and no lone word on the last line.
 */

/** Ideographs, kana, Hangul, CJK and full-width punctuation. */
export const FULL_WIDTH = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
/** May not start a line. */
const CLOSING = /^[，。、：；！？）」』》〉】〕”’…—,.;:!?)\]}%]/;
/** May not end a line. */
const OPENING = /[（「『《〈【〔“‘([{]$/;
/** A break before these is a good place for a line to end. */
const OPENING_START = /^[（「『《〈【〔“‘([{]/;
/** A break after these is a good place for a line to end. */
const PUNCTUATION_END = /[，。、：；！？,.;:!?—]$/;

/** An unbreakable piece of text and the space before it (dropped where it starts a line). */
export interface Unit {
  text: string;
  space: string;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Splits text into unbreakable units, each with the space that precedes it. */
export function units(text: string): Unit[] {
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

function joined(line: readonly Unit[]): string {
  return line.map((unit, index) => (index ? unit.space : '') + unit.text).join('');
}

/** A unit wider than a line, cut into pieces that fit (by characters). */
function splitUnit(unit: Unit, width: number, widthOf: (text: string) => number): Unit[] {
  const parts: Unit[] = [];
  let current = '';
  for (const char of unit.text) {
    if (current && widthOf(current + char) > width) {
      parts.push({ text: current, space: parts.length ? '' : unit.space });
      current = '';
    }
    current += char;
  }
  parts.push({ text: current, space: parts.length ? '' : unit.space });
  return parts;
}

export interface LineWrapOptions {
  /**
   * A word wider than a line is cut by characters (images, where nothing may overflow);
   * otherwise it gets a line of its own and overflows (chart labels, where a cut word misleads).
   */
  breakWords?: boolean;
}

/** Breaks `text` into the fewest lines no wider than `width` as measured by `widthOf`, most evenly filled. */
export function lineWrap(text: string, width: number, widthOf: (text: string) => number, { breakWords = false }: LineWrapOptions = {}): string[] {
  const items = units(text).flatMap((unit) => (breakWords && widthOf(unit.text) > width ? splitUnit(unit, width, widthOf) : [unit]));
  const n = items.length;
  // best[i]: the best layout of items[i..] as [lines, cost, next break].
  const best: [number, number, number][] = new Array(n + 1);
  best[n] = [0, 0, n];
  for (let i = n - 1; i >= 0; i--) {
    best[i] = [Infinity, Infinity, n];
    for (let j = i + 1; j <= n; j++) {
      const lineWidth = widthOf(joined(items.slice(i, j)));
      // A unit alone may overflow (when words are not broken); more than one may not.
      if (lineWidth > width && j > i + 1) break;
      const [restLines, restCost] = best[j]!;
      const last = j === n;
      const slack = Math.max(0, width - lineWidth) / width;
      // Balanced; and no lone word or character on the last line of a text of some length.
      const shape = slack * slack + (last && j - i === 1 && n > 3 ? 0.5 : 0);
      // Breaking inside a run of Chinese may split a word (the segmenter knows few names):
      // worse than any unevenness, so a break at a space, after punctuation or before a bracket wins where there is one.
      const breakCost = last || PUNCTUATION_END.test(items[j - 1]!.text) || items[j]!.space || OPENING_START.test(items[j]!.text) ? 0 : 1;
      const lines = restLines + 1;
      const cost = restCost + shape + breakCost;
      if (lines < best[i]![0] || (lines === best[i]![0] && cost < best[i]![1])) best[i] = [lines, cost, j];
    }
  }
  const lines: string[] = [];
  for (let i = 0; i < n; i = best[i]![2]) lines.push(joined(items.slice(i, best[i]![2])));
  return lines;
}
