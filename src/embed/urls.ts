/** Paths and absolute URLs of embed pages, the loader and the story anchors, per locale. */
import type { Locale } from '../i18n/index.ts';
import { isChartId } from './protocol.ts';

function checkedId(chart: string): string {
  if (!isChartId(chart)) throw new Error(`invalid chart id: ${chart}`);
  return chart;
}

// /embed.js bundles this file, which may import only its neighbours (src/embed/bundle.ts): not
// src/i18n's helpers and dictionaries, hence the locale tests written out here.
const prefix = (locale: Locale) => (locale === 'en' ? '/en' : '');

/** `/embed/<id>/` (zh) or `/en/embed/<id>/`. */
export function embedPath(locale: Locale, chart: string): string {
  return `${prefix(locale)}/embed/${checkedId(chart)}/`;
}

/** `/embed/<id>/oembed.json` (zh) or `/en/embed/<id>/oembed.json`. */
export function oembedPath(locale: Locale, chart: string): string {
  return `${embedPath(locale, chart)}oembed.json`;
}

/** The chart's place in the story: `/#chart-<id>` or `/en/#chart-<id>`. */
export function storyChartPath(locale: Locale, chart: string): string {
  return `${prefix(locale)}/#chart-${checkedId(chart)}`;
}

/** Path of a chart's social image: `/og/charts/<id>.zh.png` or `/og/charts/<id>.en.png`. */
export function chartImagePath(locale: Locale, chart: string): string {
  return `/og/charts/${checkedId(chart)}.${locale === 'en' ? 'en' : 'zh'}.png`;
}

/** Path of the story's social image: `/og/story.zh.png` or `/og/story.en.png`. */
export function storyImagePath(locale: Locale): string {
  return `/og/story.${locale === 'en' ? 'en' : 'zh'}.png`;
}

/** Matches the path of an embed page and captures the chart id (the loader uses the same test). */
export const EMBED_PATH = /^\/(?:en\/)?embed\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/;

/** The absolute URL of a root-relative path on the site. */
export function absolute(site: URL | string, path: string): string {
  return new URL(path, site).href;
}
