import { describe, expect, it } from 'vitest';
import { parseCorrections, correctionsOfChart, type KnownIds } from './corrections.ts';
import { csvWithHeader } from '../data/csv-export.ts';
import type { Dataset } from '../schemas/dataset.ts';

const known: KnownIds = {
  charts: new Set(['pinduoduo-vs-alibaba', 'wechat-mau']),
  datasets: new Set(['pinduoduo-active-buyers']),
  notes: new Set(['taobao-fired-first']),
};
const FILE = 'content/corrections.yaml';
const entry = (id: string, date: string, charts = '[pinduoduo-vs-alibaba]') => `- id: ${id}
  date: "${date}"
  charts: ${charts}
  datasets: [pinduoduo-active-buyers]
  notes: []
  what: {zh: "由7.333亿更正为7.313亿。", en: "Corrected from 733.3 million to 731.3 million."}
  why: {zh: "原数字来自机器翻译页面。", en: "The old figure came from a machine translation."}
`;

describe('the corrections log', () => {
  it('reads entries, newest first', () => {
    const list = parseCorrections(entry('older', '2026-11-29') + entry('newer', '2026-11-30'), FILE, known);
    expect(list.map((c) => c.id)).toEqual(['newer', 'older']);
  });

  it('fails at the line of the id when it names a chart that does not exist', () => {
    const text = entry('first', '2026-11-30') + entry('typo', '2026-11-30', '[pinduoduo-vs-alibab]');
    const line = text.split('\n').indexOf('  charts: [pinduoduo-vs-alibab]') + 1;
    expect(() => parseCorrections(text, FILE, known)).toThrow(`${FILE}:${line}: "typo": charts: unknown id "pinduoduo-vs-alibab". Use one of: pinduoduo-vs-alibaba, wechat-mau.`);
  });

  it('fails when an entry lacks its English "why" or has a bad date', () => {
    expect(() => parseCorrections(entry('x', '2026-11-30').replace(', en: "The old figure came from a machine translation."', ''), FILE, known)).toThrow(`${FILE}:7: "x": why.en:`);
    expect(() => parseCorrections(entry('x', '2026-02-30'), FILE, known)).toThrow(`${FILE}:2: "x": date: is not a real calendar date`);
  });

  it('marks the charts it names, and only those', () => {
    const list = parseCorrections(entry('pdd', '2026-11-30'), FILE, known);
    expect(correctionsOfChart(list, 'pinduoduo-vs-alibaba')).toHaveLength(1);
    expect(correctionsOfChart(list, 'wechat-mau')).toHaveLength(0);
  });

  it('puts a # Corrected line in the CSV header of the datasets it names', () => {
    const dataset = { id: 'pinduoduo-active-buyers', title: { zh: '拼多多', en: 'Pinduoduo' }, description: { zh: '买家', en: 'Buyers' }, unit: 'accounts', series: { buyers: { zh: '买家', en: 'Buyers' } }, sources: {}, rows: [], csv: '' } as unknown as Dataset;
    const list = parseCorrections(entry('pdd', '2026-11-30'), FILE, known);
    const csv = csvWithHeader(dataset, 'date,series,value,source,estimate,note\n', 'https://kaimen.example/data/pinduoduo-active-buyers.csv', list);
    expect(csv).toContain('# Corrected 2026-11-30: Corrected from 733.3 million to 731.3 million. Why: The old figure came from a machine translation. (https://kaimen.example/en/#corrections)\n');
    expect(csvWithHeader({ ...dataset, id: 'wechat-mau' }, '', 'https://kaimen.example/data/wechat-mau.csv', list)).not.toContain('Corrected');
  });
});
