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
 * The page inlines the first two (INLINE_ARTBOARDS); exports use the widest.
 * The smallest fits a 320px phone (320 minus two 16px gutters).
 */
export const ARTBOARDS = [
  { name: 's', width: 288, fontSize: 12, plotHeight: 190, labelWidth: 84, annotationWidth: 104 },
  { name: 'm', width: 480, fontSize: 13, plotHeight: 230, labelWidth: 120, annotationWidth: 150 },
  { name: 'l', width: 800, fontSize: 13, plotHeight: 280, labelWidth: 170, annotationWidth: 200 },
] as const;
export type Artboard = (typeof ARTBOARDS)[number];

/**
 * The art-boards inlined in the page. Each is shown while the chart's container is at least
 * `width` wide and narrower than the next, and stretches to it with text at its own size
 * (fluid-svg.ts), so text is never smaller than the board's font size. Two, not one: at the
 * wider board, labels wrap less and the plot is taller.
 */
export const INLINE_ARTBOARDS = [ARTBOARDS[0], ARTBOARDS[1]] as const;

/** The layout for a width: the widest whose width fits in it. */
export function artboardFor(containerWidth: number): Artboard {
  return [...ARTBOARDS].reverse().find((board) => containerWidth >= board.width) ?? ARTBOARDS[0];
}

/** The inline art-board shown in a container of this width (CSS px). */
export function inlineArtboardFor(containerWidth: number): Artboard {
  return [...INLINE_ARTBOARDS].reverse().find((board) => containerWidth >= board.width) ?? INLINE_ARTBOARDS[0];
}

/** The board drawn for a given render width (the board whose width it is, or the widest that fits). */
export function artboardOfWidth(width: number): Artboard {
  positive(width, 'width');
  return ARTBOARDS.find((board) => board.width === width) ?? artboardFor(width);
}
