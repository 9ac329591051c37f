/**
 * The snippet's initial iframe height: the embed page's height at 600 px wide, so that without
 * /embed.js the iframe still shows the whole chart. It is the SVG's height at 600 px
 * (svgHeightAt600) plus the frame around it, estimated from its text; the e2e test
 * (tests/e2e/embed.spec.ts) loads every embed page at 600 px and checks the estimate is no
 * less than the real height and not much more.
 */
import { langOf } from '../i18n/index.ts';
import type { ChartFrameModel } from '../charts/chart-models.ts';
import { lineWrap } from '../charts/line-wrap.ts';
import { INLINE_ARTBOARD } from '../charts/options.ts';

/**
 * Fixed parts of the frame at 600 px, in px (padding, table summary, downloads, footer), with
 * a little slack for the text estimates (the SVG's height is exact: it does not scale).
 */
export const FRAME_FIXED = 226;
/** Line heights (px) and characters per line at 600 px for the frame's text blocks. */
const TITLE_LINE = 24;
const TEXT_LINE = 22;


/**
 * Lines of a block of frame text, as the page breaks it (at words) at 600 px: `perLine` is the
 * characters a line holds, a Chinese character (or any non-ASCII one in Chinese) counting as two.
 */
function lines(text: string, cjk: boolean, perLine: number): number {
  const width = (piece: string) => [...piece].reduce((n, c) => n + (cjk && /[^\x00-\x7f]/.test(c) ? 2 : 1), 0);
  return Math.max(1, lineWrap(text, perLine, width).length);
}

/** The SVG's height in CSS px at 600 px wide: the inline art-board's (it stretches in width only). */
export function svgHeightAt600(model: Pick<ChartFrameModel, 'artboards'>): number {
  return model.artboards.find((a) => a.board.name === INLINE_ARTBOARD.name)!.model.height;
}

export function embedHeight(model: ChartFrameModel): number {
  const { chart, locale, table, sourceLine, notes: noteTexts, corrected: isCorrected } = model;
  const lang = langOf(locale);
  const cjk = lang === 'zh';
  const svg = svgHeightAt600(model);
  const head = lines(chart.title[lang], cjk, 62) * TITLE_LINE + lines(chart.dek[lang], cjk, 74) * TEXT_LINE + 16;
  // The source line, then (up to four) the sources one per item, each with its access date.
  const sources =
    lines(sourceLine, cjk, 78) * TEXT_LINE +
    (table.sources.length <= 4 ? table.sources.reduce((n, s) => n + lines(`${s.name} · primary source · accessed 31 December 2021`, cjk, 74) * TEXT_LINE, 0) : 1.5 * TEXT_LINE);
  const notes = noteTexts.length ? TEXT_LINE + noteTexts.reduce((n, text) => n + lines(text, cjk, 74) * TEXT_LINE, 0) : 0;
  // The "Corrected DATE" line under the dek, when content/corrections.yaml names the chart.
  const corrected = isCorrected ? TEXT_LINE : 0;
  return Math.ceil(svg + head + corrected + sources + notes + FRAME_FIXED);
}
