/** Normalising options at the boundary: small typed helpers, as in Observable Plot. */

/** Returns `value` if it is one of `allowed`, else throws `invalid ${name}: ${value}`. */
export function keyword<T extends string>(value: unknown, name: string, allowed: readonly T[]): T {
  const text = typeof value === 'string' ? value.toLowerCase() : value;
  if (typeof text === 'string' && (allowed as readonly string[]).includes(text)) return text as T;
  throw new Error(`invalid ${name}: ${String(value)}`);
}

/** A positive finite number, else throws `invalid ${name}: ${value}`. */
export function positive(value: unknown, name: string): number {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  throw new Error(`invalid ${name}: ${String(value)}`);
}

/**
 * The layouts a chart is drawn at, by width: font size, plot height and where text wraps.
 * Pages inline the smaller (INLINE_ARTBOARD), which fits a 320px phone (320 minus two 16px
 * gutters); the SVG and PNG exports and the social images use the wider.
 */
export const ARTBOARDS = [
  { name: 's', width: 288, fontSize: 12, plotHeight: 190, labelWidth: 84, annotationWidth: 104 },
  { name: 'l', width: 800, fontSize: 13, plotHeight: 280, labelWidth: 170, annotationWidth: 200 },
] as const;
export type Artboard = (typeof ARTBOARDS)[number];

/**
 * The art-board inlined in pages, for every width from a 320px phone up: it stretches to its
 * container with text at its own size (fluid-svg.ts), so a layout free of overlaps at 288px
 * stays free of them wider, and its text never shrinks. One, not two: a second inline board
 * (480px, a taller plot, a few more ticks on wide screens) cost each story page about 5 KB
 * gzip and over a thousand elements to parse before the first paint.
 */
export const INLINE_ARTBOARD = ARTBOARDS[0];

/** The layout for a width: the widest whose width fits in it. */
export function artboardFor(containerWidth: number): Artboard {
  return [...ARTBOARDS].reverse().find((board) => containerWidth >= board.width) ?? ARTBOARDS[0];
}

/** The board drawn for a given render width (the board whose width it is, or the widest that fits). */
export function artboardOfWidth(width: number): Artboard {
  positive(width, 'width');
  return ARTBOARDS.find((board) => board.width === width) ?? artboardFor(width);
}
