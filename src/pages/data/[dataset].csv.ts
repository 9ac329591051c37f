/** /data/<dataset>.csv: each dataset's CSV as in content/data, under a # comment header naming its sources. */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadDatasets } from '../../charts/collections.ts';
import { csvWithHeader } from '../../data/csv-export.ts';
import { contentPath } from '../../markdown/references.ts';

export const getStaticPaths = (async () => {
  const datasets = await loadDatasets();
  return [...datasets.values()].map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { dataset } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const csv = readFileSync(contentPath('data', `${dataset.id}.csv`), 'utf8');
  return new Response(csvWithHeader(dataset, csv, new URL(`/data/${dataset.id}.csv`, site).href, (await getCollection('corrections')).map((entry) => entry.data)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
