/**
 * Social images (Open Graph, 1200×630): an SVG composition of kicker, headline and site
 * name, with room for a chart, rasterised to PNG at build time. The text is laid out here
 * (text-layout.ts), since SVG does not wrap text.
 */
import { existsSync } from 'node:fs';
import { svgToPng } from '../raster/svg-to-png.ts';
import { escapeXml } from '../security/escape.ts';
import { LATIN_PUNCTUATION, LATIN_PUNCTUATION_FAMILY, LATIN_PUNCTUATION_FILES, OG_FONT_FAMILY, OG_FONT_FILES } from './fonts.ts';
import { fit, measure, wrap, type TextLocale, type Weight } from './text-layout.ts';
import { drawableText } from '../raster/drawable-text.ts';
import { langOf, type Lang } from '../i18n/index.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The light theme's colours (global.css): an image has no color-scheme to follow. */
const palette = {
  background: '#fdfcf9',
  text: '#1c1b19',
  muted: '#5c5a55',
  rule: '#d9d5cc',
  accent: '#b3261e',
};

export interface OgImageOptions {
  locale: TextLocale;
  /** Small label above the headline, e.g. "注释版". */
  kicker: string;
  headline: string;
  /** Site name, e.g. "开门 Kaimen", and a tagline after it. */
  siteName: string;
  tagline?: string;
  /**
   * A chart drawn on the right: its standalone SVG (styles inline, no CSS variables), or its
   * already rendered PNG (cheaper: the chart's text is not laid out again).
   */
  chart?: { svg: string; width: number; height: number } | { png: Uint8Array; width: number; height: number };
}

/**
 * Type per language: its xml:lang; whether curly quotes and ellipses are drawn in the Latin
 * face (fonts.ts); the headline's sizes without a chart, its leading and its ascent, in em.
 */
const TYPE: Record<Lang, { xmlLang: string; latinPunctuation: boolean; headlineSizes: number[]; leading: number; ascent: number }> = {
  zh: { xmlLang: 'zh-Hans', latinPunctuation: false, headlineSizes: [96, 88, 80, 72, 64, 56, 48], leading: 1.32, ascent: 1.0 },
  en: { xmlLang: 'en', latinPunctuation: true, headlineSizes: [84, 76, 68, 60, 52, 46], leading: 1.18, ascent: 0.95 },
};

const MARGIN = 80;
const CHART_WIDTH = 560;


/** One line of text; in English, curly quotes and ellipses in the Latin face (fonts.ts). */
function textLine(text: string, x: number, y: number, size: number, weight: Weight, fill: string, locale: TextLocale): string {
  const type = TYPE[langOf(locale)];
  let body = escapeXml(text);
  if (type.latinPunctuation) {
    body = body.replace(new RegExp(`[${LATIN_PUNCTUATION}]`, 'g'), (c) => `<tspan font-family="${LATIN_PUNCTUATION_FAMILY}">${c}</tspan>`);
  }
  return `<text x="${x}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${fill}" xml:lang="${type.xmlLang}" xml:space="preserve">${body}</text>`;
}

/**
 * Places a standalone chart SVG in a box, scaled to fit. It is nested inline (not as an
 * <image>), so its text is drawn with the same fonts as the rest of the image.
 */
function nestedChart(chart: NonNullable<OgImageOptions['chart']>, x: number, y: number, width: number, height: number): string {
  if ('png' in chart) {
    const href = `data:image/png;base64,${Buffer.from(chart.png).toString('base64')}`;
    return `<image x="${x}" y="${y}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet" href="${href}"/>`;
  }
  const source = chart.svg.replace(/<\?xml[^>]*\?>/, '').replace(/<!DOCTYPE[^>]*>/i, '').trim();
  const open = /^<svg\b[^>]*>/.exec(source);
  if (!open) throw new Error('og-image: the chart is not an <svg> element');
  const viewBox = /\sviewBox="([^"]+)"/.exec(open[0])?.[1] ?? `0 0 ${chart.width} ${chart.height}`;
  const attributes = open[0].slice(4, -1).replace(/\s(?:x|y|width|height|viewBox|preserveAspectRatio)="[^"]*"/g, '');
  const root = `<svg${attributes} x="${x}" y="${y}" width="${width}" height="${height}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet">`;
  return root + source.slice(open[0].length);
}

