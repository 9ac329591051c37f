/** /og/charts/<id>.<lang>.png: each chart's social image (1200×630), for its embed pages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartExportPaths, chartModel, type ChartExportProps } from '../../../charts/collections.ts';
import { getEntry } from 'astro:content';
import { chartPng } from '../../../raster/chart-png.ts';
import { useTranslations, langOf } from '../../../i18n/index.ts';
import { ogImageSvg, rasteriseOgImage } from '../../../social/og-image.ts';

export const getStaticPaths = chartExportPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { id, locale } = props as ChartExportProps;
  const model = await chartModel(id, locale);
  const { chart } = model;
  const lang = langOf(locale);
  const t = useTranslations(locale);
  const story = await getEntry('story', lang);
  if (!story) throw new Error(`content/story/${lang}.mdx is missing`);
  // The chart's PNG export (rendered once for /charts/<id>.<lang>.png) is placed as an image,
  // so each social image is one cheap resvg render of a few lines of text.
  const chartImage = chartPng(model, site!);
  const image = ogImageSvg({ locale, kicker: story.data.kicker, headline: chart.title[lang], siteName: t('site.name'), tagline: t('site.tagline'), chart: chartImage });
  return new Response(new Uint8Array(rasteriseOgImage(image)), { headers: { 'Content-Type': 'image/png' } });
};
