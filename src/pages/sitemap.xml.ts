/** /sitemap.xml: the story, its sources and its corrections page in both languages, with hreflang alternates (src/site/sitemap.ts). */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { locales, langOf, type Locale } from '../i18n/index.ts';
import { sourcesPath } from '../components/notes/story-sources.ts';
import { correctionsPath } from '../components/Corrections/corrections-path.ts';
import { sitemapXml } from '../site/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('/sitemap.xml needs `site` in astro.config.mjs (SITE_URL)');
  const pageSets = [(locale: Locale) => getRelativeLocaleUrl(locale, ''), sourcesPath, correctionsPath];
  const pages = await Promise.all(locales.flatMap((locale) => pageSets.map(async (pathOf) => {
    const story = await getEntry('story', langOf(locale));
    if (!story) throw new Error(`content/story: no story file for ${locale}`);
    const url = (l: Locale) => new URL(pathOf(l), site).href;
    const alternates = [...locales.map((l) => ({ hreflang: l, url: url(l) })), { hreflang: 'x-default' as const, url: url('zh-CN') }];
    return { url: url(locale), lastModified: story.data.updated, alternates };
  })));
  return new Response(sitemapXml(pages), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
