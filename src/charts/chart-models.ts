/**
 * One model per chart × locale, computed once per build and read by every output: the figure in
 * the story and on the embed page, the embed snippet's and oEmbed's height, the SVG and PNG
 * exports and the social images. Each art-board is rendered once here; nothing else renders.
 */
import { langOf, useTranslations, type Locale } from '../i18n/index.ts';
import type { Dataset } from '../schemas/dataset.ts';
import type { Correction } from '../schemas/truth.ts';
import { correctionsOfChart } from '../truth/corrections.ts';
import { embedHeight } from '../embed/height.ts';
import type { ChartModel } from './model.ts';
import { ARTBOARDS, type Artboard } from './options.ts';
import { renderChart, type ChartWithId } from './render.ts';
import { chartTable, type ChartTable } from './table.ts';

export interface ArtboardModel {
  board: Artboard;
  model: ChartModel;
}

/** Everything printed about one chart in one language. */
export interface ChartLocaleModel {
  chart: ChartWithId;
  locale: Locale;
  /** The chart drawn at each art-board of options.ts, smallest first. */
  artboards: ArtboardModel[];
  /** The data table and the numbered sources it cites. */
  table: ChartTable;
  /** Who the figures come from: the spec's `source`, else the titles of the datasets read. */
  sourceLine: string;
  /** The notes under the chart: the estimate note when a mark is an estimate, then the spec's. */
  notes: string[];
  hasEstimates: boolean;
  /** True when content/corrections.yaml names the chart: its frame then shows a "Corrected" line. */
  corrected: boolean;
  /** The embed page's height in px at 600 px wide (the snippet's and oEmbed's height). */
  embedHeight: number;
}

/** The model before its embed height, which is estimated from the rest. */
export type ChartFrameModel = Omit<ChartLocaleModel, 'embedHeight'>;

export interface ChartModels {
  /** Every chart, in the order of the collection. */
  charts: readonly ChartWithId[];
  datasets: ReadonlyMap<string, Dataset>;
  /** The model of one chart in one language, computed on first use and kept. */
  get(id: string, locale: Locale): ChartLocaleModel;
}

function frameModel(chart: ChartWithId, datasets: ReadonlyMap<string, Dataset>, corrections: readonly Correction[], locale: Locale): ChartFrameModel {
  const lang = langOf(locale);
  const t = useTranslations(locale);
  const artboards = ARTBOARDS.map((board) => ({ board, model: renderChart(chart, datasets, { width: board.width, locale }) }));
  const table = chartTable(chart, datasets, locale);
  const sourceLine = chart.source?.[lang] ?? table.datasets.map((d) => datasets.get(d)!.title[lang]).join(t('punct.semicolon'));
  const hasEstimates = artboards.some(({ model }) => model.hasEstimates);
  const notes = [...(hasEstimates ? [t('chart.estimateNote')] : []), ...chart.notes.map((note) => note[lang])];
  const corrected = correctionsOfChart(corrections, chart.id).length > 0;
  return { chart, locale, artboards, table, sourceLine, notes, hasEstimates, corrected };
}

/** The models of a build's charts over one parsed map of datasets and the corrections log, each computed on first use. */
export function createChartModels(charts: readonly ChartWithId[], datasets: ReadonlyMap<string, Dataset>, corrections: readonly Correction[]): ChartModels {
  const byId = new Map(charts.map((chart) => [chart.id, chart]));
  const memo = new Map<string, ChartLocaleModel>();
  return {
    charts,
    datasets,
    get(id, locale) {
      const key = `${id} ${locale}`;
      let model = memo.get(key);
      if (!model) {
        const chart = byId.get(id);
        if (!chart) throw new Error(`no chart "${id}" (expected content/charts/${id}.yaml)`);
        const frame = frameModel(chart, datasets, corrections, locale);
        model = { ...frame, embedHeight: embedHeight(frame) };
        memo.set(key, model);
      }
      return model;
    },
  };
}

/** The widest art-board's model: the one the standalone SVG, PNG and social image show. */
export function widestArtboard(model: Pick<ChartLocaleModel, 'artboards'>): ArtboardModel {
  return model.artboards[model.artboards.length - 1]!;
}
