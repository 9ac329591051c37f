/**
 * The Atom feed of the story's updates and corrections, one per language (/feed.xml, /en/feed.xml).
 * Entries: each correction of content/corrections.yaml (when the file exists) and the edition's
 * last update, newest first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Locale } from '../i18n/index.ts';

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

export interface CorrectionForFeed {
  id: string;
  date: Date;
  what: Record<'zh' | 'en', string>;
  why: Record<'zh' | 'en', string>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The entries of a corrections log (content/corrections.yaml: a list of {id, date, what, why, …}
 * with `what` and `why` in zh and en), or none when the file does not exist. The truth checks
 * validate the log fully; this fails, naming the file and entry, on what the feed needs.
 */
export function readCorrectionsForFeed(path: string, name = 'content/corrections.yaml'): CorrectionForFeed[] {
  if (!existsSync(path)) return [];
  const list: unknown = parse(readFileSync(path, 'utf8')) ?? [];
  if (!Array.isArray(list)) throw new Error(`${name}: expected a list of corrections`);
  return list.map((item: unknown, index) => {
    const entry = item as Record<string, unknown> | null;
    const where = `${name}: correction ${index + 1}`;
    const text = (field: string) => {
      const value = entry?.[field] as Record<string, unknown> | undefined;
      if (typeof value?.zh !== 'string' || typeof value?.en !== 'string') throw new Error(`${where}: "${field}" needs zh and en text`);
      return { zh: value.zh, en: value.en };
    };
    if (typeof entry?.id !== 'string' || entry.id === '') throw new Error(`${where}: needs an id`);
    const date = entry.date instanceof Date ? entry.date.toISOString().slice(0, 10) : entry.date;
    if (typeof date !== 'string' || !DATE.test(date) || Number.isNaN(Date.parse(date))) throw new Error(`${where} (${entry.id}): "date" must be YYYY-MM-DD`);
    return { id: entry.id, date: new Date(`${date}T00:00:00Z`), what: text('what'), why: text('why') };
  });
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

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
