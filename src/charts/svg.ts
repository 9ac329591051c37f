/**
 * A ChartModel as a standalone SVG file at the model's width: the /charts/<id>.<lang>.svg
 * export, the PNG export and social images. (The page inlines fluid-svg.ts instead.)
 */
import type { ChartMark, ChartModel, ChartRule, ChartText } from './model.ts';
import { lineHeight } from './model.ts';
import { standaloneCss } from './theme.ts';
import { wrapText } from './text.ts';

import { escapeXml } from '../security/escape.ts';

/** Escapes text for SVG content and attribute values (the site's one XML/HTML escaper). */
export { escapeXml };

const r = (n: number) => Math.round(n * 10) / 10;

/** Text printed around a standalone chart: title and dek above, source and credit below. */
export interface SvgCaption {
  title: string;
  dek?: string;
  source?: string;
  credit?: string;
}

export interface SvgOptions {
  /** Printed around the chart. */
  caption?: SvgCaption;
  /** Makes ids unique when several SVGs share a page. */
  idPrefix?: string;
}

function textSvg(text: ChartText, fontSize: number): string {
  const classes = [`chart-text`, `chart-${text.kind}`, text.color ? `c${text.color}` : ''].filter(Boolean).join(' ');
  const fill = text.color ? ' fill="currentColor"' : '';
  const weight = text.bold ? ' font-weight="700"' : '';
  const lh = lineHeight(fontSize);
  const lines = text.lines
    .map((line, i) => (i === 0 ? escapeXml(line) : `<tspan x="${r(text.x)}" dy="${lh}">${escapeXml(line)}</tspan>`))
    .join('');
  return `<text class="${classes}" x="${r(text.x)}" y="${r(text.y)}" text-anchor="${text.anchor}" font-size="${fontSize}"${fill}${weight}>${lines}</text>`;
}

function markSvg(mark: ChartMark, index: number): string {
  const classes = `chart-mark c${mark.color}${mark.estimate ? ' chart-estimate' : ''}`;
  const data =
    ` data-point="${index}" data-x="${r(mark.anchor.x)}" data-y="${r(mark.anchor.y)}"` +
    ` data-series="${escapeXml(mark.tip.series)}" data-date="${escapeXml(mark.tip.date)}" data-value="${escapeXml(mark.tip.value)}"` +
    (mark.estimate ? ' data-estimate="true"' : '');
  if (mark.shape === 'circle') return `<circle class="${classes}" cx="${r(mark.x)}" cy="${r(mark.y)}" r="${mark.r}" fill="currentColor"${data}/>`;
  return `<rect class="${classes}" x="${r(mark.x)}" y="${r(mark.y)}" width="${r(mark.width ?? 0)}" height="${r(mark.height ?? 0)}" fill="currentColor"${data}/>`;
}

/** A d3 path with each "x,y" point (d3 writes them after M and L) rewritten by `point`. */
export function mapPathPoints(d: string, point: (x: number, y: number) => string): string {
  return d.replace(/(-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)/g, (_pair, x: string, y: string) => point(Number(x), Number(y)));
}

/** A rule's class: `chart-grid`, `chart-baseline`, `chart-tick-mark`, `chart-annotation-rule`, `chart-connector`. */
export function ruleClass(rule: ChartRule): string {
  return `chart-${rule.kind === 'tick' ? 'tick-mark' : rule.kind === 'annotation' ? 'annotation-rule' : rule.kind}`;
}

/** The chart's drawing: rules, areas and lines, marks, texts (no <svg> element). */
function body(model: ChartModel): string {
  const rules = model.rules
    .map((rule) => `<line class="${ruleClass(rule)}" x1="${r(rule.x1)}" y1="${r(rule.y1)}" x2="${r(rule.x2)}" y2="${r(rule.y2)}"/>`)
    .join('');
  const paths = model.paths
    .map((path) => `<path class="chart-${path.kind} c${path.color}${path.dashed ? ' chart-dashed' : ''}" d="${path.d}"/>`)
    .join('');
  const marks = model.marks.map(markSvg).join('');
  const texts = model.texts.map((text) => textSvg(text, model.fontSize)).join('');
  return `<g class="chart-rules">${rules}</g><g class="chart-paths">${paths}</g><g class="chart-marks">${marks}</g><g class="chart-texts">${texts}</g>`;
}

/** Caption blocks for a standalone file, laid out at the model's width. */
function captionLayout(model: ChartModel, caption: SvgCaption) {
  const pad = 16;
  const width = model.width;
  const titleSize = Math.max(16, Math.round(model.fontSize * 1.45));
  const small = model.fontSize;
  const title = wrapText(caption.title, width, titleSize, true);
  const dek = caption.dek ? wrapText(caption.dek, width, small + 1) : [];
  const foot = [caption.source, caption.credit].filter((t): t is string => Boolean(t)).flatMap((t) => wrapText(t, width, small));
  const titleHeight = title.length * lineHeight(titleSize);
  const dekHeight = dek.length * lineHeight(small + 1);
  const headHeight = titleHeight + (dek.length ? 4 + dekHeight : 0) + 14;
  const footHeight = foot.length ? 10 + foot.length * lineHeight(small) : 0;
  const block = (lines: string[], y: number, size: number, cls: string, bold = false) =>
    lines.length
      ? `<text class="${cls}" x="0" y="${r(y + lineHeight(size) * 0.78)}" font-size="${size}"${bold ? ' font-weight="700"' : ''}>${lines
          .map((line, i) => (i === 0 ? escapeXml(line) : `<tspan x="0" dy="${lineHeight(size)}">${escapeXml(line)}</tspan>`))
          .join('')}</text>`
      : '';
  const head = block(title, 0, titleSize, 'chart-title', true) + block(dek, titleHeight + 4, small + 1, 'chart-tick');
  const footer = (offset: number) => block(foot, offset + 10, small, 'chart-tick');
  return { pad, headHeight, footHeight, head, footer };
}

/**
 * SVG file of a chart: xmlns, fixed width and height, a background and a <style> with the
 * light theme's colours inlined; `role="img"`, named by its <title> and described by its
 * <desc> (the one-sentence takeaway); everything drawn is aria-hidden.
 */
export function chartSvg(model: ChartModel, options: SvgOptions = {}): string {
  const id = `${options.idPrefix ?? ''}chart-${model.id}-${model.locale}-${model.width}`;
  const a11y = `role="img" aria-labelledby="${id}-title ${id}-desc"`;
  const titles = `<title id="${id}-title">${escapeXml(model.title)}</title><desc id="${id}-desc">${escapeXml(model.desc)}</desc>`;
  const data = `data-chart-type="${model.type}" data-crosshair="${model.crosshair}" data-width="${model.width}"`;
  const caption = options.caption ? captionLayout(model, options.caption) : undefined;
  const pad = caption?.pad ?? 12;
  const headHeight = caption?.headHeight ?? 0;
  const footHeight = caption?.footHeight ?? 0;
  const width = model.width + 2 * pad;
  const height = Math.ceil(model.height + headHeight + footHeight + 2 * pad);
  const inner =
    `<g transform="translate(${pad} ${pad})">${caption?.head ?? ''}` +
    `<g transform="translate(0 ${headHeight})">${body(model)}</g>` +
    `${caption ? caption.footer(headHeight + model.height) : ''}</g>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${a11y} ${data} lang="${model.locale}">` +
    `${titles}<style>${standaloneCss()}</style><rect class="chart-bg" width="100%" height="100%"/>` +
    `<g aria-hidden="true">${inner}</g></svg>`
  );
}
