/**
 * The snippet's initial iframe height: the embed page's height at 600 px wide, so that without
 * /embed.js the iframe still shows the whole chart. It is the SVG's height at 600 px
 * (chartSvgHeightAt600) plus the frame around it, estimated from its text; the e2e test
 * (tests/e2e/embed.spec.ts) loads every embed page at 600 px and checks the estimate is no
 * less than the real height and not much more.
 */
import type { Locale } from '../i18n/index.ts';
import { chartSvgHeightAt600, type ChartWithId } from '../charts/render.ts';
import type { Dataset } from '../schemas/dataset.ts';

/** Fixed parts of the frame at 600 px, in px (padding, table summary, downloads, footer). */
export const FRAME_FIXED = 250;
/** Line heights (px) and characters per line at 600 px for the frame's text blocks. */
const TITLE_LINE = 24;
const TEXT_LINE = 22;

function lines(text: string, cjk: boolean, perLine: number): number {
  const units = [...text].reduce((n, c) => n + (cjk && /[^\x00-\x7f]/.test(c) ? 2 : 1), 0);
  return Math.max(1, Math.ceil(units / perLine));
}

export function embedHeight(chart: ChartWithId, datasets: ReadonlyMap<string, Dataset>, locale: Locale): number {
  const lang = locale === 'en' ? 'en' : 'zh';
  const cjk = lang === 'zh';
  const svg = chartSvgHeightAt600(chart, datasets, locale);
  const head = lines(chart.title[lang], cjk, 60) * TITLE_LINE + lines(chart.dek[lang], cjk, 66) * TEXT_LINE + 16;
  const notes = chart.notes.length ? TEXT_LINE + chart.notes.reduce((n, note) => n + lines(note[lang], cjk, 66) * TEXT_LINE, 0) : 0;
  return Math.ceil(svg + head + notes + FRAME_FIXED);
}
