import type { Story } from '../schemas/story.ts';
import type { Locale } from '../i18n/index.ts';

interface NewsArticleInput {
  story: Story;
  locale: Locale;
  /** Absolute URL of this page. */
  url: string;
  /** Absolute URL of the page this one translates, on translations. */
  translationOf?: string;
}

/** schema.org NewsArticle for a story page; `isBasedOn` names the original article. */
export function newsArticleJsonLd({ story, locale, url, translationOf }: NewsArticleInput): Record<string, unknown> {
  const original = story.original;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title,
    description: story.description,
    inLanguage: locale,
    url,
    mainEntityOfPage: url,
    datePublished: story.published.toISOString(),
    dateModified: story.updated.toISOString(),
    author: { '@type': 'Organization', name: story.author },
    publisher: { '@type': 'Organization', name: '开门 Kaimen' },
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: original.title,
      inLanguage: 'zh-CN',
      datePublished: original.published.toISOString(),
      publisher: { '@type': 'Organization', name: original.publisher },
      ...(original.url ? { url: original.url } : {}),
    },
    ...(translationOf ? { translationOfWork: { '@type': 'NewsArticle', '@id': translationOf, url: translationOf } } : {}),
  };
}
