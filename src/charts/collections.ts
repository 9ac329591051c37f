/**
 * The charts, datasets and corrections collections, read once per build into one map of datasets and the
 * chart models over it (chart-models.ts), for every page and endpoint.
 */
import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/index.ts';
import { createChartModels, type ChartLocaleModel, type ChartModels } from './chart-models.ts';
import { EXPORT_LANGS } from './export.ts';

async function readCollections(): Promise<ChartModels> {
  const [charts, datasets, corrections] = await Promise.all([getCollection('charts'), getCollection('datasets'), getCollection('corrections')]);
  return createChartModels(
    charts.map((entry) => ({ id: entry.id, ...entry.data })),
    new Map(datasets.map((entry) => [entry.id, { id: entry.id, ...entry.data }])),
    corrections.map((entry) => entry.data),
  );
}

let perBuild: Promise<ChartModels> | undefined;

/**
 * The build's chart models. A build renders every page in one process, so they are read and
 * computed once; the dev server reads them again for each use, since content may change between requests.
 */
export function chartModels(): Promise<ChartModels> {
  if (import.meta.env.DEV) return readCollections();
  return (perBuild ??= readCollections());
}

/** One chart × locale model (throws for an unknown chart id). */
export async function chartModel(id: string, locale: Locale): Promise<ChartLocaleModel> {
  return (await chartModels()).get(id, locale);
}

/** Every chart spec with its id. */
export async function loadCharts() {
  return (await chartModels()).charts;
}

/** The datasets by id: the one parsed map the charts also read. */
export async function loadDatasets() {
  return (await chartModels()).datasets;
}

/** One static path per chart and export language (`<id>.zh`, `<id>.en`), for the file endpoints. */
export async function chartExportPaths() {
  const { charts } = await chartModels();
  return charts.flatMap((chart) => Object.entries(EXPORT_LANGS).map(([lang, locale]) => ({ params: { file: `${chart.id}.${lang}` }, props: { id: chart.id, locale } })));
}

export type ChartExportProps = Awaited<ReturnType<typeof chartExportPaths>>[number]['props'];
