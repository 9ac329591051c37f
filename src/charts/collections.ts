/** The charts and datasets collections as the renderer takes them (for pages and endpoints). */
import { getCollection } from 'astro:content';
import type { Dataset } from '../schemas/dataset.ts';
import type { ChartWithId } from './render.ts';

export async function loadDatasets(): Promise<Map<string, Dataset>> {
  return new Map((await getCollection('datasets')).map((entry) => [entry.id, { id: entry.id, ...entry.data }]));
}

export async function loadCharts(): Promise<ChartWithId[]> {
  return (await getCollection('charts')).map((entry) => ({ id: entry.id, ...entry.data }));
}
