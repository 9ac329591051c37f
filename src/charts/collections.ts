/** The charts and datasets collections as the renderer takes them (for pages and endpoints). */
import { getCollection } from 'astro:content';
import type { Dataset } from '../schemas/dataset.ts';
import { EXPORT_LANGS } from './export.ts';
import type { ChartWithId } from './render.ts';

export async function loadDatasets(): Promise<Map<string, Dataset>> {
  return new Map((await getCollection('datasets')).map((entry) => [entry.id, { id: entry.id, ...entry.data }]));
}

export async function loadCharts(): Promise<ChartWithId[]> {
  return (await getCollection('charts')).map((entry) => ({ id: entry.id, ...entry.data }));
}

/** One static path per chart and export language (`<id>.zh`, `<id>.en`), for the file endpoints. */
export async function chartExportPaths() {
  const [charts, datasets] = await Promise.all([loadCharts(), loadDatasets()]);
  return charts.flatMap((chart) =>
    Object.entries(EXPORT_LANGS).map(([lang, locale]) => ({ params: { file: `${chart.id}.${lang}` }, props: { chart, datasets, locale } })),
  );
}

export type ChartExportProps = Awaited<ReturnType<typeof chartExportPaths>>[number]['props'];
