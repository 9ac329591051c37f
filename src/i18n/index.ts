import zh from './zh-CN.json';
import en from './en.json';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export type MessageKey = keyof typeof zh;

const dictionaries: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zh, en };

/** The locale a content entry or route belongs to: `zh` files are zh-CN. */
export function localeOf(id: string): Locale {
  return id === 'en' || id.startsWith('en/') ? 'en' : 'zh-CN';
}

/** Returns the translator for a locale: `t('story.byline', { author })`. */
export function useTranslations(locale: Locale) {
  return function t(key: MessageKey, params: Record<string, string> = {}): string {
    return dictionaries[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
  };
}

/** Formats a date for readers of a locale (Intl, never hard-coded English). */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Shanghai' }).format(date);
}
