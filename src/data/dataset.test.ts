import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDataset, readDatasets } from './dataset.ts';

const fixtures = join(process.cwd(), 'tests/fixtures/data');
const read = (name: string) => readDataset(join(fixtures, name), 'x');
const at = (name: string, file: 'csv' | 'yaml', line: number) => `tests/fixtures/data/${name}/x.${file}:${line}: `;

describe('a valid dataset', () => {
  test('is returned typed, with line numbers, numbers, booleans and quoted notes', () => {
    const dataset = read('good');
    expect(dataset.unit).toBe('people');
    expect(dataset.rows).toHaveLength(4);
    expect(dataset.rows[1]).toEqual({ date: '2020-12-31', series: 'users', value: 150000000, source: 'src-a', estimate: false, note: 'A note, with a comma', line: 3 });
    expect(dataset.rows[2]!.estimate).toBe(true);
    expect(dataset.sources['src-b']!.url).toBe('http://example.org/b');
  });

  test('every dataset in content/data passes', () => {
    const datasets = readDatasets(join(process.cwd(), 'content/data'));
    expect(datasets.size).toBeGreaterThanOrEqual(9);
    for (const dataset of datasets.values()) expect(dataset.rows.length).toBeGreaterThan(0);
  });

  test('a folder is validated once while its files are unchanged, and again when one changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaimen-datasets-'));
    try {
      cpSync(join(fixtures, 'good'), dir, { recursive: true });
      const first = readDatasets(dir);
      expect(readDatasets(dir)).toBe(first);
      const csv = join(dir, 'x.csv');
      writeFileSync(csv, readFileSync(csv, 'utf8').replace('A note, with a comma', 'A changed note'));
      const changed = readDatasets(dir);
      expect(changed).not.toBe(first);
      expect(changed.get('x')!.rows[1]!.note).toBe('A changed note');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bad data fails naming the file, the line and the problem', () => {
  const cases: [string, 'csv' | 'yaml', number, RegExp][] = [
    ['non-numeric', 'csv', 3, /value "1\.5亿" is not a number/],
    ['bad-date', 'csv', 4, /date "2021-02-30" is not a calendar date/],
    ['duplicate-date', 'csv', 4, /duplicate date 2020-12-31 in series "users"/],
    ['out-of-order', 'csv', 4, /date 2018-12-31 is out of order in series "users" \(it comes after 2020-12-31\)/],
    ['missing-column', 'csv', 1, /missing column "source"/],
    ['short-row', 'csv', 5, /expected 6 fields, found 4/],
    ['unknown-source', 'csv', 4, /source "src-c" is not defined/],
    ['unknown-series', 'csv', 5, /series "sellers" is not declared/],
    ['no-sources', 'yaml', 1, /a dataset needs sources/],
    ['source-without-url', 'yaml', 14, /sources\.src-b\.url: every source needs a url/],
    ['missing-yaml', 'csv', 1, /no metadata file/],
  ];
  for (const [name, file, line, problem] of cases) {
    test(name, () => {
      let message = '';
      try {
        read(name);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message.startsWith(at(name, file, line)), message).toBe(true);
      expect(message).toMatch(problem);
    });
  }
});
