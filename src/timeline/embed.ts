/**
 * The timeline graphic's embed: /embed/timeline/ and /en/embed/timeline/, with the charts' resize
 * protocol and flags (src/embed/*), its oEmbed response and its PNG (/charts/timeline.<lang>.png).
 */
import type { Locale } from '../i18n/index.ts';
import { EMBED_WIDTH } from '../charts/render.ts';
import type { TimelineGraphicModel } from '../components/Timeline/timeline-graphic.ts';
import { langOf } from '../i18n/index.ts';

/** The id in the embed's URL and resize messages (a chart id in form, and no chart has it). */
export const TIMELINE_EMBED_ID = 'timeline';

/** Content width of an embed page at 600 px: the page's side padding is 12 px. */
const CONTENT_AT_600 = EMBED_WIDTH - 24;
/** The frame around the graphic at 600 px, in px (title, dek, caption, links, events summary, footer). */
const FRAME = { 'zh-CN': 470, en: 610 } as const;

/** The embed page's height at 600 px wide: the board shown there, scaled to fill, plus the frame. */
export function timelineEmbedHeight(models: readonly TimelineGraphicModel[], locale: Locale): number {
  const board = [...models].reverse().find((m) => CONTENT_AT_600 >= m.width) ?? models[0]!;
  return Math.ceil((board.height * Math.min(CONTENT_AT_600, 832)) / board.width + FRAME[locale]);
}

/** Path of the timeline's PNG: `/charts/timeline.zh.png` or `/charts/timeline.en.png`. */
export function timelineImagePath(locale: Locale): string {
  return `/charts/${TIMELINE_EMBED_ID}.${langOf(locale)}.png`;
}
