/** /charts/timeline.<lang>.png: the timeline graphic's standalone SVG rasterised at twice its size. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { EXPORT_LANGS } from '../../charts/export.ts';
import { svgToScaledPng } from '../../raster/svg-to-png.ts';
import { standaloneTimelineSvg } from '../../timeline/graphic-data.ts';

export const getStaticPaths = (() => Object.entries(EXPORT_LANGS).map(([lang, locale]) => ({ params: { lang }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const svg = await standaloneTimelineSvg((props as { locale: (typeof EXPORT_LANGS)[keyof typeof EXPORT_LANGS] }).locale);
  return new Response(new Uint8Array(svgToScaledPng(svg, 2).png), { headers: { 'Content-Type': 'image/png' } });
};
