/**
 * Geometry of each chart type, checked against positions computed by hand from the plot box:
 * a linear scale maps [min, max] onto [bottom, top], a time scale maps dates by elapsed days.
 */
import { describe, expect, test } from 'vitest';
import type { SeriesData } from './data.ts';
import type { RenderSpec } from './model.ts';
import { renderLineChart } from './line.ts';
import { renderAreaChart } from './area.ts';
import { renderDotChart } from './dot.ts';
import { renderBarChart } from './bar.ts';
import { renderSlopeChart } from './slope.ts';
import { artboardOfWidth } from './options.ts';
import type { ChartModel } from './model.ts';

const point = (date: string, value: number, estimate = false) => ({ date, value, estimate, inputs: [] });
const series = (points: ReturnType<typeof point>[], color = 1): SeriesData => ({ label: { zh: '测试', en: 'Test' }, color, unit: 'people', points });
const spec = (type: RenderSpec['type'], extra: Partial<RenderSpec> = {}): RenderSpec => ({
  id: 'test',
  type,
  title: { zh: '标题', en: 'Title' },
  alt: { zh: '要点。', en: 'Takeaway.' },
  x: { precision: 'month' },
  y: { min: 0, max: 100 },
  annotations: [],
  ...extra,
});
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
const plotWidth = (m: ChartModel) => m.plot.right - m.plot.left;
const plotHeight = (m: ChartModel) => m.plot.bottom - m.plot.top;

const decade = series([point('2000-01-01', 0), point('2005-01-01', 50), point('2010-01-01', 100)]);

describe('line chart', () => {
  const model = renderLineChart([decade], spec('line'), { width: 480, locale: 'en' });

  test('the plot box is the board height and inside the width', () => {
    expect(plotHeight(model)).toBe(artboardOfWidth(480).plotHeight);
    expect(model.plot.left).toBeGreaterThan(0);
    expect(model.plot.right).toBeLessThan(480);
  });

  test('value 50 of 0..100 sits half way up; 2005-01-01 sits at its share of the days from 2000 to 2010', () => {
    const mid = model.marks[1]!;
    expect(mid.y).toBeCloseTo(model.plot.bottom - plotHeight(model) / 2, 6);
    expect(mid.x).toBeCloseTo(model.plot.left + (plotWidth(model) * days('2000-01-01', '2005-01-01')) / days('2000-01-01', '2010-01-01'), 6);
    expect(model.marks[0]).toMatchObject({ x: model.plot.left, y: model.plot.bottom });
    expect(model.marks[2]!.x).toBeCloseTo(model.plot.right, 6);
    expect(model.marks[2]!.y).toBeCloseTo(model.plot.top, 6);
  });

  test('the line passes through the points', () => {
    const numbers = model.paths[0]!.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(numbers[0]).toBeCloseTo(model.plot.left, 0);
    expect(numbers[1]).toBeCloseTo(model.plot.bottom, 0);
    expect(numbers.at(-1)).toBeCloseTo(model.plot.top, 0);
  });

  test('an estimated value is hollow and its segments dashed; a gap breaks the line', () => {
    const withEstimate = renderLineChart([series([point('2000-01-01', 10), point('2001-01-01', 20, true), point('2002-01-01', 30), point('2005-01-01', 40), point('2006-01-01', 50)])], spec('line', { x: { precision: 'month', gap: 13 } }), { width: 288, locale: 'zh-CN' });
    expect(withEstimate.marks.map((m) => m.estimate)).toEqual([false, true, false, false, false]);
    expect(withEstimate.paths.map((p) => p.dashed)).toEqual([true, false]);
    expect(withEstimate.hasEstimates).toBe(true);
  });

  test('y tick labels sit left of the plot, x tick labels under it, all inside the board', () => {
    for (const text of model.texts.filter((t) => t.kind === 'tick')) {
      expect(text.y > model.plot.bottom || text.x < model.plot.left).toBe(true);
      expect(text.x).toBeGreaterThanOrEqual(0);
      expect(text.x).toBeLessThanOrEqual(480);
    }
  });
});

