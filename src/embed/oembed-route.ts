/** The oEmbed JSON of one chart embed, for /embed/<id>/oembed.json and /en/embed/<id>/oembed.json. */
import type { APIContext } from 'astro';
import type { Locale } from '../i18n/index.ts';
import { useTranslations, langOf } from '../i18n/index.ts';
import { chartModel } from '../charts/collections.ts';
import { oembedResponse } from './snippet.ts';
import { chartImagePath } from './urls.ts';

export function oembedRoute(locale: Locale) {
  return async ({ props, site }: APIContext): Promise<Response> => {
    const { chart, embedHeight } = await chartModel((props as { id: string }).id, locale);
    if (!site) throw new Error('oEmbed needs `site` in astro.config.mjs (SITE_URL)');
    const body = oembedResponse({
      site,
      locale,
      chart: chart.id,
      title: chart.title[langOf(locale)],
      height: embedHeight,
      providerName: useTranslations(locale)('site.name'),
      thumbnailPath: chartImagePath(locale, chart.id),
    });
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json+oembed' } });
  };
}
