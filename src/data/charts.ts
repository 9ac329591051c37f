import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { chartSpecSchema, type ChartSpec } from '../schemas/chart.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { ChartSpecError } from '../charts/data.ts';
import { renderChart } from '../charts/render.ts';
import type { ChartModel } from '../charts/model.ts';
import { ARTBOARDS } from '../charts/options.ts';
import { ContentError, zodProblem } from './dataset.ts';
import { parseLocatedYaml } from './yaml.ts';
import { checkChartPlausibility } from './checks/chart-plausibility.ts';
import { chartTruthProblems } from '../truth/chart-checks.ts';

/** A validated chart spec with its id (the file name). */
export type Chart = ChartSpec & { id: string };

/**
 * Validates `content/charts/<id>.yaml` against the schema and the datasets: an unknown type,
 * dataset or series, a missing index base or a series without values fails with `file:line: problem`,
 * and so do words that disagree with the data (src/truth/chart-checks.ts).
 */
export function validateChartSpec(file: string, text: string, datasets: ReadonlyMap<string, Dataset>): Chart {
  const yaml = parseLocatedYaml(file, text);
  const parsed = chartSpecSchema.safeParse(yaml.value ?? {});
  if (!parsed.success) throw zodProblem(yaml, parsed.error);
  const chart = { id: basename(file, '.yaml'), ...parsed.data };
  let models: ChartModel[] = [];
  try {
    // Drawing it catches what only a chart type knows (e.g. a bar chart takes one series); the
    // drawings at the smallest board also show whether its labels fit (plausibility).
    models = (['zh-CN', 'en'] as const).map((locale) => renderChart(chart, datasets, { width: ARTBOARDS[0].width, locale }));
  } catch (error) {
    if (error instanceof ChartSpecError) throw new ContentError(`${file}:${yaml.lineOf(error.path)}: ${error.message}`);
    const option = /^invalid (\w+)/.exec((error as Error).message)?.[1];
    if (option) throw new ContentError(`${file}:${yaml.lineOf([option])}: ${(error as Error).message}`);
    throw error;
  }
  checkChartPlausibility(chart, datasets, yaml, models);
  const problems = chartTruthProblems(chart, datasets);
  if (problems.length) throw new ContentError(problems.map((p) => `${file}:${yaml.lineOf(p.path)}: ${p.message}`).join('\n'));
  return chart;
}

/** Every chart spec in a folder, validated against the datasets. */
export function readCharts(dir: string, datasets: ReadonlyMap<string, Dataset>, root = process.cwd()): Map<string, Chart> {
  const files = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
  return new Map(
    files.map((name) => {
      const chart = validateChartSpec(relative(root, join(dir, name)), readFileSync(join(dir, name), 'utf8'), datasets);
      return [chart.id, chart];
    }),
  );
}
