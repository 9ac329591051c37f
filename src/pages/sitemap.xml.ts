/** /sitemap.xml: the story in both languages, with hreflang alternates (src/site/sitemap.ts). */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { locales, langOf } from '../i18n/index.ts';
import { sitemapXml } from '../site/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('/sitemap.xml needs `site` in astro.config.mjs (SITE_URL)');
  const storyUrl = (locale: (typeof locales)[number]) => new URL(getRelativeLocaleUrl(locale, ''), site).href;
  const alternates = [
    ...locales.map((locale) => ({ hreflang: locale, url: storyUrl(locale) })),
    { hreflang: 'x-default' as const, url: storyUrl('zh-CN') },
  ];
  const pages = await Promise.all(locales.map(async (locale) => {
    const story = await getEntry('story', langOf(locale));
    if (!story) throw new Error(`content/story: no story file for ${locale}`);
    return { url: storyUrl(locale), lastModified: story.data.updated, alternates };
  }));
  return new Response(sitemapXml(pages), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
