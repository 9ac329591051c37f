import zh from './zh-CN.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export type MessageKey = keyof typeof zh;

/** The key of a locale in bilingual content fields (`{ zh, en }`) and in file names (`zh.mdx`). */
export type Lang = 'zh' | 'en';
/** A text or value given in both languages, as content files write it. */
export type Bilingual<T = string> = Record<Lang, T>;

const dictionaries: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zh, en };

/**
 * The locale a route, content entry or stamped annotation belongs to: `en`, `en/…` are English,
 * anything else (`zh`, `zh-CN`, a zh file's id, nothing) is Chinese, the story's first language.
 */
export function localeOf(id: string | undefined): Locale {
  return id === 'en' || id?.startsWith('en/') ? 'en' : 'zh-CN';
}

/** The content key of a locale: `en` → `en`, `zh-CN` → `zh`. */
export function langOf(locale: Locale): Lang {
  return locale === 'en' ? 'en' : 'zh';
}

/** A bilingual value in a locale: `pick(chart.title, locale)`. */
export function pick<T>(bilingual: Bilingual<T>, locale: Locale): T {
  return bilingual[langOf(locale)];
}

/** The story's other language, for the language switch and hreflang links. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh-CN' : 'en';
}

/** The story's path in a locale (root-relative), and the prefix of every page in it. */
export function storyPath(locale: Locale): '/' | '/en/' {
  return locale === 'en' ? '/en/' : '/';
}

/** Returns the translator for a locale: `t('story.byline', { author })`. */
export function useTranslations(locale: Locale) {
  return function t(key: MessageKey, params: Record<string, string> = {}): string {
    return dictionaries[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
  };
}

/** What a component in a locale needs: the translator and the key of bilingual content fields. */
export function localized(locale: Locale) {
  return { t: useTranslations(locale), lang: langOf(locale) };
}

export { formatDate, calendarDate, datetimeOf, type DatePrecision } from './format-date.ts';
