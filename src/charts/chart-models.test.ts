import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { readCharts } from '../data/charts.ts';
import { readDatasets } from '../data/dataset.ts';
import { readCorrections } from '../truth/corrections.ts';
import { embedHeight, svgHeightAt600 } from '../embed/height.ts';
import { chartPng } from '../raster/chart-png.ts';
import { createChartModels, widestArtboard } from './chart-models.ts';
import { standaloneChartSvg } from './export.ts';
import { ARTBOARDS, INLINE_ARTBOARD } from './options.ts';
import { renderChart } from './render.ts';

const datasets = readDatasets(join(process.cwd(), 'content/data'));
const charts = [...readCharts(join(process.cwd(), 'content/charts'), datasets).values()];
const corrections = readCorrections(join(process.cwd(), 'content'));
const locales = ['zh-CN', 'en'] as const;
const site = 'https://example.org';

// Every caller of the renderer (the models, and anything that would render on its own: the
// embed height, the exports) goes through this spy.
vi.mock('./render.ts', async (original) => {
  const actual = await original<typeof import('./render.ts')>();
  return { ...actual, renderChart: vi.fn(actual.renderChart) };
});
const renders = () => vi.mocked(renderChart).mock.calls.map(([chart, , options]) => `${chart.id} ${options.locale} ${options.width}`);

test('each chart × locale is rendered once per art-board, however many outputs read it', () => {
  vi.mocked(renderChart).mockClear();
  const models = createChartModels(charts, datasets, corrections);
  for (const chart of charts) {
    for (const locale of locales) {
      // What a build reads, in the order pages happen to: the story's figure, the embed page
      // (its figure and its iframe height), the oEmbed height, the SVG export, the PNG and the social image.
      const story = models.get(chart.id, locale);
      const embed = models.get(chart.id, locale);
      expect(embed).toBe(story);
      expect(models.get(chart.id, locale).embedHeight).toBe(story.embedHeight);
      expect(standaloneChartSvg(models.get(chart.id, locale), site)).toContain('<svg');
      // The PNG and the social image share one raster (slow: drawn for one chart here).
      if (chart === charts[0]) expect(chartPng(models.get(chart.id, locale), site)).toBe(chartPng(models.get(chart.id, locale), site));
    }
  }
  const expected = charts.flatMap((chart) => locales.flatMap((locale) => ARTBOARDS.map((board) => `${chart.id} ${locale} ${board.width}`)));
  expect(renders().sort()).toEqual(expected.sort());
});

test('the model is the renderer output: art-boards in options.ts order, the standalone SVG from the widest', () => {
  const models = createChartModels(charts, datasets, corrections);
  for (const chart of charts) {
    for (const locale of locales) {
      const model = models.get(chart.id, locale);
      expect(model.artboards.map((a) => a.board.name)).toEqual(ARTBOARDS.map((b) => b.name));
      for (const { board, model: drawn } of model.artboards) expect(drawn).toEqual(renderChart(chart, datasets, { width: board.width, locale }));
      expect(widestArtboard(model).board.width).toBe(Math.max(...ARTBOARDS.map((b) => b.width)));
      expect(model.hasEstimates).toBe(model.table.rows.some((row) => row.estimate));
    }
  }
});

test('at 600px the inline board is shown at its own height, and the embed height is more than the SVG', () => {
  const models = createChartModels(charts, datasets, corrections);
  for (const chart of charts) {
    const model = models.get(chart.id, 'en');
    const inline = model.artboards.find((a) => a.board.name === INLINE_ARTBOARD.name)!.model;
    expect(svgHeightAt600(model)).toBe(inline.height);
    expect(embedHeight(model)).toBe(model.embedHeight);
    expect(model.embedHeight).toBeGreaterThan(svgHeightAt600(model) + 200);
  }
});

test('the source line is the spec\'s, else the titles of every dataset read, joined as the language joins a list', () => {
  const models = createChartModels(charts, datasets, corrections);
  for (const chart of charts) {
    const zh = models.get(chart.id, 'zh-CN');
    const en = models.get(chart.id, 'en');
    if (chart.source) {
      expect([zh.sourceLine, en.sourceLine]).toEqual([chart.source.zh, chart.source.en]);
    } else {
      expect(en.sourceLine).toBe(en.table.datasets.map((d) => datasets.get(d)!.title.en).join('; '));
      expect(zh.sourceLine).toBe(zh.table.datasets.map((d) => datasets.get(d)!.title.zh).join('；'));
    }
  }
});

test('an unknown chart id names the file it expected', () => {
  expect(() => createChartModels(charts, datasets, corrections).get('no-such-chart', 'en')).toThrow('content/charts/no-such-chart.yaml');
});

test('a chart the corrections log names is marked corrected, and its embed is a line taller for it', () => {
  const models = createChartModels(charts, datasets, corrections);
  const uncorrected = createChartModels(charts, datasets, []);
  const named = new Set(corrections.flatMap((c) => c.charts));
  expect(named.size).toBeGreaterThan(0);
  for (const chart of charts) {
    const model = models.get(chart.id, 'en');
    expect(model.corrected).toBe(named.has(chart.id));
    expect(model.embedHeight - uncorrected.get(chart.id, 'en').embedHeight).toBe(named.has(chart.id) ? 22 : 0);
  }
});
