/** The oEmbed JSON of one chart embed, for /embed/<id>/oembed.json and /en/embed/<id>/oembed.json. */
import type { APIContext } from 'astro';
import type { Locale } from '../i18n/index.ts';
import { useTranslations, langOf } from '../i18n/index.ts';
import type { ChartWithId } from '../charts/render.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { embedHeight } from './height.ts';
import { oembedResponse } from './snippet.ts';
import { chartImagePath } from './urls.ts';

export function oembedRoute(locale: Locale) {
  return ({ props, site }: APIContext): Response => {
    const { chart, datasets } = props as { chart: ChartWithId; datasets: ReadonlyMap<string, Dataset> };
    if (!site) throw new Error('oEmbed needs `site` in astro.config.mjs (SITE_URL)');
    const lang = langOf(locale);
    const body = oembedResponse({
      site,
      locale,
      chart: chart.id,
      title: chart.title[lang],
      height: embedHeight(chart, datasets, locale),
      providerName: useTranslations(locale)('site.name'),
      thumbnailPath: chartImagePath(locale, chart.id),
    });
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json+oembed' } });
  };
}