test('area chart: the fill closes on the zero baseline, the top follows the values', () => {
  const model = renderAreaChart([decade], spec('area'), { width: 800, locale: 'zh-CN' });
  const area = model.paths.find((p) => p.kind === 'area')!;
  const ys = [...area.d.matchAll(/[ML,]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => Number(m[2]));
  expect(Math.max(...ys)).toBeCloseTo(model.plot.bottom, 0);
  expect(Math.min(...ys)).toBeCloseTo(model.plot.top, 0);
  expect(model.marks[1]!.y).toBeCloseTo(model.plot.bottom - plotHeight(model) / 2, 6);
});

test('dot chart: dots without lines, at hand-computed positions', () => {
  const model = renderDotChart([series([point('2018-01-01', 25), point('2020-01-01', 75)])], spec('dot'), { width: 480, locale: 'en' });
  expect(model.paths).toEqual([]);
  expect(model.marks[0]).toMatchObject({ x: model.plot.left, shape: 'circle' });
  expect(model.marks[0]!.y).toBeCloseTo(model.plot.bottom - plotHeight(model) * 0.25, 6);
  expect(model.marks[1]!.x).toBeCloseTo(model.plot.right, 6);
  expect(model.marks[1]!.y).toBeCloseTo(model.plot.bottom - plotHeight(model) * 0.75, 6);
});

describe('bar chart', () => {
  const model = renderBarChart([series([point('2019-12-31', 25), point('2020-12-31', 50), point('2021-12-31', 100, true)])], spec('bar', { x: { precision: 'year' } }), { width: 480, locale: 'zh-CN' });

  test('bars start at zero and their length is proportional to the value', () => {
    const [a, b, c] = model.marks;
    for (const bar of model.marks) expect(bar.x).toBeCloseTo(model.plot.left, 6);
    expect(c!.width).toBeCloseTo(plotWidth(model), 6);
    expect(b!.width).toBeCloseTo(plotWidth(model) / 2, 6);
    expect(a!.width).toBeCloseTo(plotWidth(model) / 4, 6);
  });

  test('one row per value, equally spaced, the estimate hollow', () => {
    const [a, b, c] = model.marks;
    expect(b!.y - a!.y).toBeCloseTo(c!.y - b!.y, 6);
    expect(a!.height).toBeGreaterThan(0);
    expect(model.marks.map((m) => m.estimate)).toEqual([false, false, true]);
    expect(model.texts.filter((t) => t.kind === 'tick').map((t) => t.lines[0])).toEqual(['2019年', '2020年', '2021年']);
    expect(model.texts.filter((t) => t.kind === 'value').map((t) => t.lines[0])).toEqual(['25', '50', '100']);
  });

  test('a bar chart takes one series', () => {
    expect(() => renderBarChart([decade, decade], spec('bar'), { width: 480, locale: 'en' })).toThrow('a bar chart draws one series, not 2');
  });
});

describe('slope chart', () => {
  const model = renderSlopeChart(
    [series([point('2018-09-30', 46), point('2019-09-30', 42)], 3), series([point('2018-09-30', 10), point('2019-09-30', 20)], 4)],
    spec('slope', { y: { min: 0, max: 50 } }),
    { width: 288, locale: 'en' },
  );

  test('ends sit on the two columns at their values', () => {
    const [a0, a1, b0, b1] = model.marks;
    expect(a0!.x).toBe(model.plot.left);
    expect(a1!.x).toBe(model.plot.right);
    expect(b0!.y).toBeCloseTo(model.plot.bottom - (plotHeight(model) * 10) / 50, 6);
    expect(b1!.y).toBeCloseTo(model.plot.bottom - (plotHeight(model) * 20) / 50, 6);
    expect(a1!.y).toBeCloseTo(model.plot.bottom - (plotHeight(model) * 42) / 50, 6);
    expect(model.paths[0]!.d).toBe(`M${a0!.x},${a0!.y}L${a1!.x},${a1!.y}`);
  });

  test('each series has its own start label, in its colour, when the starts differ', () => {
    const left = model.texts.filter((t) => t.kind === 'value' && t.anchor === 'end');
    expect(left.map((t) => [t.lines[0], t.color])).toEqual([['46', 3], ['10', 4]]);
  });

  test('series that start at the same value (an index) share one start label, in the text colour', () => {
    const index = renderSlopeChart(
      [series([point('2016-03-31', 100), point('2019-03-31', 351.8)], 3), series([point('2016-03-31', 100), point('2019-03-31', 154.6)], 4)],
      spec('slope', { y: { min: 0, max: 400 } }),
      { width: 288, locale: 'en' },
    );
    const left = index.texts.filter((t) => t.kind === 'value' && t.anchor === 'end');
    expect(left).toHaveLength(1);
    expect(left[0]!.lines).toEqual(['100']);
    expect(left[0]!.color).toBeUndefined();
    expect(left[0]!.y).toBeCloseTo(index.marks[0]!.y, -1); // level with the shared start
  });

  test('series must share their two dates', () => {
    expect(() => renderSlopeChart([series([point('2018-09-30', 1), point('2019-09-30', 2)]), series([point('2017-10-31', 1), point('2018-10-31', 2)])], spec('slope'), { width: 288, locale: 'en' })).toThrow('every series of a slope chart needs values at the same two dates');
  });
});
