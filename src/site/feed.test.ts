import { describe, expect, it } from 'vitest';
import { atomXml } from './feed.ts';

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
    expect(xml).toContain('<title>Updates &amp; corrections</title>');
    expect(xml).toContain('<title>Newer &lt;b&gt;</title>');
    expect(xml).toContain('<summary>a &quot;quote&quot; &amp; more</summary>');
  });
});
