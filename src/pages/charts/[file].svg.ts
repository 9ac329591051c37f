/** /charts/<id>.<lang>.svg: each chart as a standalone SVG file (styles inline, light theme). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartExportPaths, type ChartExportProps } from '../../charts/collections.ts';
import { standaloneChartSvg } from '../../charts/export.ts';

export const getStaticPaths = chartExportPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { chart, datasets, locale } = props as ChartExportProps;
  return new Response(standaloneChartSvg(chart, datasets, locale, site!), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
