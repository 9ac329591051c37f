/** /charts/<id>.<lang>.svg: each chart as a standalone SVG file (styles inline, light theme). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartExportPaths, chartModel, type ChartExportProps } from '../../charts/collections.ts';
import { standaloneChartSvg } from '../../charts/export.ts';

export const getStaticPaths = chartExportPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { id, locale } = props as ChartExportProps;
  return new Response(standaloneChartSvg(await chartModel(id, locale), site!), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
