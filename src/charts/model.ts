/**
 * A rendered chart as plain data: positions in the art-board's own pixels, text already
 * formatted for the locale. `svg.ts` turns it into markup; tests read it directly.
 */
import { formatDate, langOf, type Locale } from '../i18n/index.ts';
import type { ChartSpec, ChartType } from '../schemas/chart.ts';
import type { SeriesData } from './data.ts';
import { formatValue } from './format.ts';
import type { Artboard } from './options.ts';

export type TextAnchor = 'start' | 'middle' | 'end';

/** What a piece of chart text is, used as its class (`chart-tick`, `chart-label` …). */
export type TextKind = 'tick' | 'label' | 'annotation' | 'value' | 'header';

export interface ChartText {
  x: number;
  /** Baseline of the first line. */
  y: number;
  lines: string[];
  anchor: TextAnchor;
  kind: TextKind;
  /** Palette colour 1–6 for series labels; undefined uses the text colour. */
  color?: number;
  bold?: boolean;
  /**
   * The plot x this text belongs to (a tick, a rule, a bar's end). Where the page stretches
   * the plot to its container, the text keeps its offset from this point; without one, a
   * text is placed by its own x.
   */
  pin?: number;
}

export interface ChartRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  kind: 'grid' | 'baseline' | 'tick' | 'annotation' | 'connector';
}

export interface ChartPath {
  d: string;
  kind: 'line' | 'area';
  color: number;
  /** Drawn dashed: a segment touching an estimated value. */
  dashed: boolean;
}

/** A data mark that tooltips can point at: a dot or a bar. */
export interface ChartMark {
  shape: 'circle' | 'rect';
  /** Circle centre, or the rect's top-left corner. */
  x: number;
  y: number;
  /** Radius for circles. */
  r?: number;
  /** Rect size. */
  width?: number;
  height?: number;
  color: number;
  /** Estimated or derived from an estimate: drawn hollow. */
  estimate: boolean;
  /** Where a tooltip points and the crosshair passes. */
  anchor: { x: number; y: number };
  /** Tooltip text: series, date, value. */
  tip: { series: string; date: string; value: string };
}

export interface ChartModel {
  id: string;
  type: ChartType;
  locale: Locale;
  width: number;
  height: number;
  fontSize: number;
  /** Accessible name and description (the one-sentence takeaway). */
  title: string;
  desc: string;
  /** The plotting area. */
  plot: { left: number; top: number; right: number; bottom: number };
  /** Tooltips move along x (time charts), y (bar charts) or between marks (slope charts). */
  crosshair: 'x' | 'y' | 'none';
  rules: ChartRule[];
  paths: ChartPath[];
  marks: ChartMark[];
  texts: ChartText[];
  /** True when some mark is an estimate (the figure then explains hollow marks). */
  hasEstimates: boolean;
}

/** What every renderer receives besides the data: the width to draw at and the language. */
export interface RenderOptions {
  width: number;
  locale: Locale;
}

/** A chart spec as renderers need it (ids and data-free fields). */
export type RenderSpec = Pick<ChartSpec, 'type' | 'title' | 'alt' | 'x' | 'y' | 'annotations'> & { id: string };

/** Line height for a font size. */
export const lineHeight = (fontSize: number) => Math.round(fontSize * 1.3);

/** The y of the first baseline of a block of `lines` centred on `centre`. */
export function firstBaseline(centre: number, lines: number, fontSize: number): number {
  const height = lines * lineHeight(fontSize);
  return centre - height / 2 + lineHeight(fontSize) * 0.78;
}

/** The base of every model: identity, size, accessible text. */
export function modelBase(spec: RenderSpec, options: RenderOptions, board: Artboard) {
  const lang = langOf(options.locale);
  return { id: spec.id, type: spec.type, locale: options.locale, width: options.width, fontSize: board.fontSize, title: spec.title[lang], desc: spec.alt[lang] };
}

/** Tooltip text of a point. */
export function tipOf(series: SeriesData, point: SeriesData['points'][number], spec: RenderSpec, locale: Locale): ChartMark['tip'] {
  const lang = langOf(locale);
  const signed = point.operation === 'change' || point.operation === 'percent-change';
  return { series: series.label[lang], date: formatDate(point.date, locale, { precision: spec.x.precision, style: 'short' }), value: formatValue(point.value, series.unit, locale, { signed }) };
}
