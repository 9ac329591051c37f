import { expect, test } from 'vitest';
import { renderLineChart } from './line.ts';
import { chartSvg } from './svg.ts';
import { fluidChartSvg } from './fluid-svg.ts';
import { joinSentences } from './export.ts';
import { dodge, wrapText, textWidth } from './text.ts';
import { lightTheme } from './theme.ts';
import { INLINE_ARTBOARD } from './options.ts';

const model = renderLineChart(
  [{ label: { zh: '网民 & <设备>', en: 'Users & <devices>' }, color: 2, unit: 'people', points: [{ date: '2013-12-31', value: 618e6, estimate: false, inputs: [] }, { date: '2014-12-31', value: 649e6, estimate: true, inputs: [] }] }],
  { id: 'demo', type: 'line', title: { zh: '标题', en: 'Title "quoted"' }, alt: { zh: '要点。', en: 'Users grew.' }, x: { precision: 'month' }, y: { min: 0 }, annotations: [{ date: '2014-06-30', label: { zh: '事件', en: 'Event' } }] },
  { width: INLINE_ARTBOARD.width, locale: 'en' },
);

test('inline SVG: an image named by its title and described by its takeaway; drawing hidden from screen readers', () => {
  const svg = fluidChartSvg(model, { idPrefix: 'story-' });
  expect(svg).toMatch(/^<svg class="chart-svg" height="\d+" style="--l:\d+px;--r:\d+px" font-size="12" role="img" aria-labelledby="story-chart-demo-en-288-title story-chart-demo-en-288-desc"/);
  expect(svg).toContain('<title id="story-chart-demo-en-288-title">Title &quot;quoted&quot;</title>');
  expect(svg).toContain('<desc id="story-chart-demo-en-288-desc">Users grew.</desc>');
  expect(svg).toContain('<g aria-hidden="true">');
  // Wrapped in the right margin, a line (16px at 12px text) per piece.
  expect(svg).toContain('Users &amp;<tspan x="100%" dx="8" dy="16">&lt;devices&gt;</tspan>');
  // Colours come from classes and currentColor, never from hex values.
  expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b/i);
  expect(svg).toContain('class="chart-mark c2 chart-estimate"');
  expect(svg).not.toContain('<style>');
  // Tooltip text is read from the data table, not repeated on the marks.
  expect(svg).not.toContain('649M');
  expect([...svg.matchAll(/data-point="(\d+)"/g)].map((m) => m[1])).toEqual(['0', '1']);
});

test('inline SVG: the plot stretches, text keeps its size and its offset from the point it labels', () => {
  const svg = fluidChartSvg(model);
  const { left, right } = model.plot;
  expect(svg).toContain(`style="--l:${left}px;--r:${INLINE_ARTBOARD.width - right}px"`);
  // No viewBox on the outer SVG: 1 unit is 1 CSS px, so font sizes are CSS px.
  expect(svg).not.toMatch(/^<svg[^>]*viewBox/);
  // The dots sit at the plot's ends (0 % and 100 % of its width); the line runs between them in a stretched layer.
  expect(svg).toMatch(/<circle class="chart-mark c2" cx="0" cy="\d+" r="3" data-point="0"\/>/);
  expect(svg).toMatch(/<circle class="chart-mark c2 chart-estimate" cx="100%" cy="\d+" r="3" data-point="1"\/>/);
  expect(svg).toMatch(/<svg class="chart-plot" width="100%" height="\d+" viewBox="0 0 1000 \d+" preserveAspectRatio="none"><path class="chart-line c2 chart-dashed" d="M0 \d+L1000 \d+" vector-effect="non-scaling-stroke"\/><\/svg>/);
  // 2014-06-30 is 181 of the 365 days from 2013-12-31: the annotation's rule and label sit at 49.6 % of the plot.
  expect(svg).toContain('<line class="chart-annotation-rule" x1="49.6%"');
  expect(svg).toMatch(/<text class="chart-annotation" x="49.6%" dx="(-4|4)"/);
  // The direct label hangs 8 px right of the plot's right edge; value ticks end 6 px left of its left edge.
  expect(svg).toMatch(/<text class="chart-label c2" x="100%" dx="8"/);
  expect(svg).toMatch(/<text class="chart-tick" x="-6" y="\d+" text-anchor="end">/);
});

test('standalone SVG: namespace, size, background and the light theme inlined', () => {
  const svg = chartSvg(model, { caption: { title: 'Title', source: 'Source: CNNIC' } });
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
