import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDataset, readDatasets } from './dataset.ts';
import { readCharts, validateChartSpec } from './charts.ts';

const datasets = new Map([['x', readDataset(join(process.cwd(), 'tests/fixtures/data/good'), 'x')]]);
const check = (name: string) => {
  const file = `tests/fixtures/charts/${name}.yaml`;
  return () => validateChartSpec(file, readFileSync(file, 'utf8'), datasets);
};

describe('chart specs', () => {
  test('a valid spec gets its defaults and its id', () => {
    const chart = check('good')();
    expect(chart.id).toBe('good');
    expect(chart.y.min).toBe(0);
    expect(chart.x.precision).toBe('month');
    expect(chart.notes).toEqual([]);
  });

  test('an unknown dataset fails naming the chart file and line', () => {
    expect(check('unknown-dataset')).toThrow(/^tests\/fixtures\/charts\/unknown-dataset\.yaml:6: unknown dataset "y" \(known: x\)/);
  });

  test('an unknown series fails naming the chart file and line', () => {
    expect(check('unknown-series')).toThrow(/^tests\/fixtures\/charts\/unknown-series\.yaml:9: unknown series "sellers" in dataset "x" \(known: users, buyers\)/);
  });

  test('an unknown chart type fails at its line', () => {
    expect(check('bad-type')).toThrow(/^tests\/fixtures\/charts\/bad-type\.yaml:1: type: /);
  });

  test('a chart without alt text fails', () => {
    expect(check('missing-alt')).toThrow(/^tests\/fixtures\/charts\/missing-alt\.yaml:\d+: alt: /);
  });

  test('an index base that is not a row fails at the base line', () => {
    expect(check('bad-index-base')).toThrow(/^tests\/fixtures\/charts\/bad-index-base\.yaml:10: index base 2015-12-31/);
  });

  test('a problem only the chart type knows fails at the line of the entry', () => {
    expect(check('bar-two-series')).toThrow(/^tests\/fixtures\/charts\/bar-two-series\.yaml:8: a bar chart draws one series, not 2/);
    expect(check('slope-annotated')).toThrow(/^tests\/fixtures\/charts\/slope-annotated\.yaml:11: a slope chart has no time axis to put annotations on/);
  });

  test('every chart in content/charts is valid against content/data', () => {
    const charts = readCharts(join(process.cwd(), 'content/charts'), readDatasets(join(process.cwd(), 'content/data')));
    expect(charts.size).toBeGreaterThanOrEqual(5);
  });
});

describe('<Chart id="…" /> in the story', () => {
  test('an unknown chart id fails naming the MDX file and line; known ids pass', async () => {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { default: remarkMdx } = await import('remark-mdx');
    const { VFile } = await import('vfile');
    const { remarkCheckReferences } = await import('../markdown/remark-check-references.ts');
    const { referenceRules } = await import('../markdown/references.ts');
    const run = async (mdx: string) => {
      const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCheckReferences, referenceRules);
      const file = new VFile({ path: 'content/story/en.mdx', value: mdx });
      await processor.run(processor.parse(file), file);
    };
    await expect(run('Text.\n\n<Chart id="wechat-mau" />\n')).resolves.toBeUndefined();
    await expect(run('Text.\n\n<Chart id="wechat-mua" />\n')).rejects.toThrow(/^content\/story\/en\.mdx:3:1: <Chart id="wechat-mua">: no such id in content\/charts\//);
  });
});
