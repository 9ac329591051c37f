/**
 * Chart words against chart data, on the real datasets: claims, trend words without claims, and
 * figures in titles, deks, alt texts and annotations.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDatasets } from '../data/dataset.ts';
import { validateChartSpec } from '../data/charts.ts';

const datasets = readDatasets('content/data');
const published = readFileSync(new URL('./fixtures/wechat-net-additions-2026-11-29.yaml', import.meta.url), 'utf8');
const FILE = 'content/charts/wechat-net-additions.yaml';
const check = (text: string) => validateChartSpec(FILE, text, datasets);
const lineOf = (text: string, marker: string) => text.split('\n').findIndex((line) => line.includes(marker)) + 1;

// Each case draws charts from the real datasets; allow for a busy machine.
const SLOW = 20_000;

describe('chart claims and figures', () => {
  it('fail the published net-additions title: it states a trend and declares no claim', () => {
    expect(() => check(published)).toThrow(`${FILE}:${lineOf(published, 'zh: "微信每年净增的账户越来越少"')}: title.zh states a trend ("越来越")`);
  }, SLOW);

  it('fail the published title\'s claim, "fewer every year", on its own bars (2015 and 2018 rose)', () => {
    const text = `${published}claims:\n  - {kind: fewer-every-year}\n`;
    expect(() => check(text)).toThrow(`${FILE}:${lineOf(text, 'fewer-every-year')}: claim "fewer-every-year" is false: 2015-12-31 (197,000,000) is more than 2014-12-31 (145,000,000)`);
  }, SLOW);

  it('pass a claim the bars bear out: net additions peak in 2015 and fall to 2021', () => {
    const text = `${published.replace('微信每年净增的账户越来越少', '微信年度净增账户2015年见顶').replace('WeChat added fewer accounts every year', 'WeChat net additions peaked in 2015')}claims:\n  - {kind: peaks, at: "2015-12-31"}\n  - {kind: falls, from: "2015-12-31", to: "2021-12-31"}\n`;
    expect(check(text).claims).toHaveLength(2);
  }, SLOW);

  it('fail a figure in the alt text that the data do not give', () => {
    const text = `${published.replace('about 197 million in 2015', 'about 297 million in 2015')}claims:\n  - {kind: peaks, at: "2015-12-31"}\n`;
    expect(() => check(text)).toThrow(`${FILE}:${lineOf(text, 'about 297 million')}: alt.en says "297 million", which is not a value of the chart's data`);
  }, SLOW);

  it('check peaks, overtakes, outgrows, flat and never-falls on the real charts', () => {
    const pdd = readFileSync('content/charts/pinduoduo-vs-alibaba.yaml', 'utf8');
    const file = 'content/charts/pinduoduo-vs-alibaba.yaml';
    expect(() => validateChartSpec(file, pdd.replace('at: "2020-12-31"}', 'at: "2020-09-30"}'), datasets)).toThrow(
      '"buyers" first rises above "aac" on 2020-12-31, not 2020-09-30',
    );
    const users = readFileSync('content/charts/users-vs-devices.yaml', 'utf8');
    expect(() => validateChartSpec('c.yaml', users.replace('within: 3,', 'within: 1,'), datasets)).toThrow(/claim "flat" is false: .* more than 1%/);
    expect(() => validateChartSpec('c.yaml', users.replace('{kind: never-falls, series: users}', '{kind: never-falls, series: devices}'), datasets)).toThrow(
      /claim "never-falls" is false: 2019-06-30 \(1,136,000,000\) is less than 2019-03-31/,
    );
    const spend = readFileSync('content/charts/alibaba-spend-vs-consumers.yaml', 'utf8');
    expect(() => validateChartSpec('c.yaml', spend.replace('{kind: outgrows, series: sm, over: aac}', '{kind: outgrows, series: aac, over: sm}'), datasets)).toThrow(
      /claim "outgrows" is false/,
    );
  }, SLOW);
});
