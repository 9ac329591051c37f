/** Text and addresses of the 404 pages, one per language (src/pages/404.astro, src/pages/en/404.astro). */
import type { Locale } from '../i18n/index.ts';

/** Where each language's 404 page is served: hosts serve /404.html for any missing path. */
export const notFoundPath: Record<Locale, string> = { 'zh-CN': '/404.html', en: '/en/404.html' };

export const notFoundText: Record<Locale, { title: string; lead: string; home: string; other: string }> = {
  'zh-CN': {
    title: '找不到这个页面',
    lead: '这个地址没有页面：可能输错了，或者页面已经移走。',
    home: '回到注释版全文',
    other: 'Page not found — in English',
  },
  en: {
    title: 'Page not found',
    lead: 'There is no page at this address: it may be mistyped, or the page has moved.',
    home: 'Go to the annotated story',
    other: '找不到页面（中文）',
  },
};
