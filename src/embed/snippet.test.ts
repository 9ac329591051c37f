import { describe, expect, it } from 'vitest';
import { embedSnippet, oembedResponse } from './snippet.ts';
import { EMBED_PATH, chartImagePath, embedPath, oembedPath, storyChartPath, storyImagePath } from './urls.ts';

const site = 'https://kaimen.example';

describe('embedSnippet', () => {
  it('is exactly the documented snippet, with absolute URLs from the site', () => {
    expect(embedSnippet({ site, locale: 'zh-CN', chart: 'wechat-mau', title: '微信月活跃账户', height: 512 })).toBe(
      '<iframe title="微信月活跃账户" src="https://kaimen.example/embed/wechat-mau/" loading="lazy" width="100%" height="512" ' +
        'style="border:0;width:100%" data-kaimen-embed scrolling="no"></iframe>' +
        '<script async src="https://kaimen.example/embed.js"></script>',
    );
  });

  it('points English embeds at /en/embed/', () => {
    const html = embedSnippet({ site: new URL('http://localhost:4361'), locale: 'en', chart: 'douyin-dau', title: 'Douyin', height: 400 });
    expect(html).toContain('src="http://localhost:4361/en/embed/douyin-dau/"');
    expect(html).toContain('<script async src="http://localhost:4361/embed.js"></script>');
  });

  it('escapes the title, so it cannot leave its attribute', () => {
    const html = embedSnippet({ site, locale: 'en', chart: 'a', title: 'Users "online" <b> & </iframe><script>', height: 400 });
    expect(html).toContain('title="Users &quot;online&quot; &lt;b&gt; &amp; &lt;/iframe&gt;&lt;script&gt;"');
    expect(html.match(/<iframe/g)).toHaveLength(1);
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('refuses a bad chart id or height', () => {
    expect(() => embedSnippet({ site, locale: 'en', chart: '../x', title: 't', height: 400 })).toThrow(/invalid chart id/);
    expect(() => embedSnippet({ site, locale: 'en', chart: 'a', title: 't', height: 0 })).toThrow(/invalid embed height/);
    expect(() => embedSnippet({ site, locale: 'en', chart: 'a', title: 't', height: Number.NaN })).toThrow(/invalid embed height/);
  });
});

describe('the title attribute', () => {
  it('is escaped with the one escaper, so a title can close no attribute quoted either way', () => {
    expect(embedSnippet({ site, locale: 'en', chart: 'a', title: `a&b"c<d>e'f`, height: 400 })).toContain(`title="a&amp;b&quot;c&lt;d&gt;e&#39;f"`);
  });
});

describe('oembedResponse', () => {
  it('is an oEmbed 1.0 rich response whose html is the snippet', () => {
    const options = { site, locale: 'en' as const, chart: 'wechat-mau', title: 'WeChat users', height: 512 };
    const response = oembedResponse({ ...options, providerName: '开门 Kaimen', thumbnailPath: '/og/wechat-mau.en.png' });
    expect(response).toEqual({
      type: 'rich',
      version: '1.0',
      title: 'WeChat users',
      provider_name: '开门 Kaimen',
      provider_url: 'https://kaimen.example/en/',
      html: embedSnippet(options),
      width: 600,
      height: 512,
      thumbnail_url: 'https://kaimen.example/og/wechat-mau.en.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });

  it('leaves out the thumbnail when there is none', () => {
    const response = oembedResponse({ site, locale: 'zh-CN', chart: 'a', title: 't', height: 300, providerName: 'p' });
    expect(response.provider_url).toBe('https://kaimen.example/');
    expect(Object.keys(response)).not.toContain('thumbnail_url');
  });
});

describe('urls', () => {
  it('builds embed, oEmbed and story paths per locale', () => {
    expect(embedPath('zh-CN', 'wechat-mau')).toBe('/embed/wechat-mau/');
    expect(embedPath('en', 'wechat-mau')).toBe('/en/embed/wechat-mau/');
    expect(oembedPath('en', 'a-1')).toBe('/en/embed/a-1/oembed.json');
    expect(storyChartPath('zh-CN', 'a-1')).toBe('/#chart-a-1');
    expect(storyChartPath('en', 'a-1')).toBe('/en/#chart-a-1');
    expect(chartImagePath('zh-CN', 'a-1')).toBe('/og/charts/a-1.zh.png');
    expect(storyImagePath('en')).toBe('/og/story.en.png');
  });

  it('recognises embed paths and only those', () => {
    expect(EMBED_PATH.exec('/embed/wechat-mau/')?.[1]).toBe('wechat-mau');
    expect(EMBED_PATH.exec('/en/embed/a1/')?.[1]).toBe('a1');
    for (const path of ['/embed/wechat-mau', '/embed/', '/fr/embed/a/', '/embed/a/b/', '/x/embed/a/', '/embed/A/', '/embed/a/oembed.json']) {
      expect(EMBED_PATH.test(path), path).toBe(false);
    }
  });
});
