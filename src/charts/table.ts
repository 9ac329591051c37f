/**
 * What a chart's frame prints beside the SVG: the data table (one row per plotted value, with
 * how derived values were computed) and the numbered list of sources those rows cite.
 */
import type { Locale } from '../i18n/index.ts';
import type { Dataset, Source } from '../schemas/dataset.ts';
import type { ChartPoint, RowRef } from './data.ts';
import { formatValue } from './format.ts';
import { plottedData, type ChartWithId } from './render.ts';
import { langOf, formatDate, useTranslations, type Lang } from '../i18n/index.ts';

export interface TableRow {
  date: string;
  series: string;
  value: string;
  estimate: boolean;
  derived: boolean;
  /** The row's note, or how the value was computed from rows. */
  note: string;
  /** The note's language: a computed value's formula is in the page's; a CSV note is in English. */
  noteLang: Lang;
  /** Numbers of the sources (1-based, into `sources`). */
  sources: number[];
}

export interface NumberedSource extends Source {
  n: number;
  /** Source id within its dataset. */
  id: string;
  dataset: string;
}

/** The element id of a chart's source `n` in its list: `<chart>-src-<n>` (one list per chart on a page). */
export function chartSourceId(chart: string, n: number): string {
  return `${chart}-src-${n}`;
}

/** The element id of a chart's list of sources on the sources page: `chart-<chart>-sources`. */
export function chartSourcesId(chart: string): string {
  return `chart-${chart}-sources`;
}

export interface ChartTable {
  rows: TableRow[];
  sources: NumberedSource[];
  /** Datasets the chart reads (for the CSV download links). */
  datasets: string[];
}

function describe(point: ChartPoint, datasets: ReadonlyMap<string, Dataset>, locale: Locale): string {
  const input = ({ dataset, row }: RowRef) => `${formatValue(row.value, datasets.get(dataset)!.unit, locale)} (${formatDate(row.date, locale, { precision: 'month', style: 'short' })})`;
  const [a, b, c] = point.inputs.map(input);
  const formula =
    point.operation === 'change' ? `${a} − ${b}`
    : point.operation === 'percent-change' ? `${a} ÷ ${b} − 1`
    : point.operation === 'index' ? (b ? `${a} ÷ ${b} × 100` : `${a} = 100`)
    : c ? `${a} ÷ (${b} − ${c})`
    : `${a} ÷ ${b}`;
  const t = useTranslations(locale);
  return t('chart.computed', { formula }) + (point.estimate ? t('chart.usesEstimate') : '');
}

/** The table and sources of a chart in one language. */
export function chartTable(chart: ChartWithId, datasets: ReadonlyMap<string, Dataset>, locale: Locale): ChartTable {
  const lang = langOf(locale);
  const sources: NumberedSource[] = [];
  const numberOf = ({ dataset, row }: RowRef) => {
    const found = sources.find((s) => s.dataset === dataset && s.id === row.source);
    if (found) return found.n;
    const source = datasets.get(dataset)!.sources[row.source]!;
    sources.push({ ...source, id: row.source, n: sources.length + 1, dataset });
    return sources.length;
  };
  const rows = plottedData(chart, datasets).flatMap((series) =>
    series.points.map((point) => {
      const derived = point.operation !== undefined;
      const signed = point.operation === 'change' || point.operation === 'percent-change';
      return {
        date: formatDate(point.date, locale, { precision: chart.x.precision, style: 'short' }),
        series: series.label[lang],
        value: formatValue(point.value, series.unit, locale, { signed }),
        estimate: point.estimate,
        derived,
        note: derived ? describe(point, datasets, locale) : point.inputs[0]!.row.note,
        noteLang: derived ? lang : 'en',
        sources: [...new Set(point.inputs.map(numberOf))],
      };
    }),
  );
  const used = chart.series.flatMap((s) => [s.dataset, ...(s.derive?.type === 'ratio' ? [s.derive.denominator.dataset] : [])]);
  return { rows, sources, datasets: [...new Set(used)] };
}
