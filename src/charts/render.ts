/** From a chart spec and the datasets to models, one per art-board, in one language. */
import { chartTypes, type ChartSpec } from '../schemas/chart.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { renderAreaChart } from './area.ts';
import { renderBarChart } from './bar.ts';
import { chartData, type SeriesData } from './data.ts';
import { renderDotChart } from './dot.ts';
import type { RenderOptions, RenderSpec } from './model.ts';
import { renderLineChart } from './line.ts';
import type { ChartModel } from './model.ts';
import { keyword } from './options.ts';
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

/** The width embeds are laid out at. */
export const EMBED_WIDTH = 600;
