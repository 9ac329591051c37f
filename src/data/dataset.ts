import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { datasetMetaSchema, type Dataset, type DataRow } from '../schemas/dataset.ts';
import { isCalendarDate } from '../schemas/common.ts';
import { parseCsv } from './csv.ts';
import { parseLocatedYaml, type LocatedYaml } from './yaml.ts';
import { issueMessage } from './issue-message.ts';
import { thousandsHint } from './checks/csv-hints.ts';
import { checkDatasetPlausibility } from './checks/dataset-plausibility.ts';
import { datasetTruthProblems } from '../truth/dataset-checks.ts';

/** The CSV header every dataset has, in this order. */
export const CSV_COLUMNS = ['date', 'series', 'value', 'source', 'estimate', 'note'] as const;

/** A problem in a content file, reported as `file:line: problem` (the build prints the message). */
export class ContentError extends Error {
  override name = 'ContentError';
}

/** The first zod issue of a failed parse, as `file:line: path: message`. */
export function zodProblem(yaml: LocatedYaml, error: z.ZodError): ContentError {
  const issue = error.issues[0]!;
  const path = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return new ContentError(`${yaml.file}:${yaml.lineOf(issue.path)}: ${path}${issueMessage(issue)}`);
}

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Inputs of one dataset: repository paths (for messages) and file contents. */
export interface DatasetFiles {
  id: string;
  csvFile: string;
  csvText: string;
  yamlFile: string;
  yamlText: string;
}

/**
 * Validates one dataset and returns it typed. Throws a ContentError naming the file and line:
 * a missing column, a malformed row, a non-numeric value, a bad, duplicated or out-of-order date
 * within a series, an unknown series or source id, metadata without sources or a source without url,
 * and a figure its source does not say (see src/truth/dataset-checks.ts).
 */
export function validateDataset(files: DatasetFiles): Dataset {
  const yaml = parseLocatedYaml(files.yamlFile, files.yamlText);
  const parsed = datasetMetaSchema.safeParse(yaml.value ?? {});
  if (!parsed.success) throw zodProblem(yaml, parsed.error);
  const meta = parsed.data;
  const rows = validateRows(files.csvFile, files.csvText, meta);
  checkDatasetPlausibility({ ...meta, rows, csv: files.csvFile });
  const problems = datasetTruthProblems({ meta, rows, csvFile: files.csvFile, yaml });
  if (problems.length) throw new ContentError(problems.join('\n'));
  return { id: files.id, ...meta, rows, csv: files.csvFile };
}

function validateRows(file: string, text: string, meta: z.infer<typeof datasetMetaSchema>): DataRow[] {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    throw new ContentError(`${file}:${(error as Error).message}`);
  }
  const [header, ...body] = records;
  if (!header) throw new ContentError(`${file}:1: the file is empty (expected the header ${CSV_COLUMNS.join(',')})`);
  const names = header.fields.map((name) => name.trim());
  const missing = CSV_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length) throw new ContentError(`${file}:${header.line}: missing column ${missing.map((c) => `"${c}"`).join(', ')} (the header must be ${CSV_COLUMNS.join(',')})`);
  const unknown = names.filter((name) => !(CSV_COLUMNS as readonly string[]).includes(name));
  if (unknown.length) throw new ContentError(`${file}:${header.line}: unknown column "${unknown[0]}" (the header must be ${CSV_COLUMNS.join(',')})`);
  const index = Object.fromEntries(CSV_COLUMNS.map((column) => [column, names.indexOf(column)])) as Record<(typeof CSV_COLUMNS)[number], number>;

  const lastDate = new Map<string, string>();
  const seen = new Set<string>();
  return body.map(({ line, fields }) => {
    const at = `${file}:${line}`;
    if (fields.length !== names.length) throw new ContentError(`${at}: expected ${names.length} fields, found ${fields.length}${thousandsHint(fields, index.value)}`);
    const cell = (column: (typeof CSV_COLUMNS)[number]) => fields[index[column]]!.trim();
    const [date, series, value, source, estimate] = (['date', 'series', 'value', 'source', 'estimate'] as const).map(cell) as [string, string, string, string, string];
    if (!isCalendarDate(date)) throw new ContentError(`${at}: date "${date}" is not a calendar date written YYYY-MM-DD`);
    if (!(series in meta.series)) throw new ContentError(`${at}: series "${series}" is not declared in the dataset's YAML (declared: ${Object.keys(meta.series).join(', ')})`);
    if (!NUMBER.test(value)) throw new ContentError(`${at}: value "${value}" is not a number (write base units without separators or units, e.g. 618000000)`);
    if (!Number.isFinite(Number(value))) throw new ContentError(`${at}: value "${value}" is not a finite number. Write the figure in base units, e.g. 618000000.`);
    if (!(source in meta.sources)) throw new ContentError(`${at}: source "${source}" is not defined in the dataset's YAML sources (defined: ${Object.keys(meta.sources).join(', ')})`);
    if (estimate !== 'true' && estimate !== 'false') throw new ContentError(`${at}: estimate must be true or false, not "${estimate}"`);
    const key = `${series} ${date}`;
    if (seen.has(key)) throw new ContentError(`${at}: duplicate date ${date} in series "${series}"`);
    const previous = lastDate.get(series);
    if (previous && previous > date) throw new ContentError(`${at}: date ${date} is out of order in series "${series}" (it comes after ${previous})`);
    seen.add(key);
    lastDate.set(series, date);
    return { date, series, value: Number(value), source, estimate: estimate === 'true', note: cell('note'), line };
  });
}

/** Reads and validates `<dir>/<id>.csv` + `<id>.yaml`; paths in messages are relative to `root`. */
export function readDataset(dir: string, id: string, root = process.cwd()): Dataset {
  return validateDataset(datasetFiles(dir, id, root));
}

function datasetFiles(dir: string, id: string, root: string): DatasetFiles {
  const csvPath = join(dir, `${id}.csv`);
  const yamlPath = join(dir, `${id}.yaml`);
  const csvFile = relative(root, csvPath);
  const yamlFile = relative(root, yamlPath);
  if (!existsSync(yamlPath)) throw new ContentError(`${csvFile}:1: no metadata file ${yamlFile} beside it (title, unit, series, sources)`);
  if (!existsSync(csvPath)) throw new ContentError(`${yamlFile}:1: no data file ${csvFile} beside it`);
  return { id, csvFile, csvText: readFileSync(csvPath, 'utf8'), yamlFile, yamlText: readFileSync(yamlPath, 'utf8') };
}

/**
 * The last folder read, by its files' contents: the datasets and the charts loaders both need the
 * datasets, and a build validates them once (a changed file in dev is read and validated again).
 */
let lastRead: { key: string; datasets: Map<string, Dataset> } | undefined;

/** Every dataset in a folder (a CSV or YAML file without its partner fails). */
export function readDatasets(dir: string, root = process.cwd()): Map<string, Dataset> {
  const ids = new Set(
    readdirSync(dir)
      .filter((name) => /\.(csv|yaml)$/.test(name))
      .map((name) => basename(name).replace(/\.(csv|yaml)$/, '')),
  );
  const files = [...ids].sort().map((id) => datasetFiles(dir, id, root));
  const key = JSON.stringify(files);
  if (lastRead?.key !== key) lastRead = { key, datasets: new Map(files.map((f) => [f.id, validateDataset(f)])) };
  return lastRead.datasets;
}
