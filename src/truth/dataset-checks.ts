/**
 * Checks that a dataset's sources say its figures: each row's figure is in its source's quote,
 * derived rows recompute from their formula, stated relations hold between rows, and no figure
 * rests on a source of tier `other` alone. Each problem is `file:line: problem. How to fix.`
 */
import type { DataRow, DatasetMeta } from '../schemas/dataset.ts';
import type { Relation, RowFacts } from '../schemas/truth.ts';
import type { LocatedYaml } from '../data/yaml.ts';
import { FormulaError, evaluateFormula, type FormulaInput } from './formula.ts';
import { numberCarrying, precisionOf, quoteUnits, roundsTo } from './numbers.ts';

/** How a figure is written in messages: 733300000 → "733,300,000". */
function show(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

/** The step a stated figure is taken to be rounded to: its last non-zero digit, at most 3 significant digits. */
export function statedStep(value: number): number {
  if (value === 0) return 1;
  const threeDigits = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 2);
  return Number.isInteger(value) ? Math.min(precisionOf(value), Math.max(1, threeDigits)) : precisionOf(value);
}

/** Decimals a percentage is written with: 36 → 0, 176.8 → 1. */
function decimalsOf(value: number): number {
  return (String(value).split('.')[1] ?? '').length;
}

function monthOf(date: string, monthsBack = 0): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) - monthsBack;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

interface Inputs {
  meta: Pick<DatasetMeta, 'series' | 'sources' | 'rows'>;
  rows: DataRow[];
  csvFile: string;
  yaml: LocatedYaml;
}

