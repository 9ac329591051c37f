/**
 * The snippet's initial iframe height: the embed page's height at 600 px wide, so that without
 * /embed.js the iframe still shows the whole chart. It is the SVG's height at 600 px
 * (chartSvgHeightAt600) plus the frame around it, estimated from its text; the e2e test
 * (tests/e2e/embed.spec.ts) loads every embed page at 600 px and checks the estimate is no
 * less than the real height and not much more.
 */
import { useTranslations, type Locale, langOf } from '../i18n/index.ts';
import { chartSvgHeightAt600, renderChart, type ChartWithId } from '../charts/render.ts';
import { chartTable } from '../charts/table.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { chartIsCorrected } from '../truth/corrections.ts';

/**
 * Fixed parts of the frame at 600 px, in px (padding, table summary, downloads, footer), with
 * a little slack for the text estimates (the SVG's height is exact: it does not scale).
 */
export const FRAME_FIXED = 226;
/** Line heights (px) and characters per line at 600 px for the frame's text blocks. */
const TITLE_LINE = 24;
const TEXT_LINE = 22;


function lines(text: string, cjk: boolean, perLine: number): number {
  const units = [...text].reduce((n, c) => n + (cjk && /[^\x00-\x7f]/.test(c) ? 2 : 1), 0);
  return Math.max(1, Math.ceil(units / perLine));
}

export function embedHeight(chart: ChartWithId, datasets: ReadonlyMap<string, Dataset>, locale: Locale): number {
  const lang = langOf(locale);
  const cjk = lang === 'zh';
  const svg = chartSvgHeightAt600(chart, datasets, locale);
  const head = lines(chart.title[lang], cjk, 62) * TITLE_LINE + lines(chart.dek[lang], cjk, 74) * TEXT_LINE + 16;
  const table = chartTable(chart, datasets, locale);
  // The source line, then (up to four) the sources one per item, each with its access date.
  const sourceLine = chart.source?.[lang] ?? table.datasets.map((d) => datasets.get(d)?.title[lang] ?? d).join('; ');
  const sources =
    lines(sourceLine, cjk, 78) * TEXT_LINE +
    (table.sources.length <= 4 ? table.sources.reduce((n, s) => n + lines(`${s.name} · primary source · accessed 31 December 2021`, cjk, 74) * TEXT_LINE, 0) : 1.5 * TEXT_LINE);
  const estimates = renderChart(chart, datasets, { width: 600, locale }).hasEstimates;
  const noteTexts = [...(estimates ? [useTranslations(locale)('chart.estimateNote')] : []), ...chart.notes.map((note) => note[lang])];
  const notes = noteTexts.length ? TEXT_LINE + noteTexts.reduce((n, text) => n + lines(text, cjk, 74) * TEXT_LINE, 0) : 0;
  // The "Corrected DATE" line under the dek, when content/corrections.yaml names the chart.
  const corrected = chartIsCorrected(chart.id) ? TEXT_LINE : 0;
  return Math.ceil(svg + head + corrected + sources + notes + FRAME_FIXED);
}
