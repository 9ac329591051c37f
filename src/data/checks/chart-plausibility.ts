/**
 * Checks a chart spec against the data it draws, beyond what the schema can see: axis limits
 * that would cut data off (the line then runs over the title), annotations dated outside the
 * time axis (silently dropped), and direct labels too wide for the smallest screen (the plot
 * collapses beside them). Each problem is `file:line: problem. How to fix.`
 */
import { ARTBOARDS } from '../../charts/options.ts';
import type { ChartModel } from '../../charts/model.ts';
import { plottedData, type ChartWithId } from '../../charts/render.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { ContentError } from '../dataset.ts';
import type { LocatedYaml } from '../yaml.ts';
import { langOf } from '../../i18n/index.ts';

/** Chart types drawn on a time axis (see src/charts/time-axes.ts). */
const TIME_CHARTS = new Set(['line', 'area', 'dot']);

/** The least share of the smallest art-board the plot must keep beside its labels (the tightest chart today keeps 46 %). */
const MIN_PLOT_SHARE = 0.4;

/** `models`: the chart drawn at the smallest art-board, in zh and en (as validateChartSpec draws it). */
export function checkChartPlausibility(chart: ChartWithId, datasets: ReadonlyMap<string, Dataset>, yaml: LocatedYaml, models: readonly ChartModel[]): void {
  const fail = (path: PropertyKey[], problem: string): never => {
    throw new ContentError(`${yaml.file}:${yaml.lineOf(path)}: ${problem}`);
  };
  const points = plottedData(chart, datasets).flatMap((series) => series.points);
  if (points.length === 0) return;
  const highest = points.reduce((a, b) => (b.value > a.value ? b : a));
  const lowest = points.reduce((a, b) => (b.value < a.value ? b : a));
  const written = (yaml.value as { y?: { min?: unknown } } | null)?.y ?? {};

  if (chart.y.max !== undefined && chart.y.max < highest.value) {
    fail(['y', 'max'], `y.max ${chart.y.max} cuts off data: the highest value drawn is ${highest.value} (${highest.date}). Raise y.max to at least ${highest.value}, or remove it to fit the data.`);
  }
  if ('min' in written && chart.y.min > lowest.value) {
    fail(['y', 'min'], `y.min ${chart.y.min} cuts off data: the lowest value drawn is ${lowest.value} (${lowest.date}). Lower y.min to at most ${lowest.value}, or remove it.`);
  }
  if (chart.y.max !== undefined && chart.y.max <= chart.y.min) fail(['y', 'max'], `y.max ${chart.y.max} is not above y.min ${chart.y.min}. Swap or fix them.`);

  if (chart.annotations.length > 0 && !TIME_CHARTS.has(chart.type)) {
    fail(['annotations'], `annotations are drawn on time charts (line, area, dot) only, not on a ${chart.type} chart. Remove them, or mention the event in a note.`);
  }
  if (TIME_CHARTS.has(chart.type)) {
    const dates = points.map((p) => p.date).sort();
    const from = chart.x.from ?? dates[0]!;
    const to = chart.x.to ?? dates[dates.length - 1]!;
    chart.annotations.forEach((annotation, i) => {
      if (annotation.date < from || annotation.date > to) {
        fail(['annotations', i, 'date'], `annotation dated ${annotation.date} is outside the time axis (${from} to ${to}), so it would not be drawn. Fix the date, widen x.from/x.to, or remove the annotation.`);
      }
    });
  }

  // Labels: at the smallest art-board, the plot must keep MIN_PLOT_SHARE of the width.
  const board = ARTBOARDS[0];
  for (const model of models) {
    const locale = model.locale;
    const plotWidth = model.plot.right - model.plot.left;
    if (plotWidth < board.width * MIN_PLOT_SHARE) {
      const lang = langOf(locale);
      const labels = model.texts.filter((t) => t.kind === 'label').map((t) => t.lines.join(' '));
      const widest = labels.reduce((a, b) => (b.length > a.length ? b : a), '');
      const index = chart.series.findIndex((s) => s.label?.[lang] === widest);
      fail(
        index >= 0 ? ['series', index, 'label', lang] : ['series'],
        `the ${lang} series label "${widest}" is too wide for a phone: the plot keeps only ${Math.max(0, Math.round(plotWidth))} of ${board.width} px beside it. Shorten the label, or break it with spaces (a label wraps at spaces only).`,
      );
    }
  }
}
