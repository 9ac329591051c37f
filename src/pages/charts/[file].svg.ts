/** /charts/<id>.<lang>.svg: each chart as a standalone SVG file (styles inline, light theme). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCharts, loadDatasets } from '../../charts/collections.ts';
import { EXPORT_LANGS, standaloneChartSvg } from '../../charts/export.ts';

export const getStaticPaths = (async () => {
  const [charts, datasets] = await Promise.all([loadCharts(), loadDatasets()]);
  return charts.flatMap((chart) =>
    Object.entries(EXPORT_LANGS).map(([lang, locale]) => ({ params: { file: `${chart.id}.${lang}` }, props: { chart, datasets, locale } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { chart, datasets, locale } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(standaloneChartSvg(chart, datasets, locale, site!), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
