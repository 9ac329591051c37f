import type { Locale } from '../../i18n/index.ts';

/** The locale of an annotation: as stamped by remarkAnnotations, else the page's. */
export function annotationLocale(stamped: string | undefined, current: string | undefined): Locale {
  const value = stamped ?? current;
  return value === 'en' ? 'en' : 'zh-CN';
}
