import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OG_FONT_FILES } from './fonts.ts';
import { OG_HEIGHT, OG_WIDTH, ogImageSvg, rasteriseOgImage } from './og-image.ts';

const zh = { locale: 'zh-CN', kicker: '注释版', headline: '时隔八年后，微信群聊对淘宝链接敞开了大门', siteName: '开门', tagline: '一篇注释版数据报道' } as const;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('ogImageSvg', () => {
  it('is 1200×630 and carries the whole headline, wrapped into lines', () => {
    const svg = ogImageSvg(zh);
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    const lines = [...svg.matchAll(/<text[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)].filter(([, size]) => Number(size) >= 48).map(([, , text]) => text);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.join('')).toBe(zh.headline);
    expect(svg).toContain('>注释版<');
    expect(svg).toContain('>开门<');
  });

  it('escapes text, so a headline cannot inject markup', () => {
    const svg = ogImageSvg({ ...zh, locale: 'en', headline: 'A <b>bold</b> & "quoted" claim' });
    expect(svg).toContain('&lt;b&gt;bold&lt;/b&gt; &amp;');
    expect(svg).toContain('&quot;quoted&quot;');
    expect(svg).not.toContain('<b>');
  });

  it('draws English curly quotes in the Latin face', () => {
    expect(ogImageSvg({ ...zh, locale: 'en', headline: 'China’s users' })).toContain('<tspan font-family="DejaVu Sans">’</tspan>');
    expect(ogImageSvg({ ...zh, headline: '“开门”' })).not.toContain('<tspan');
  });

  it('keeps a long headline above the footer rule, cut with an ellipsis when it cannot fit', () => {
    const chart = { svg: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400" viewBox="0 0 600 400"></svg>', width: 600, height: 400 };
    const headline = '时隔八年后，微信群聊对淘宝链接敞开了大门'.repeat(6);
    for (const options of [{ ...zh, headline }, { ...zh, headline, chart }]) {
      const svg = ogImageSvg(options);
      const ruleY = Number(/<rect x="80" y="(\d+)" width="1040" height="2"/.exec(svg)![1]);
      const headlineLines = [...svg.matchAll(/<text[^>]*y="([\d.]+)" font-size="(\d+)" font-weight="700" fill="#1c1b19"[^>]*>([^<]*)<\/text>/g)].filter(([, , , text]) => text !== '开门');
      expect(headlineLines.length).toBeGreaterThan(0);
      for (const [, y] of headlineLines) expect(Number(y)).toBeLessThan(ruleY - 20);
      expect(headlineLines.at(-1)![3]).toMatch(/…$/);
    }
  });

  it('leaves out emoji and right-to-left text, which the image fonts would draw as boxes', () => {
    const svg = ogImageSvg({ ...zh, headline: '微信开门 🎉 مرحبا' });
    expect(svg).toContain('>微信开门<');
    expect(svg).not.toMatch(/🎉|مرحبا/u);
  });

  it('nests a chart inline in the space to the right, keeping its viewBox', () => {
    const chart = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="600" height="400" viewBox="0 0 600 400"><text>图</text></svg>';
    const svg = ogImageSvg({ ...zh, chart: { svg: chart, width: 600, height: 400 } });
    expect(svg).not.toContain('<?xml');
    expect(svg).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" x="560" y="72" width="560" height="\d+" viewBox="0 0 600 400" preserveAspectRatio="xMidYMid meet"><text>图<\/text><\/svg>/);
  });
});

describe.skipIf(!OG_FONT_FILES.every(existsSync))('rasteriseOgImage', () => {
  it('renders a 1200×630 PNG', () => {
    expect(pngSize(rasteriseOgImage(ogImageSvg(zh)))).toEqual([OG_WIDTH, OG_HEIGHT]);
  });
});
