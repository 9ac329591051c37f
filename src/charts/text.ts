/**
 * Text size without a DOM. Widths are deliberately generous estimates (CJK = 1em, digits and
 * Latin letters ≈ 0.62em), so layouts computed from them leave room in any system font.
 */
import { lineWrap } from './line-wrap.ts';

const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Estimated width in px of `text` set at `fontSize`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) {
    if (WIDE.test(char)) em += 1;
    else if (char === ' ') em += 0.3;
    else if (/[.,:;'!|il()\[\]]/.test(char)) em += 0.36;
    else if (/[A-Z%MW]/.test(char) || /[mw]/.test(char)) em += 0.8;
    else em += 0.62;
  }
  return em * fontSize * (bold ? 1.06 : 1);
}

/**
 * Breaks text into lines no wider than `maxWidth` at this size (a word wider than that gets a
 * line of its own), balanced like CSS `text-wrap: balance`: the one line breaker with estimated widths.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  return lineWrap(text, maxWidth, (piece) => textWidth(piece, fontSize, bold));
}

/** Widest line of a block. */
export function blockWidth(lines: readonly string[], fontSize: number, bold = false): number {
  return Math.max(0, ...lines.map((line) => textWidth(line, fontSize, bold)));
}

/**
 * Spreads labels vertically so none overlaps: each wants to be centred on `y` and is `height`
 * tall; they keep their order, and the block is kept within [min, max]. Returns the centres.
 */
export function dodge(items: readonly { y: number; height: number }[], min: number, max: number, gap = 2): number[] {
  const order = items.map((item, index) => ({ ...item, index })).sort((a, b) => a.y - b.y);
  const centres = order.map((item) => item.y);
  for (let pass = 0; pass < 2; pass++) {
    // Push down from the top, then up from the bottom.
    for (let i = 0; i < order.length; i++) {
      const top = i === 0 ? min : centres[i - 1]! + order[i - 1]!.height / 2 + gap;
      centres[i] = Math.max(centres[i]!, top + order[i]!.height / 2);
    }
    for (let i = order.length - 1; i >= 0; i--) {
      const bottom = i === order.length - 1 ? max : centres[i + 1]! - order[i + 1]!.height / 2 - gap;
      centres[i] = Math.min(centres[i]!, bottom - order[i]!.height / 2);
    }
  }
  const result = new Array<number>(items.length);
  order.forEach((item, i) => (result[item.index] = centres[i]!));
  return result;
}
