/**
 * From a chart spec and the datasets to the values a chart plots. Derived values (changes,
 * indices, ratios) are computed here from CSV rows and keep those rows as `inputs`, so every
 * plotted number traces to rows with sources.
 */
import type { ChartSeries, ChartSpec, Derive } from '../schemas/chart.ts';
import type { Bilingual, Dataset, DataRow } from '../schemas/dataset.ts';
import type { ValueUnit } from './format.ts';

/** A CSV row and the dataset it belongs to. */
export interface RowRef {
  dataset: string;
  row: DataRow;
}

/** How a derived value was computed from its inputs. */
export type Operation = 'change' | 'percent-change' | 'index' | 'ratio';

/** One plotted value. */
export interface ChartPoint {
  date: string;
  value: number;
  /** True when the row, or any input of a derived value, is an estimate. */
  estimate: boolean;
  /** How it was computed; undefined for a value read straight from a row. */
  operation?: Operation;
  /** The rows it comes from: one for a plain value; for a change, [later, earlier]; for a ratio, numerator first. */
  inputs: RowRef[];
}

/** One plotted series with its values. */
export interface SeriesData {
  label: Bilingual;
  /** Palette colour 1–6. */
  color: number;
  unit: ValueUnit;
  points: ChartPoint[];
}

/** A problem with a chart spec, at a path inside the spec (the loader turns the path into a line). */
export class ChartSpecError extends Error {
  constructor(
    readonly path: (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

/** The month `months` before a date, as `YYYY-MM` (end-of-period dates compare by month). */
function monthsBefore(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) - months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

function rowsOf(ref: { dataset: string; series: string }, datasets: ReadonlyMap<string, Dataset>, path: (string | number)[]) {
  const dataset = datasets.get(ref.dataset);
  if (!dataset) throw new ChartSpecError([...path, 'dataset'], `unknown dataset "${ref.dataset}" (known: ${[...datasets.keys()].join(', ')})`);
  if (!(ref.series in dataset.series)) {
    throw new ChartSpecError([...path, 'series'], `unknown series "${ref.series}" in dataset "${ref.dataset}" (known: ${Object.keys(dataset.series).join(', ')})`);
  }
  const points: ChartPoint[] = dataset.rows
    .filter((row) => row.series === ref.series)
    .map((row) => ({ date: row.date, value: row.value, estimate: row.estimate, inputs: [{ dataset: dataset.id, row }] }));
  return { dataset, points };
}

function change(points: ChartPoint[], months: number, percent: boolean): ChartPoint[] {
  const byMonth = new Map(points.map((point) => [point.date.slice(0, 7), point]));
  return points.flatMap((point) => {
    const earlier = byMonth.get(monthsBefore(point.date, months));
    if (!earlier || (percent && earlier.value === 0)) return [];
    const value = percent ? (point.value / earlier.value - 1) * 100 : point.value - earlier.value;
    return [{ date: point.date, value, estimate: point.estimate || earlier.estimate, operation: percent ? 'percent-change' : 'change', inputs: [...point.inputs, ...earlier.inputs] } satisfies ChartPoint];
  });
}

function derive(points: ChartPoint[], rule: Derive, datasets: ReadonlyMap<string, Dataset>, path: (string | number)[]): ChartPoint[] {
  switch (rule.type) {
    case 'change':
    case 'percent-change':
      return change(points, rule.months, rule.type === 'percent-change');
    case 'index': {
      const base = points.find((point) => point.date === rule.base);
      if (!base || base.value === 0) throw new ChartSpecError([...path, 'base'], `index base ${rule.base} is not a (non-zero) row of this series`);
      return points.map((point) => ({ date: point.date, value: (point.value / base.value) * 100, estimate: point.estimate || base.estimate, operation: 'index', inputs: point.date === base.date ? point.inputs : [...point.inputs, ...base.inputs] }));
    }
    case 'ratio': {
      const denominatorPath = [...path, 'denominator'];
      let divisors = rowsOf(rule.denominator, datasets, denominatorPath).points;
      if (rule.denominator.derive) divisors = derive(divisors, rule.denominator.derive, datasets, [...denominatorPath, 'derive']);
      const byDate = new Map(divisors.map((point) => [point.date, point]));
      return points.flatMap((point) => {
        const divisor = byDate.get(point.date);
        if (!divisor || divisor.value === 0) return [];
        return [{ date: point.date, value: point.value / divisor.value, estimate: point.estimate || divisor.estimate, operation: 'ratio', inputs: [...point.inputs, ...divisor.inputs] } satisfies ChartPoint];
      });
    }
  }
}

/** The unit of a derived series, from the unit of its rows. */
function derivedUnit(unit: ValueUnit, rule: Derive | undefined, denominatorUnit?: ValueUnit): ValueUnit {
  if (!rule) return unit;
  if (rule.type === 'percent-change') return 'percent';
  if (rule.type === 'index') return 'index';
  if (rule.type === 'ratio') return unit === 'cny' ? 'cny' : denominatorUnit === unit ? 'index' : unit;
  return unit;
}

/**
 * The values of each series of a chart, filtered to the spec's `x.from`/`x.to` after deriving.
 * Throws ChartSpecError for an unknown dataset or series, a missing index base, a series with
 * no values, or series in different units.
 */
export function chartData(spec: Pick<ChartSpec, 'series' | 'x' | 'y'>, datasets: ReadonlyMap<string, Dataset>): SeriesData[] {
  const result = spec.series.map((entry: ChartSeries, index) => {
    const path = ['series', index];
    const { dataset, points } = rowsOf(entry, datasets, path);
    const derived = entry.derive ? derive(points, entry.derive, datasets, [...path, 'derive']) : points;
    const inRange = derived.filter(
      (point) => (!spec.x.from || point.date >= spec.x.from) && (!spec.x.to || point.date <= spec.x.to) && (!spec.x.monthDay || point.date.endsWith(`-${spec.x.monthDay}`)),
    );
    if (inRange.length === 0) throw new ChartSpecError(path, `series "${entry.series}" of "${entry.dataset}" has no values in the chart's range`);
    const denominatorUnit = entry.derive?.type === 'ratio' ? datasets.get(entry.derive.denominator.dataset)?.unit : undefined;
    return {
      label: entry.label ?? dataset.series[entry.series]!,
      color: entry.color ?? index + 1,
      unit: spec.y.unit ?? derivedUnit(dataset.unit, entry.derive, denominatorUnit),
      points: inRange,
    };
  });
  // People, accounts and devices are all counts and share an axis; yuan, percent and indices do not.
  const family = (unit: ValueUnit) => (unit === 'people' || unit === 'accounts' || unit === 'devices' ? 'count' : unit);
  const units = new Set(result.map((series) => family(series.unit)));
  if (units.size > 1) throw new ChartSpecError(['series'], `series are in different units (${result.map((s) => s.unit).join(', ')}): derive an index or set y.unit`);
  return result;
}
