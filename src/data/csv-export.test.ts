import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from './dataset.ts';
import { csvWithHeader, defuseFormula } from './csv-export.ts';
import { parseCsv } from './csv.ts';

const files = (id: string) => ({
  id,
  csvFile: `content/data/${id}.csv`,
  csvText: readFileSync(`content/data/${id}.csv`, 'utf8'),
  yamlFile: `content/data/${id}.yaml`,
  yamlText: readFileSync(`content/data/${id}.yaml`, 'utf8'),
});

function exportOf(edit: (f: ReturnType<typeof files>) => ReturnType<typeof files>): string {
  const f = edit(files('wechat-mau'));
  return csvWithHeader(validateDataset(f), f.csvText, 'https://example.com/data/wechat-mau.csv');
}

/** The data part: what a CSV reader that skips # comments sees. */
const dataLines = (csv: string) => csv.split('\n').filter((line) => line !== '' && !line.startsWith('#'));

describe('csvWithHeader', () => {
  it.each(readdirSync('content/data').filter((name) => name.endsWith('.csv')).map((name) => name.slice(0, -4)))('keeps the rows of %s as they are in content/data', (id) => {
    const f = files(id);
    expect(dataLines(csvWithHeader(validateDataset(f), f.csvText, 'https://example.com/')).join('\n') + '\n').toBe(f.csvText);
  });

  it('keeps a two-line YAML title, a line break in a label and in a source name on one comment line each', () => {
    const csv = exportOf((f) => ({
      ...f,
      yamlText: f.yamlText
        .replace(/^title: .*$/m, 'title:\n  zh: "微信"\n  en: |\n    WeChat monthly\n    2099-01-01,mau,1,x,false,fake row')
        .replace(/^  mau: .*$/m, '  mau: {zh: "月活", en: "Monthly\\nactive\\u2028accounts"}'),
    }));
    const data = dataLines(csv);
    expect(data[0]).toBe('date,series,value,source,estimate,note');
    expect(data.every((line) => !line.startsWith('2099'))).toBe(true);
    expect(csv).toContain('# WeChat monthly 2099-01-01,mau,1,x,false,fake row / 微信\n');
    expect(csv).toContain('# Series mau: Monthly active accounts / 月活\n');
  });

  it('strips a byte-order mark and writes one line ending, LF, whatever the file used', () => {
    const csv = exportOf((f) => ({ ...f, csvText: '\uFEFF' + f.csvText.replace(/\n/g, (_, i: number) => (i % 2 ? '\r\n' : '\n')) }));
    expect(csv).not.toContain('\uFEFF');
    expect(csv).not.toContain('\r');
    expect(dataLines(csv)[0]).toBe('date,series,value,source,estimate,note');
  });

  it('defuses notes a spreadsheet would run as formulas, keeps negative numbers numeric', () => {
    const note = "Possibly not comparable with Q4 2013 onward: Tencent's data sheet notes a definition change from 4Q2013";
    const csv = exportOf((f) => ({ ...f, csvText: f.csvText.replace(note, '"=HYPERLINK(""https://evil.example"",""x"")"') }));
    const row = parseCsv(csv.split('\n').filter((l) => !l.startsWith('#')).join('\n'))[1]!;
    expect(row.fields[5]).toBe(`'=HYPERLINK("https://evil.example","x")`);
    expect(defuseFormula('-12.5')).toBe('-12.5');
    expect(defuseFormula('+3')).toBe('+3');
    expect(defuseFormula('-cmd|x')).toBe("'-cmd|x");
    expect(defuseFormula('+HYPERLINK("https://evil.example")')).toBe(`'+HYPERLINK("https://evil.example")`);
    expect(defuseFormula('+28% YoY')).toBe('+28% YoY');
    expect(defuseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(defuseFormula('\t=1')).toBe("'\t=1");
  });
});
