/** /charts/<id>.<lang>.png: the standalone SVG rasterised at twice its size, with CJK fonts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCharts, loadDatasets } from '../../charts/collections.ts';
import { EXPORT_LANGS } from '../../charts/export.ts';
import { chartPng } from '../../raster/chart-png.ts';

export const getStaticPaths = (async () => {
  const [charts, datasets] = await Promise.all([loadCharts(), loadDatasets()]);
  return charts.flatMap((chart) =>
    Object.entries(EXPORT_LANGS).map(([lang, locale]) => ({ params: { file: `${chart.id}.${lang}` }, props: { chart, datasets, locale } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { chart, datasets, locale } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(new Uint8Array(chartPng(chart, datasets, locale, site!).png), { headers: { 'Content-Type': 'image/png' } });
};
