import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { chartSpecSchema, type ChartSpec } from '../schemas/chart.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { chartData, ChartSpecError } from '../charts/data.ts';
import { ContentError, zodProblem } from './dataset.ts';
import { parseLocatedYaml } from './yaml-lines.ts';

/** A validated chart spec with its id (the file name). */
export type Chart = ChartSpec & { id: string };

/**
 * Validates `content/charts/<id>.yaml` against the schema and the datasets: an unknown type,
 * dataset or series, a missing index base or a series without values fails with `file:line: problem`.
 */
export function validateChartSpec(file: string, text: string, datasets: ReadonlyMap<string, Dataset>): Chart {
  const yaml = parseLocatedYaml(file, text);
  const parsed = chartSpecSchema.safeParse(yaml.value ?? {});
  if (!parsed.success) throw zodProblem(yaml, parsed.error);
  try {
    chartData(parsed.data, datasets);
  } catch (error) {
    if (error instanceof ChartSpecError) throw new ContentError(`${file}:${yaml.lineOf(error.path)}: ${error.message}`);
    throw error;
  }
  return { id: basename(file, '.yaml'), ...parsed.data };
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
