/** The GET handler of /feed.xml (zh) and /en/feed.xml: the story's feed (src/site/feed.ts). */
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { formatDate, useTranslations, type Locale, langOf } from '../i18n/index.ts';
import { atomXml, type FeedEntry } from './feed.ts';
import { feedPath, feedText } from './feed-text.ts';

/** The first sentence of a text, for an entry's title (the summary has the whole text). */
function firstSentence(text: string): string {
  const end = /[。！？]|[.!?](?=\s|$)/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

export function feedRoute(locale: Locale): APIRoute {
  return async ({ site }) => {
    if (!site) throw new Error(`${feedPath[locale]} needs \`site\` in astro.config.mjs (SITE_URL)`);
    const entry = await getEntry('story', langOf(locale));
    if (!entry) throw new Error(`content/story: no story file for ${locale}`);
    const story = entry.data;
    const text = feedText[locale];
    const lang = langOf(locale);
    const page = new URL(getRelativeLocaleUrl(locale, ''), site).href;
    // The corrections collection: content/corrections.yaml, validated once by its loader.
    const corrections: FeedEntry[] = (await getCollection('corrections')).map(({ data: c }) => {
      const date = new Date(`${c.date}T00:00:00Z`);
      return {
        id: `${page}#correction-${c.id}`,
        title: `${text.correction} ${formatDate(date, locale)}: ${firstSentence(c.what[lang])}`,
        link: `${page}#correction-${c.id}`,
        updated: date,
        summary: `${c.what[lang]} ${text.why} ${c.why[lang]}`,
      };
    });
    const edition: FeedEntry[] = [
      { id: `${page}#updated-${story.updated.toISOString().slice(0, 10)}`, title: `${text.updated} ${formatDate(story.updated, locale)}`, link: page, updated: story.updated, summary: story.description },
    ];
    const xml = atomXml({
      id: new URL(feedPath[locale], site).href,
      title: `${text.title} | ${story.title}`,
      self: new URL(feedPath[locale], site).href,
      page,
      lang: locale,
      author: useTranslations(locale)('site.name'),
      entries: [...corrections, ...edition],
    });
    return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
  };
}
