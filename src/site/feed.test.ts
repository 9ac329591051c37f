import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomXml, readCorrectionsForFeed } from './feed.ts';

const dir = mkdtempSync(join(tmpdir(), 'kaimen-feed-'));
function log(text: string): string {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, text);
  return path;
}

const correction = `- id: pdd-2020q3
  date: "2026-11-30"
  charts: [pinduoduo-vs-alibaba]
  datasets: [pinduoduo-active-buyers]
  notes: []
  what: { zh: "更正为7.313亿。", en: "Corrected to 731.3 million." }
  why: { zh: "原数字有笔误。", en: "The old figure was a slip." }
`;

describe('readCorrectionsForFeed', () => {
  it('reads no corrections when content/corrections.yaml does not exist', () => {
    expect(readCorrectionsForFeed(join(dir, 'absent.yaml'))).toEqual([]);
  });

  it('reads each correction with its date and both languages', () => {
    expect(readCorrectionsForFeed(log(correction))).toEqual([
      { id: 'pdd-2020q3', date: new Date('2026-11-30T00:00:00Z'), what: { zh: '更正为7.313亿。', en: 'Corrected to 731.3 million.' }, why: { zh: '原数字有笔误。', en: 'The old figure was a slip.' } },
    ]);
  });

  it('takes an unquoted YAML date too', () => {
    expect(readCorrectionsForFeed(log(correction.replace('"2026-11-30"', '2026-11-30')))[0]!.date).toEqual(new Date('2026-11-30T00:00:00Z'));
  });

  it.each([
    ['a missing English "what"', correction.replace(', en: "Corrected to 731.3 million."', ''), '"what" needs zh and en text'],
    ['a date that is not YYYY-MM-DD', correction.replace('"2026-11-30"', '"30 Nov 2026"'), '"date" must be YYYY-MM-DD'],
    ['no id', correction.replace('id: pdd-2020q3', 'id: ""'), 'needs an id'],
    ['a mapping instead of a list', 'id: x\n', 'expected a list'],
  ])('fails on %s, naming the file', (_, text, message) => {
    expect(() => readCorrectionsForFeed(log(text))).toThrow(message);
    expect(() => readCorrectionsForFeed(log(text))).toThrow('content/corrections.yaml');
  });
});

describe('atomXml', () => {
  const feed = {
    id: 'https://kaimen.example/feed.xml',
    title: 'Updates & corrections',
    self: 'https://kaimen.example/feed.xml',
    page: 'https://kaimen.example/',
    lang: 'en' as const,
    author: 'Kaimen',
    entries: [
      { id: 'https://kaimen.example/#a', title: 'Older', link: 'https://kaimen.example/', updated: new Date('2026-11-25T00:00:00Z'), summary: 'x' },
      { id: 'https://kaimen.example/#b', title: 'Newer <b>', link: 'https://kaimen.example/#b', updated: new Date('2026-11-30T00:00:00Z'), summary: 'a "quote" & more' },
    ],
  };
  const xml = atomXml(feed);

  it('lists entries newest first, and the feed is as new as its newest entry', () => {
    expect(xml.indexOf('Newer')).toBeLessThan(xml.indexOf('Older'));
    expect(xml).toMatch(/<author>.*<\/author>\n {2}<entry>/);
    expect(/<feed[^]*?<updated>([^<]+)<\/updated>/.exec(xml)?.[1]).toBe('2026-11-30T00:00:00.000Z');
  });

  it('escapes text so no entry can break the XML', () => {
    expect(xml).toContain('<title>Updates &#38; corrections</title>');
    expect(xml).toContain('<title>Newer &#60;b&#62;</title>');
    expect(xml).toContain('<summary>a &#34;quote&#34; &#38; more</summary>');
  });
});
