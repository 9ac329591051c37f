/** The oEmbed JSON of the timeline embed, for /embed/timeline/oembed.json and /en/embed/timeline/oembed.json. */
import type { APIContext } from 'astro';
import { useTranslations, type Locale } from '../i18n/index.ts';
import { oembedResponse } from '../embed/snippet.ts';
import { TIMELINE_EMBED_ID, timelineEmbedHeight } from './embed.ts';
import { timelineGraphicData } from './graphic-data.ts';

export function timelineOembedRoute(locale: Locale) {
  return async ({ site }: APIContext): Promise<Response> => {
    if (!site) throw new Error('oEmbed needs `site` in astro.config.mjs (SITE_URL)');
    const t = useTranslations(locale);
    const { models } = await timelineGraphicData(locale);
    const body = oembedResponse({
      site,
      locale,
      chart: TIMELINE_EMBED_ID,
      title: t('timeline.embedTitle'),
      height: timelineEmbedHeight(models, locale),
      providerName: t('site.name'),
    });
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json+oembed' } });
  };
}
