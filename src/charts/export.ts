/** Standalone files of a chart: the SVG export (also rasterised to PNG, and reused for social images). */
import { useTranslations, type Locale, langOf, storyPath } from '../i18n/index.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { ARTBOARDS } from './options.ts';
import { renderChart, type ChartWithId } from './render.ts';
import { chartSvg } from './svg.ts';

/** Export languages in file names (`/charts/<id>.zh.svg`) and the site locale each stands for. */
export const EXPORT_LANGS = { zh: 'zh-CN', en: 'en' } as const satisfies Record<string, Locale>;
export type ExportLang = keyof typeof EXPORT_LANGS;

/** The widest art-board, with title, dek, source and credit, colours inlined. */
export function standaloneChartSvg(chart: ChartWithId, datasets: ReadonlyMap<string, Dataset>, locale: Locale, site: URL | string): string {
  const lang = langOf(locale);
  const t = useTranslations(locale);
  const board = ARTBOARDS[ARTBOARDS.length - 1]!;
  const model = renderChart(chart, datasets, { width: board.width, locale });
  const source = chart.source?.[lang] ?? chart.series.map((s) => datasets.get(s.dataset)!.title[lang]).join('; ');
  const sourceLine = `${t('chart.source')}${source}`;
  return chartSvg(model, {
    caption: {
      title: chart.title[lang],
      dek: chart.dek[lang],
      source: model.hasEstimates ? joinSentences(sourceLine, t('chart.estimateNote'), locale) : sourceLine,
      credit: t('chart.credit', { url: new URL(storyPath(locale), site).href }),
    },
  });
}

/** Two sentences in one line: `…reprints). Hollow dots…`, `…转载）。空心点…`, never run together. */
export function joinSentences(first: string, second: string, locale: Locale): string {
  const ended = /[.!?。！？]$/.test(first.trim());
  if (locale === 'en') return `${first.trim()}${ended ? '' : '.'} ${second}`;
  return `${first.trim()}${ended ? '' : '。'}${second}`;
}
