/**
 * The Atom feed of the story's updates and corrections, one per language (/feed.xml, /en/feed.xml).
 * Entries: each correction of content/corrections.yaml and the edition's
 * last update, newest first.
 */
import type { Locale } from '../i18n/index.ts';
import { escapeXml } from '../security/escape.ts';

export interface FeedEntry {
  /** A permanent, unique IRI for the entry. */
  id: string;
  title: string;
  /** Absolute URL the entry points readers to. */
  link: string;
  updated: Date;
  /** Plain text. */
  summary: string;
}

export interface Feed {
  id: string;
  title: string;
  /** Absolute URLs of the feed itself and of the page it is about. */
  self: string;
  page: string;
  lang: Locale;
  author: string;
  entries: FeedEntry[];
}

export function atomXml(feed: Feed): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.getTime() - a.updated.getTime());
  const updated = entries[0]?.updated ?? new Date(0);
  const entryXml = entries.map((entry) => [
    '  <entry>',
    `    <id>${escapeXml(entry.id)}</id>`,
    `    <title>${escapeXml(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
    `    <updated>${entry.updated.toISOString()}</updated>`,
    `    <summary>${escapeXml(entry.summary)}</summary>`,
    '  </entry>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.page)}"/>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entryXml,
    '</feed>',
    '',
  ].join('\n');
}