/** Every problem found, as `file:line: …` lines (empty when the dataset is consistent). */
export function datasetTruthProblems({ meta, rows, csvFile, yaml }: Inputs): string[] {
  const problems: string[] = [];
  const at = (path: (string | number)[]) => `${yaml.file}:${yaml.lineOf(path)}`;
  const onlySeries = Object.keys(meta.series).length === 1 ? Object.keys(meta.series)[0] : undefined;
  // A row by series and date; a date matches by month when no row has that exact day.
  const find = (series: string, date: string) =>
    rows.find((row) => row.series === series && row.date === date) ?? rows.find((row) => row.series === series && row.date.slice(0, 7) === date.slice(0, 7));

  const factsOf = new Map<DataRow, { facts: RowFacts; index: number }>();
  meta.rows.forEach((facts, index) => {
    const series = facts.series ?? onlySeries;
    if (!series) {
      problems.push(`${at(['rows', index])}: rows entry for ${facts.date} needs a series: (this dataset has ${Object.keys(meta.series).join(', ')}).`);
      return;
    }
    const row = rows.find((r) => r.series === series && r.date === facts.date);
    if (!row) {
      problems.push(`${at(['rows', index, 'date'])}: no CSV row dated ${facts.date} in series "${series}". Use the date of a row in ${csvFile}.`);
      return;
    }
    factsOf.set(row, { facts, index });
  });

  for (const row of rows) {
    const csvAt = `${csvFile}:${row.line}`;
    const entry = factsOf.get(row);
    const source = meta.sources[row.source]!;
    const sourceAt = at(['sources', row.source]);

    if (source.tier === 'other') {
      problems.push(`${csvAt}: the figure ${show(row.value)} rests only on source "${row.source}" (${sourceAt}), whose tier is other. Cite a primary or press source that says it.`);
    }

    if (entry?.facts.derived) {
      problems.push(...derivedProblems(row, entry.facts.derived.formula, ['rows', entry.index, 'derived', 'formula']));
    } else {
      const quotes = [source.quote, ...(source.quotes ?? [])].filter((q): q is string => Boolean(q));
      const carried = quotes.some(
        (quote) =>
          numberCarrying(quote, row.value, { rounded: entry?.facts.rounded, unit: source.quoteUnit }) ||
          // A table quote whose cells run together on the page ("805.7846.1"): the cell as text.
          (source.quoteUnit !== undefined && quote.includes(String(row.value / quoteUnits[source.quoteUnit]))),
      );
      if (!carried) {
        const how = quotes.length === 0 ? `source "${row.source}" (${sourceAt}) has no quote` : `no quote of source "${row.source}" (${sourceAt}) says it`;
        problems.push(
          `${csvAt}: the figure ${show(row.value)} is not in its source's words: ${how}. Add the exact words that give it to the source's quote or quotes, mark the row \`rounded: true\` under rows: if the source rounds it, or correct the figure.`,
        );
      }
    }
    entry?.facts.relations?.forEach((relation, index) => {
      const problem = relationProblem(row, relation);
      if (problem) problems.push(`${at(['rows', entry.index, 'relations', index])}: ${problem} (row ${csvAt}). Correct the figure or the relation.`);
    });
  }
  return problems;

  function derivedProblems(row: DataRow, formula: string, path: (string | number)[]): string[] {
    const where = at(path);
    if (!row.estimate) return [`${where}: the row ${csvFile}:${row.line} has a formula, so it is derived: set its estimate column to true.`];
    let computed: number;
    try {
      computed = evaluateFormula(formula, (input: FormulaInput) => {
        const series = input.series ?? row.series;
        if (!(series in meta.series)) throw new FormulaError(`formula names unknown series "${series}"`);
        const found = rows.find((r) => r.series === series && r.date === input.date);
        if (!found) throw new FormulaError(`formula reads value(${input.series ? `${series}, ` : ''}${input.date}), but series "${series}" has no row on that date`);
        return found.value;
      });
    } catch (error) {
      if (error instanceof FormulaError) return [`${where}: ${error.message}. Fix the formula.`];
      throw error;
    }
    const step = statedStep(row.value);
    if (!roundsTo(computed, row.value, step)) {
      return [`${where}: the formula gives ${show(computed)}, but the row ${csvFile}:${row.line} says ${show(row.value)} (allowed: ±${show(step / 2)}). Correct the value or the formula.`];
    }
    return [];
  }

  function relationProblem(row: DataRow, relation: Relation): string | undefined {
    // Rows and stated figures are rounded, so each is an interval (value ± half its step); a
    // relation holds when the interval the rows give overlaps the interval the source states.
    const half = (value: number) => statedStep(value) / 2;
    const overlaps = (low: number, high: number, stated: number, step: number, qualifier?: 'more-than' | 'less-than') =>
      qualifier === 'more-than' ? high > stated : qualifier === 'less-than' ? low < stated : high >= stated - step / 2 - 1e-9 && low <= stated + step / 2 + 1e-9;
    if (relation.kind === 'from') {
      const earlier = find(row.series, relation.date);
      if (!earlier) return `the source says "from ${show(relation.value)}" at ${relation.date}, but series "${row.series}" has no row then`;
      const step = relation.step ?? statedStep(relation.value);
      const h = half(earlier.value);
      return overlaps(earlier.value - h, earlier.value + h, relation.value, step) ? undefined : `the source gives ${show(relation.value)} for ${relation.date}, but the row ${csvFile}:${earlier.line} says ${show(earlier.value)}`;
    }
    const sinceDate = relation.kind === 'yoy' ? monthOf(row.date, 12) : relation.since;
    const earlier = relation.kind === 'yoy' ? rows.find((r) => r.series === row.series && r.date.slice(0, 7) === sinceDate) : find(row.series, sinceDate);
    if (!earlier) return `series "${row.series}" has no row at ${sinceDate} to compare with, so this ${relation.kind} cannot be checked; remove it or add the row`;
    const [h1, h0] = [half(row.value), half(earlier.value)];
    if (relation.kind === 'net-add') {
      const change = row.value - earlier.value;
      const holds = overlaps(change - h1 - h0, change + h1 + h0, relation.value, relation.step ?? statedStep(relation.value), relation.qualifier);
      return holds ? undefined : `the source states a net add of ${relation.qualifier ? `${relation.qualifier} ` : ''}${show(relation.value)} since ${earlier.date}, but the rows give ${show(change)}`;
    }
    const percent = (row.value / earlier.value - 1) * 100;
    const [low, high] = [((row.value - h1) / (earlier.value + h0) - 1) * 100, ((row.value + h1) / (earlier.value - h0) - 1) * 100];
    const decimals = relation.decimals ?? decimalsOf(relation.percent);
    const holds = overlaps(low, high, relation.percent, 10 ** -decimals, relation.qualifier);
    return holds
      ? undefined
      : `the source states ${relation.qualifier ? `${relation.qualifier} ` : ''}${relation.percent}% growth since ${earlier.date}, but ${show(row.value)} / ${show(earlier.value)} is ${percent >= 0 ? '+' : ''}${percent.toFixed(decimals + 1)}%, which rounds to ${percent.toFixed(decimals)}%`;
  }
}
