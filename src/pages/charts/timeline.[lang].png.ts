/** /charts/timeline.<lang>.png: the timeline graphic's standalone SVG rasterised at twice its size. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { EXPORT_LANGS } from '../../charts/export.ts';
import { svgToPng } from '../../raster/svg-to-png.ts';
import { standaloneTimelineSvg } from '../../timeline/graphic-data.ts';

export const getStaticPaths = (() => Object.entries(EXPORT_LANGS).map(([lang, locale]) => ({ params: { lang }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const svg = await standaloneTimelineSvg((props as { locale: (typeof EXPORT_LANGS)[keyof typeof EXPORT_LANGS] }).locale);
  const width = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)![1]);
  return new Response(new Uint8Array(svgToPng(svg, { width: width * 2 })), { headers: { 'Content-Type': 'image/png' } });
};
