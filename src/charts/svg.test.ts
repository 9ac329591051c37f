import { expect, test } from 'vitest';
import { renderLineChart } from './line.ts';
import { chartSvg } from './svg.ts';
import { joinSentences } from './export.ts';
import { dodge, wrapText, textWidth } from './text.ts';
import { lightTheme } from './theme.ts';

const model = renderLineChart(
  [{ label: { zh: '网民 & <设备>', en: 'Users & <devices>' }, color: 2, unit: 'people', points: [{ date: '2013-12-31', value: 618e6, estimate: false, inputs: [] }, { date: '2014-12-31', value: 649e6, estimate: true, inputs: [] }] }],
  { id: 'demo', type: 'line', title: { zh: '标题', en: 'Title "quoted"' }, alt: { zh: '要点。', en: 'Users grew.' }, x: { precision: 'month' }, y: { min: 0 }, annotations: [{ date: '2014-06-30', label: { zh: '事件', en: 'Event' } }] },
  { width: 480, locale: 'en' },
);

test('inline SVG: an image named by its title and described by its takeaway; drawing hidden from screen readers', () => {
  const svg = chartSvg(model, { idPrefix: 'story-' });
  expect(svg).toMatch(/^<svg class="chart-svg" viewBox="0 0 480 \d+" role="img" aria-labelledby="story-chart-demo-en-480-title story-chart-demo-en-480-desc"/);
  expect(svg).toContain('<title id="story-chart-demo-en-480-title">Title &quot;quoted&quot;</title>');
  expect(svg).toContain('<desc id="story-chart-demo-en-480-desc">Users grew.</desc>');
  expect(svg).toContain('<g aria-hidden="true">');
  expect(svg).toContain('Users &amp; &lt;devices&gt;');
  // Colours come from classes and currentColor, never from hex values.
  expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b/i);
  expect(svg).toContain('class="chart-mark c2 chart-estimate"');
  expect(svg).toContain('data-value="649M"');
  expect(svg).not.toContain('<style>');
});

test('standalone SVG: namespace, size, background and the light theme inlined', () => {
  const svg = chartSvg(model, { standalone: true, caption: { title: 'Title', source: 'Source: CNNIC' } });
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart-svg" width="\d+" height="\d+"/);
  const style = /<style>(.*?)<\/style>/.exec(svg)![1]!;
  expect(style).not.toContain('var(');
  expect(style).toContain(`.chart-svg .c2 { color: ${lightTheme()['--chart-2']}; }`);
  expect(svg).toContain('Source: CNNIC');
});

test('the light theme is read from global.css', () => {
  expect(lightTheme(':root { --chart-1: #0072b2; --x: 1px; } @media (prefers-color-scheme: dark) { :root { --chart-1: #56b4e9; } }')).toEqual({ '--chart-1': '#0072b2', '--x': '1px' });
});

test('wrapping keeps lines within the width and keeps brackets with their words', () => {
  // The bracket stays with "QuestMobile", which cannot be broken and so gets a line of its own.
  expect(wrapText('月活跃规模（QuestMobile）', 84, 12, true)).toEqual(['月活跃规模', '（QuestMobile）']);
  for (const line of wrapText('2019年初：活跃规模停止增长', 104, 12)) expect(textWidth(line, 12)).toBeLessThanOrEqual(104);
  expect(wrapText('29 Nov 2021: group chats open to Taobao links', 150, 13).join(' ')).toBe('29 Nov 2021: group chats open to Taobao links');
});

test('dodge spreads labels apart without reordering them', () => {
  const centres = dodge([{ y: 50, height: 15 }, { y: 52, height: 30 }, { y: 10, height: 15 }], 0, 200);
  expect(centres[2]).toBe(10);
  expect(centres[1]! - 15).toBeGreaterThanOrEqual(centres[0]! + 7.5);
});

test('the standalone caption keeps the source and the estimate note two sentences', () => {
  expect(joinSentences('Source: Tencent (via reprints)', 'Hollow dots mark estimates.', 'en')).toBe('Source: Tencent (via reprints). Hollow dots mark estimates.');
  expect(joinSentences('Source: Tencent.', 'Hollow dots mark estimates.', 'en')).toBe('Source: Tencent. Hollow dots mark estimates.');
  expect(joinSentences('来源：腾讯（转载）', '空心点为估算值。', 'zh-CN')).toBe('来源：腾讯（转载）。空心点为估算值。');
});
