/** /charts/<id>.<lang>.png: the standalone SVG rasterised at twice its size, with CJK fonts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartExportPaths, chartModel, type ChartExportProps } from '../../charts/collections.ts';
import { chartPng } from '../../raster/chart-png.ts';

export const getStaticPaths = chartExportPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { id, locale } = props as ChartExportProps;
  return new Response(new Uint8Array(chartPng(await chartModel(id, locale), site!).png), { headers: { 'Content-Type': 'image/png' } });
};
