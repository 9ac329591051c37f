import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readDatasets } from '../data/dataset.ts';
import { chartData } from './data.ts';
import { chartTable } from './table.ts';
import type { ChartWithId } from './render.ts';

const datasets = readDatasets(join(process.cwd(), 'content/data'));
const x = { precision: 'month' as const };
const y = { min: 0 };

test('annual net additions are year-end minus the previous year-end, from the rows', () => {
  const [wechat] = chartData({ series: [{ dataset: 'wechat-mau', series: 'mau', derive: { type: 'change', months: 12 } }], x: { ...x, monthDay: '12-31', from: '2014-12-31', to: '2021-12-31' }, y }, datasets);
  const byYear = Object.fromEntries(wechat!.points.map((p) => [p.date.slice(0, 4), p.value]));
  // 500M − 355M (research notes: "2014 +145M"); 1,268M − 1,225M ("about +43M in 2021").
  expect(byYear['2014']).toBe(145_000_000);
  expect(byYear['2021']).toBe(43_000_000);
  // 2017 rests on the estimated Q4 2017 row, so it is marked as an estimate.
  expect(wechat!.points.find((p) => p.date === '2017-12-31')!.estimate).toBe(true);
  expect(wechat!.points.find((p) => p.date === '2016-12-31')!.estimate).toBe(false);
  expect(wechat!.points[0]!.inputs.map((i) => i.row.line)).toEqual([8, 5]);
});

test('the S&M-per-net-new-consumer indicator uses only fiscal years with both inputs', () => {
  const [ratio] = chartData(
    { series: [{ dataset: 'alibaba-sales-marketing', series: 'sm', derive: { type: 'ratio', denominator: { dataset: 'alibaba-active-consumers', series: 'aac', derive: { type: 'change', months: 12 } } } }], x, y },
    datasets,
  );
  // Research notes B: FY2017 ≈ 526, FY2018 ≈ 279, FY2019 = 390 (RMB per net new consumer).
  expect(ratio!.points.map((p) => [p.date, Math.round(p.value)])).toEqual([
    ['2017-03-31', 526],
    ['2018-03-31', 279],
    ['2019-03-31', 390],
  ]);
  expect(ratio!.points.every((p) => p.estimate)).toBe(true);
  expect(ratio!.unit).toBe('cny');
});

test('year-on-year growth skips dates without a row twelve months earlier', () => {
  const [growth] = chartData({ series: [{ dataset: 'cnnic-internet-users', series: 'users', derive: { type: 'percent-change', months: 12 } }], x, y }, datasets);
  const dates = growth!.points.map((p) => p.date);
  expect(dates).not.toContain('2020-03-31');
  expect(dates).not.toContain('2020-12-31');
  expect(growth!.points.find((p) => p.date === '2013-12-31')!.value).toBeCloseTo((618 / 564 - 1) * 100, 10);
  expect(growth!.unit).toBe('percent');
});

test('indices divide by the base row', () => {
  const [sm] = chartData({ series: [{ dataset: 'alibaba-sales-marketing', series: 'sm', derive: { type: 'index', base: '2016-03-31' } }], x, y }, datasets);
  expect(sm!.points.at(-1)!.value).toBeCloseTo((39780 / 11307) * 100, 10);
});

test('the data table lists every plotted value with its sources and derivation', () => {
  const chart = { id: 't', type: 'bar', title: { zh: 'x', en: 'x' }, dek: { zh: 'x', en: 'x' }, alt: { zh: 'x', en: 'x' }, notes: [], annotations: [], claims: [], series: [{ dataset: 'wechat-mau', series: 'mau', derive: { type: 'change', months: 12 } }], x: { precision: 'year', monthDay: '12-31', from: '2014-12-31', to: '2014-12-31' }, y } satisfies ChartWithId;
  const table = chartTable(chart, datasets, 'en');
  expect(table.rows).toEqual([{ date: '2014', series: 'Combined monthly active accounts', value: '+145M', estimate: false, derived: true, note: 'Computed by Kaimen: 500M (Dec 2014) − 355M (Dec 2013)', noteLang: 'en', sources: [1, 2] }]);
  expect(table.sources.map((s) => s.id)).toEqual(['tencent-4q2014', 'tencent-4q2013']);
  expect(table.datasets).toEqual(['wechat-mau']);
});

test('in Chinese, a computed value\'s note is Chinese and a CSV note is marked as English', () => {
  const chart = { id: 't', type: 'line', title: { zh: 'x', en: 'x' }, dek: { zh: 'x', en: 'x' }, alt: { zh: 'x', en: 'x' }, notes: [], annotations: [], claims: [], series: [{ dataset: 'wechat-mau', series: 'mau' }, { dataset: 'wechat-mau', series: 'mau', derive: { type: 'change', months: 12 } }], x: { precision: 'month' }, y } satisfies ChartWithId;
  const rows = chartTable(chart, datasets, 'zh-CN').rows;
  const computed = rows.filter((row) => row.derived);
  const read = rows.filter((row) => !row.derived && row.note);
  expect(computed.length).toBeGreaterThan(0);
  expect(read.length).toBeGreaterThan(0);
  for (const row of computed) expect([row.noteLang, row.note]).toEqual(['zh', expect.stringMatching(/^本站计算/)]);
  for (const row of read) expect(row.noteLang).toBe('en');
});