/** The SVG of a social image. */
export function ogImageSvg(options: OgImageOptions): string {
  const { locale, chart } = options;
  // Laid out as drawn: without the characters the image fonts cannot draw (emoji, RTL).
  const [kicker, headline, siteName] = [options.kicker, options.headline, options.siteName].map(drawableText) as [string, string, string];
  const tagline = options.tagline === undefined ? undefined : drawableText(options.tagline);
  const textWidth = (chart ? OG_WIDTH - CHART_WIDTH - MARGIN : OG_WIDTH) - 2 * MARGIN;
  const parts: string[] = [];
  parts.push(`<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${palette.background}"/>`);
  parts.push(`<rect width="${OG_WIDTH}" height="12" fill="${palette.accent}"/>`);

  // Kicker, then the headline centred in the space above the footer rule.
  const kickerSize = 30;
  const kickerY = 72 + kickerSize;
  parts.push(textLine(kicker, MARGIN, kickerY, kickerSize, 700, palette.accent, locale));

  const ruleY = OG_HEIGHT - 112;
  const type = TYPE[langOf(locale)];
  const sizes = chart ? [64, 56, 48, 42, 36] : type.headlineSizes;
  const top = kickerY + 36;
  const leadingOf = (size: number) => size * type.leading;
  // At each size, no more lines than fit above the footer; a title too long even at the
  // smallest size is cut with an ellipsis by measured width (fit).
  const linesAt = (size: number) => Math.max(1, Math.min(chart ? 6 : 3, Math.floor((ruleY - 40 - top) / leadingOf(size))));
  const style = { weight: 700, locale } as const;
  const fitting = sizes.find((size) => wrap(headline, textWidth, { ...style, size }).length <= linesAt(size));
  const smallest = sizes.at(-1)!;
  const { size, lines } = fitting ? fit(headline, textWidth, linesAt(fitting), [fitting], style) : fit(headline, textWidth, linesAt(smallest), [smallest], style);
  const leading = leadingOf(size);
  const blockHeight = leading * lines.length;
  const firstBaseline = top + Math.max(0, (ruleY - 40 - top - blockHeight) / 2) + size * type.ascent;
  lines.forEach((line, index) => parts.push(textLine(line, MARGIN, firstBaseline + index * leading, size, 700, palette.text, locale)));

  // Footer: a rule, the site's name and tagline.
  parts.push(`<rect x="${MARGIN}" y="${ruleY}" width="${OG_WIDTH - 2 * MARGIN}" height="2" fill="${palette.rule}"/>`);
  const footerY = ruleY + 62;
  parts.push(textLine(siteName, MARGIN, footerY, 34, 700, palette.text, locale));
  if (tagline) {
    const x = MARGIN + Math.ceil(measure(siteName, { size: 34, weight: 700, locale })) + 20;
    parts.push(textLine(tagline, x, footerY, 28, 400, palette.muted, locale));
  }

  if (chart) parts.push(nestedChart(chart, OG_WIDTH - MARGIN - CHART_WIDTH, 72, CHART_WIDTH, ruleY - 40 - 72));

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${OG_FONT_FAMILY}">${parts.join('')}</svg>`;
}

/**
 * Rasterises a social image's SVG to PNG with the social-image fonts only (never a system
 * fallback that might lack Chinese): the shared renderer's CJK face plus the Latin punctuation face.
 */
export function rasteriseOgImage(svg: string): Buffer {
  const missing = [...OG_FONT_FILES, ...LATIN_PUNCTUATION_FILES].filter((file) => !existsSync(file));
  if (missing.length) {
    throw new Error(`Social images need the fonts ${missing.join(', ')}: on Debian/Ubuntu, apt-get install fonts-noto-cjk fonts-dejavu-core`);
  }
  return svgToPng(svg, { width: OG_WIDTH, extraFontFiles: LATIN_PUNCTUATION_FILES });
}
