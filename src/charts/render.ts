/** From a chart spec and the datasets to models, one per art-board, in one language. */
import type { Locale } from '../i18n/index.ts';
import { chartTypes, type ChartSpec } from '../schemas/chart.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { renderAreaChart } from './area.ts';
import { renderBarChart } from './bar.ts';
import { chartData, type SeriesData } from './data.ts';
import { renderDotChart } from './dot.ts';
import type { RenderOptions, RenderSpec } from './model.ts';
import { renderLineChart } from './line.ts';
import type { ChartModel } from './model.ts';
import { INLINE_ARTBOARDS, inlineArtboardFor, keyword } from './options.ts';
import { renderSlopeChart } from './slope.ts';

/** A chart spec with its id, as stored in the `charts` collection. */
export type ChartWithId = ChartSpec & { id: string };

const renderers: Record<ChartSpec['type'], (data: SeriesData[], spec: RenderSpec, options: RenderOptions) => ChartModel> = {
  line: renderLineChart,
  area: renderAreaChart,
  bar: renderBarChart,
  slope: renderSlopeChart,
  dot: renderDotChart,
};

/**
 * The values a chart draws: its series' values, except that a slope chart keeps only each
 * series' first and last value in range. The data table lists exactly these.
 */
export function plottedData(chart: ChartWithId, datasets: ReadonlyMap<string, Dataset>): SeriesData[] {
  const data = chartData(chart, datasets);
  if (chart.type !== 'slope') return data;
  return data.map((series) => ({ ...series, points: series.points.length > 1 ? [series.points[0]!, series.points[series.points.length - 1]!] : series.points }));
}

/** One chart at one width in one language. */
export function renderChart(chart: ChartWithId, datasets: ReadonlyMap<string, Dataset>, options: RenderOptions): ChartModel {
  const type = keyword(chart.type, 'type', chartTypes);
  return renderers[type](plottedData(chart, datasets), chart, options);
}

/** The chart at every inline art-board width (smallest first), for container-query switching. */
export function renderArtboards(chart: ChartWithId, datasets: ReadonlyMap<string, Dataset>, locale: Locale): ChartModel[] {
  return INLINE_ARTBOARDS.map((board) => renderChart(chart, datasets, { width: board.width, locale }));
}

/**
 * The height in CSS px of a chart's SVG when its container is `width` px wide: that of the
 * art-board shown at that width, which stretches in width only.
 */
export function chartSvgHeightAtWidth(chart: ChartWithId, datasets: ReadonlyMap<string, Dataset>, options: RenderOptions): number {
  const board = inlineArtboardFor(options.width);
  return renderChart(chart, datasets, { width: board.width, locale: options.locale }).height;
}

/** The width embeds are laid out at. */
export const EMBED_WIDTH = 600;

/** The chart SVG's rendered height at 600 px width (for embed iframes and their placeholders). */
export function chartSvgHeightAt600(chart: ChartWithId, datasets: ReadonlyMap<string, Dataset>, locale: Locale): number {
  return chartSvgHeightAtWidth(chart, datasets, { width: EMBED_WIDTH, locale });
}
