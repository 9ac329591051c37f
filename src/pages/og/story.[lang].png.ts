/** /og/story.zh.png and /og/story.en.png: the story's social images (1200×630). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { langOf, localeOf, useTranslations } from '../../i18n/index.ts';
import { ogImageSvg, rasteriseOgImage } from '../../social/og-image.ts';

export const getStaticPaths = (() => [{ params: { lang: 'zh' } }, { params: { lang: 'en' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = localeOf(params.lang);
  const lang = langOf(locale);
  const story = await getEntry('story', lang);
  if (!story) throw new Error(`content/story/${lang}.mdx is missing`);
  const t = useTranslations(locale);
  const svg = ogImageSvg({ locale, kicker: story.data.kicker, headline: story.data.title, siteName: t('site.name'), tagline: t('site.tagline') });
  return new Response(new Uint8Array(rasteriseOgImage(svg)), { headers: { 'Content-Type': 'image/png' } });
};
