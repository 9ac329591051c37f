/**
 * Numbers as sources write them: "731.3 million", "7.313亿", "73,130万", "731,300,000", "731.3M",
 * "12,643亿元", "12. 68 亿" (a stray space from the page), "36%", "12,6 %" (decimal comma).
 * Qualifiers ("more than", "约", "近", "超过") are words around a number and do not change it.
 */

/** Magnitude words, longest first so 万亿 is not read as 万. */
const MAGNITUDES: [RegExp, number][] = [
  [/^(?:万亿|萬億)/, 1e12],
  [/^(?:亿|億)/, 1e8],
  [/^(?:万|萬)/, 1e4],
  [/^trillion\b/i, 1e12],
  [/^(?:billion|bn)\b/i, 1e9],
  [/^b(?![a-z])/, 1e9],
  [/^(?:million|mn)\b/i, 1e6],
  [/^m(?![a-z])/i, 1e6],
  [/^thousand\b/i, 1e3],
];

/** Extra scale a source's table applies to bare numbers, e.g. "(in millions)" in a column header. */
export const quoteUnits = { million: 1e6, billion: 1e9, 亿: 1e8, 万: 1e4 } as const;
export type QuoteUnit = keyof typeof quoteUnits;

/** One number found in a text: its value in base units and the step of its last written digit. */
export interface QuotedNumber {
  /** What the text says, e.g. "7.313亿". */
  text: string;
  value: number;
  /** 10^-decimals × magnitude: 0.001亿 = 100,000 for "7.313亿". */
  step: number;
  /** True when a magnitude word followed the digits. */
  hasMagnitude: boolean;
  percent: boolean;
}

// Digits with thousands commas, then a decimal part: ".5", ". 68" (a page's stray space) or a
// decimal comma with one or two digits ("12,6 %"; three digits after a comma are thousands).
const NUMBER = /(?<![\d.])(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\s?(\d+)|,(\d{1,2})(?!\d))?/g;

/** Every number in `text`, with magnitude words applied. */
export function numbersIn(text: string): QuotedNumber[] {
  const found: QuotedNumber[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const whole = match[1]!.replace(/,/g, '');
    const fraction = match[2] ?? match[3] ?? '';
    const base = Number(fraction ? `${whole}.${fraction}` : whole);
    const after = text.slice(match.index + match[0].length);
    const rest = after.replace(/^\s*/, '');
    let magnitude = 1;
    let word = '';
    for (const [pattern, factor] of MAGNITUDES) {
      const hit = pattern.exec(rest);
      if (hit) {
        magnitude = factor;
        word = hit[0];
        break;
      }
    }
    const percent = /^\s*(?:%|％|percent\b|per cent\b)/i.test(after);
    found.push({
      text: match[0] + (word ? ` ${word}` : percent ? '%' : ''),
      value: base * magnitude,
      step: 10 ** -fraction.length * magnitude,
      hasMagnitude: magnitude !== 1,
      percent,
    });
  }
  return found;
}

/** True when `a` and `b` are the same number up to floating-point noise. */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The step of the last non-zero digit of a value written in base units: 536300000 → 100000,
 * 36 → 1, 176.8 → 0.1. A stated figure is taken to be rounded to this step.
 */
export function precisionOf(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 1;
  let step = 1;
  const abs = Math.abs(value);
  if (!Number.isInteger(abs)) {
    const decimals = (String(abs).split('.')[1] ?? '').length;
    return 10 ** -decimals;
  }
  while (abs % (step * 10) === 0) step *= 10;
  return step;
}

/** True when `value` rounds to `stated` at `step` (half a step either way, inclusive). */
export function roundsTo(value: number, stated: number, step: number): boolean {
  return Math.abs(value - stated) <= step / 2 + 1e-9 * Math.max(1, Math.abs(stated));
}

export interface CarryOptions {
  /** The quote gives the figure rounded (e.g. "731 million" for 731,300,000). */
  rounded?: boolean;
  /** Scale for bare numbers in a table quote whose header states the unit. */
  unit?: QuoteUnit;
}

/**
 * The number in `quote` that says `value`, or undefined. Exact unless `rounded`: then the
 * quote's number must equal the value rounded to the quote's last written digit.
 */
export function numberCarrying(quote: string, value: number, options: CarryOptions = {}): QuotedNumber | undefined {
  const scale = options.unit ? quoteUnits[options.unit] : 1;
  for (const number of numbersIn(quote)) {
    const candidates = number.hasMagnitude || scale === 1 ? [number] : [number, { ...number, value: number.value * scale, step: number.step * scale }];
    for (const candidate of candidates) {
      if (sameNumber(candidate.value, value)) return candidate;
      if (options.rounded && roundsTo(value, candidate.value, candidate.step)) return candidate;
    }
  }
  return undefined;
}
