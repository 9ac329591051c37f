/** The timeline graphic's data panels, from the story's chart specs and datasets (no values of its own). */
import { chartData } from '../charts/data.ts';
import type { ChartWithId } from '../charts/render.ts';
import type { Locale } from '../i18n/index.ts';
import type { Dataset } from '../schemas/dataset.ts';
import type { PanelInput } from '../components/Timeline/timeline-graphic.ts';
import { TIMELINE_CHARTS, type TimelineChartId } from './series.ts';
import { langOf } from '../i18n/index.ts';

/**
 * One panel per timeline chart: the chart's series exactly as the chart computes them
 * (`chartData`: its range, derivations and estimate flags), labelled as in the chart.
 */
export function panelInputs(charts: ReadonlyMap<string, ChartWithId>, datasets: ReadonlyMap<string, Dataset>, locale: Locale, title: (chart: TimelineChartId) => string): PanelInput[] {
  const lang = langOf(locale);
  return TIMELINE_CHARTS.map((id) => {
    const chart = charts.get(id);
    if (!chart) throw new Error(`The timeline draws chart "${id}", but content/charts/${id}.yaml does not exist (see src/timeline/series.ts)`);
    const data = chartData(chart, datasets);
    return {
      chart: id,
      dotsOnly: chart.type === 'dot',
      title: title(id),
      series: chart.series.map((entry, i) => ({ dataset: entry.dataset, label: data[i]!.label[lang], data: data[i]! })),
    };
  });
}

/** The datasets of the panels, in order, once each (for the CSV links). */
export function panelDatasets(panels: readonly PanelInput[]): { chart: string; datasets: string[] }[] {
  return panels.map((panel) => ({ chart: panel.chart, datasets: [...new Set(panel.series.map((s) => s.dataset))] }));
}
