/**
 * /sitemap.xml: the two story pages and their sources and corrections pages, each with its hreflang alternates (Google's
 * xhtml:link form). The 404 pages are not listed, and neither are the embed pages: they are
 * chart frames made for other sites' iframes, reached from the story, not landing pages.
 */
import type { Locale } from '../i18n/index.ts';

export interface SitemapPage {
  /** Absolute URL of the page. */
  url: string;
  /** The page's date of last change. */
  lastModified: Date;
  /** The same page in each language, absolute URLs; `x-default` for readers of neither. */
  alternates: { hreflang: Locale | 'x-default'; url: string }[];
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function sitemapXml(pages: SitemapPage[]): string {
  const urls = pages.map((page) => [
    '  <url>',
    `    <loc>${escapeXml(page.url)}</loc>`,
    `    <lastmod>${page.lastModified.toISOString().slice(0, 10)}</lastmod>`,
    ...page.alternates.map((a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(a.url)}"/>`),
    '  </url>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
