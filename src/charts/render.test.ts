import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readDatasets } from '../data/dataset.ts';
import { readCharts } from '../data/charts.ts';
import { ARTBOARDS, INLINE_ARTBOARDS, inlineArtboardFor } from './options.ts';
import { renderChart } from './render.ts';

const datasets = readDatasets(join(process.cwd(), 'content/data'));
const charts = readCharts(join(process.cwd(), 'content/charts'), datasets);

test('the art-board breakpoints are the ones the figure CSS switches on', () => {
  const css = readFileSync('src/components/Chart/ChartFigure.astro', 'utf8');
  const [s, m] = INLINE_ARTBOARDS;
  expect(INLINE_ARTBOARDS).toHaveLength(2);
  expect(css).toContain(`@container (width < ${m.width}px) {\n    .chart-artboard[data-artboard='${s.name}']`);
  expect(css).toContain(`@container (width >= ${m.width}px) {\n    .chart-artboard[data-artboard='${m.name}']`);
  // The smallest board fits a 320px phone's 288px column, so it is never squeezed.
  expect(s.width).toBeLessThanOrEqual(288);
  expect(s.fontSize).toBeGreaterThanOrEqual(12);
});

test('at 600px the 480px board is shown', () => {
  expect(inlineArtboardFor(600).width).toBe(480);
  expect(inlineArtboardFor(479).width).toBe(288);
});

test('every chart renders at every board in both languages with text inside the board', () => {
  for (const chart of charts.values()) {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const model of ARTBOARDS.map((board) => renderChart(chart, datasets, { width: board.width, locale }))) {
        expect(model.marks.length).toBeGreaterThan(0);
        for (const text of model.texts) {
          expect(text.x, `${chart.id} ${model.width} ${text.lines[0]}`).toBeGreaterThanOrEqual(0);
          expect(text.x).toBeLessThanOrEqual(model.width);
          expect(text.y).toBeLessThanOrEqual(model.height);
        }
      }
    }
  }
});

test('a line chart of a single point still has a date tick', () => {
  const row = { date: '2021-06-30', series: 's', value: 5, source: 'x', estimate: false, note: '', line: 2 };
  const dataset = {
    id: 'd', title: { zh: 'd', en: 'd' }, description: { zh: 'd', en: 'd' }, unit: 'people' as const, series: { s: { zh: 's', en: 's' } },
    sources: { x: { name: 'x', url: 'https://example.com/', accessed: '2021-07-01', tier: 'press' as const } }, rows: [row], csv: 'content/data/d.csv',
  };
  const chart = { id: 'c', type: 'line' as const, title: { zh: 't', en: 't' }, dek: { zh: 't', en: 't' }, alt: { zh: 't', en: 't' }, notes: [], series: [{ dataset: 'd', series: 's' }], x: { precision: 'month' as const }, y: { min: 0 }, annotations: [], claims: [] };
  const model = renderChart(chart, new Map([['d', dataset]]), { width: 480, locale: 'en' });
  expect(model.texts.filter((t) => t.kind === 'tick').map((t) => t.lines[0])).toContain('2021');
});
