/**
 * The code a reader copies to embed a chart, and the oEmbed response that carries it.
 *
 *   <iframe title="…" src="https://site/embed/<id>/" loading="lazy" width="100%" height="<px>"
 *     style="border:0;width:100%" data-kaimen-embed scrolling="no"></iframe>
 *   <script async src="https://site/embed.js"></script>
 *
 * Without the script the iframe still shows the chart at its initial height; with it, the
 * iframe follows the embed page's height.
 */
import type { Locale } from '../i18n/index.ts';
import { escapeXml } from '../security/escape.ts';
import { isHeight } from './protocol.ts';
import { absolute, embedPath } from './urls.ts';
import { storyPath } from '../i18n/index.ts';

export interface SnippetOptions {
  /** The site's origin (Astro.site, from SITE_URL). */
  site: URL | string;
  locale: Locale;
  chart: string;
  /** The chart's title, read by screen readers as the iframe's name. */
  title: string;
  /** Initial height in px: the embed page's height at 600 px wide. */
  height: number;
}

function checkedHeight(height: number): number {
  if (!isHeight(height)) throw new Error(`invalid embed height: ${height}`);
  return height;
}

/** The `<iframe>` + `<script>` snippet, with absolute URLs. */
export function embedSnippet({ site, locale, chart, title, height }: SnippetOptions): string {
  const src = absolute(site, embedPath(locale, chart));
  const script = absolute(site, '/embed.js');
  return (
    `<iframe title="${escapeXml(title)}" src="${escapeXml(src)}" loading="lazy" width="100%" ` +
    `height="${checkedHeight(height)}" style="border:0;width:100%" data-kaimen-embed scrolling="no"></iframe>` +
    `<script async src="${escapeXml(script)}"></script>`
  );
}

/** Width the oEmbed response declares: the width the initial height was measured at. */
export const OEMBED_WIDTH = 600;

export interface OEmbed {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

/** The oEmbed 1.0 `rich` response for one chart embed (https://oembed.com/ §2.3.4.4). */
export function oembedResponse(options: SnippetOptions & { providerName: string; thumbnailPath?: string }): OEmbed {
  const { site, locale, title, height, providerName, thumbnailPath } = options;
  return {
    type: 'rich',
    version: '1.0',
    title,
    provider_name: providerName,
    provider_url: absolute(site, storyPath(locale)),
    html: embedSnippet(options),
    width: OEMBED_WIDTH,
    height: checkedHeight(height),
    ...(thumbnailPath && { thumbnail_url: absolute(site, thumbnailPath), thumbnail_width: 1200, thumbnail_height: 630 }),
  };
}
