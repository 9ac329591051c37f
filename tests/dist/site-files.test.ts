/** The files a static host and crawlers expect: 404 pages, sitemap, robots.txt, Atom feeds. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const dist = process.env.KAIMEN_DIST ?? 'dist';
const site = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const hrefs = (html: string) => [...html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]);

describe('404 pages', () => {
  it.each([
    ['404.html', 'zh-CN', '/en/404.html', '/'],
    ['en/404.html', 'en', '/404.html', '/en/'],
  ])('%s is in %s, links to the story and to the other language', (file, lang, other, home) => {
    const html = read(file);
    expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<meta http-equiv="content-security-policy"/);
    expect(hrefs(html)).toEqual(expect.arrayContaining([other, home]));
    expect(existsSync(join(dist, other))).toBe(true);
  });
});

describe('sitemap.xml and robots.txt', () => {
  const sitemap = read('sitemap.xml');

  it('lists the story and its sources and corrections pages in both languages, and nothing else', () => {
    const pages = ['', 'sources/', 'corrections/'];
    expect([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([...pages.map((p) => `${site}/${p}`), ...pages.map((p) => `${site}/en/${p}`)]);
  });

  it('gives each page its hreflang alternates', () => {
    for (const url of sitemap.split('<url>').slice(1)) {
      const page = /\/(sources|corrections)\/<\/loc>/.exec(url)?.[1]?.concat('/') ?? '';
      expect(url).toContain(`<xhtml:link rel="alternate" hreflang="zh-CN" href="${site}/${page}"/>`);
      expect(url).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${site}/en/${page}"/>`);
      expect(url).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${site}/${page}"/>`);
    }
  });

  it('robots.txt names the sitemap by its absolute URL', () => {
    expect(read('robots.txt')).toMatch(new RegExp(`^Sitemap: ${site}/sitemap\\.xml$`, 'm'));
  });
});

describe('Atom feeds', () => {
  const corrections = existsSync('content/corrections.yaml') ? (parse(readFileSync('content/corrections.yaml', 'utf8')) as { id: string }[]) : [];

  it.each([['feed.xml', 'zh-CN', '/'], ['en/feed.xml', 'en', '/en/']])('%s has the last update and every correction', (file, lang, page) => {
    const xml = read(file);
    expect(xml).toContain(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`);
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${site}/${file}"/>`);
    expect(xml.match(/<entry>/g)).toHaveLength(corrections.length + 1);
    for (const { id } of corrections) expect(xml).toContain(`<id>${site}${page}#correction-${id}</id>`);
  });

  it('every page links its language’s feed from its head', () => {
    const pages = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const entry of pages) {
      const html = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      const feed = /<html lang="en"/.test(html) ? '/en/feed.xml' : '/feed.xml';
      expect(head, entry.name).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml" href="${feed}"`));
    }
  });
});
