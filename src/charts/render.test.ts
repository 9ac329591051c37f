import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readDatasets } from '../data/dataset.ts';
import { readCharts } from '../data/charts.ts';
import { ARTBOARDS, INLINE_ARTBOARD } from './options.ts';
import { renderChart } from './render.ts';

const datasets = readDatasets(join(process.cwd(), 'content/data'));
const charts = readCharts(join(process.cwd(), 'content/charts'), datasets);

test('the inline art-board fits a 320px phone with 12px text, and the figure shows it at every width', () => {
  // A 320px phone's column is 288px: the board is never squeezed, only stretched.
  expect(INLINE_ARTBOARD.width).toBeLessThanOrEqual(288);
  expect(INLINE_ARTBOARD.fontSize).toBeGreaterThanOrEqual(12);
  // No container query or display rule hides it at some width.
  const css = readFileSync('src/components/Chart/ChartFigure.astro', 'utf8');
  expect(css).not.toMatch(/@container/);
  expect(css).not.toMatch(/\.chart-artboard[^{]*\{[^}]*display:\s*none/);
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
