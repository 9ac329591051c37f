/** Standalone files of a chart: the SVG export (also rasterised to PNG, and reused for social images). */
import { useTranslations, type Lang, type Locale, langOf, storyPath } from '../i18n/index.ts';
import { widestArtboard, type ChartLocaleModel } from './chart-models.ts';
import { chartSvg } from './svg.ts';

/** Export languages in file names (`/charts/<id>.zh.svg`) and the site locale each stands for. */
export const EXPORT_LANGS = { zh: 'zh-CN', en: 'en' } as const satisfies Record<string, Locale>;
export type ExportLang = keyof typeof EXPORT_LANGS;

/** The widest art-board, with title, dek, source and credit, colours inlined. */
export function standaloneChartSvg(figure: ChartLocaleModel, site: URL | string): string {
  const { chart, locale } = figure;
  const lang = langOf(locale);
  const t = useTranslations(locale);
  const sourceLine = `${t('chart.source')}${figure.sourceLine}`;
  return chartSvg(widestArtboard(figure).model, {
    caption: {
      title: chart.title[lang],
      dek: chart.dek[lang],
      source: figure.hasEstimates ? joinSentences(sourceLine, t('chart.estimateNote'), locale) : sourceLine,
      credit: t('chart.credit', { url: new URL(storyPath(locale), site).href }),
    },
  });
}

/** How each language ends a sentence and starts the next. */
const SENTENCES: Record<Lang, { stop: string; between: string }> = { zh: { stop: '。', between: '' }, en: { stop: '.', between: ' ' } };

/** Two sentences in one line: `…reprints). Hollow dots…`, `…转载）。空心点…`, never run together. */
export function joinSentences(first: string, second: string, locale: Locale): string {
  const { stop, between } = SENTENCES[langOf(locale)];
  const ended = /[.!?。！？]$/.test(first.trim());
  return `${first.trim()}${ended ? '' : stop}${between}${second}`;
}
