/** Addresses and wording of the story's Atom feeds (src/site/feed-route.ts). */
import type { Locale } from '../i18n/index.ts';

export const feedPath: Record<Locale, string> = { 'zh-CN': '/feed.xml', en: '/en/feed.xml' };

export const feedText: Record<Locale, { title: string; correction: string; why: string; updated: string }> = {
  'zh-CN': { title: '更新与更正', correction: '更正', why: '原因：', updated: '注释更新于' },
  en: { title: 'Updates and corrections', correction: 'Correction', why: 'Why:', updated: 'Annotations updated' },
};
