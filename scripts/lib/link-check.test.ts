import { describe, expect, it } from 'vitest';
import { findBrokenLinks, htmlIds, htmlUrls, loadSite } from './link-check.ts';

describe('link check', () => {
  const site = loadSite('scripts/lib/__fixtures__/link-site');

  it('finds exactly the broken links of the fixture site', () => {
    const broken = findBrokenLinks(site, 'https://example.org');
    expect(broken.map(({ from, url }) => `${from} ${url}`).sort()).toEqual([
      '_astro/site.css missing.png',
      'index.html #p-9',
      'index.html /_astro/missing.js',
      'index.html /en/#nowhere',
      'index.html /missing@2x.png',
      'index.html /nope/',
      'index.html https://example.org/og/missing.png',
      'index.html javascript:void(0)',
    ]);
  });

  it('says why a link is broken', () => {
    const reasons = Object.fromEntries(findBrokenLinks(site, 'https://example.org').map((b) => [b.url, b.reason]));
    expect(reasons['#p-9']).toBe('no id "p-9" in index.html');
    expect(reasons['/nope/']).toBe('no file at /nope/');
    expect(reasons['missing.png']).toBe('no file at /_astro/missing.png');
  });

  it('skips absolute links to another origin, including the site built for a different one', () => {
    const broken = findBrokenLinks(site, 'https://elsewhere.example');
    expect(broken.map((b) => b.url)).not.toContain('https://example.org/og/missing.png');
    expect(broken.map((b) => b.url)).toContain('/nope/');
  });

  it('does not read the text of a textarea (a copyable snippet) as links', () => {
    const html = '<textarea readonly>&lt;iframe src="http://localhost:4321/embed/x/"&gt;&lt;/iframe&gt;<script src="/embed.js"></script></textarea><a href="/y">';
    expect(htmlUrls(html)).toEqual(['/y']);
  });

  it('does not read markup spelled out in text (an escaped snippet in <pre>) as links', () => {
    const html = '<pre><code>&lt;iframe title=&quot;T&quot; src=&quot;http://localhost:4321/embed/x/&quot;&gt;</code></pre><img src="/z.png">';
    expect(htmlUrls(html)).toEqual(['/z.png']);
  });

  it('reads URLs and ids from attributes, not from text', () => {
    expect(htmlUrls('<p>href="/x" and src="/w"</p><a class="y" href=\'/a?b=1&amp;c=2\'>')).toEqual(['/a?b=1&c=2']);
    expect([...htmlIds('<p id="a">id="b"</p><a name="c"></a><svg><g id=d></g></svg>')]).toEqual(['a', 'c', 'd']);
  });
});
