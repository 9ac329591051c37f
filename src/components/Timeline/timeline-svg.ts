/**
 * A TimelineGraphicModel as SVG markup: inline in the story and the embed page (one per
 * art-board), and as a standalone file for the PNG export. Styles: chart.css for the series
 * (lines, dashed and hollow estimates, exactly as in the charts) and timeline-graphic.css.
 */
import { escapeXml, mapPathPoints } from '../../charts/svg.ts';
import { wrapText } from '../../charts/text.ts';
import type { TimelineCategory } from '../../schemas/timeline.ts';
import { tenth, type GraphicText, type TimelineGraphicModel } from './timeline-graphic.ts';

/** Positions in whole units: a board is drawn at most 1.75 times its size, so the error stays under a pixel, and finer costs bytes. */
const u = Math.round;
/** A series line's points: x in whole units, y to a tenth. */
const roundPath = (d: string) => mapPathPoints(d, (x, y) => `${u(x)},${tenth(y)}`);
/** Horizontal rules as one path: `M x0 y H x1` each. */
const hRules = (ys: readonly number[], x0: number, x1: number) => ys.map((y) => `M${u(x0)} ${u(y)}H${u(x1)}`).join('');

/** The mark of an event kind, centred on 0,0, so a CSS scale grows it in place. */
export function markPath(category: TimelineCategory, size: number): string {
  const s = tenth(size);
  const d = tenth(size * 1.3);
  switch (category) {
    case 'block':
      return `M${-s} ${-s}H${s}V${s}H${-s}Z`;
    case 'unblock':
      return `M${-d} 0A${d} ${d} 0 1 0 ${d} 0A${d} ${d} 0 1 0 ${-d} 0Z`;
    case 'regulation':
      return `M0 ${-tenth(size * 1.45)}L${tenth(size * 1.45)} 0L0 ${tenth(size * 1.45)}L${-tenth(size * 1.45)} 0Z`;
    case 'product':
      return `M0 ${-d}L${d} ${tenth(size)}L${-d} ${tenth(size)}Z`;
    case 'market':
      return `M0 ${d}L${d} ${-tenth(size)}L${-d} ${-tenth(size)}Z`;
  }
}

/** A text at the board's font size, which the <svg> sets once (as it does `start`, the default anchor). */
function text(t: GraphicText): string {
  const classes = [`tl-text`, `tl-${t.kind}`, t.ink !== undefined ? `tl-ink-${t.ink}` : '', t.category ? `tl-cat-${t.category}` : ''].filter(Boolean).join(' ');
  const anchor = t.anchor === 'start' ? '' : ` text-anchor="${t.anchor}"`;
  return `<text class="${classes}" x="${u(t.x)}" y="${u(t.y)}"${anchor}>${escapeXml(t.text)}</text>`;
}

/** The drawing (no <svg> element). */
function body(model: TimelineGraphicModel): string {
  const [m0, m1] = model.main;
  const [e0, e1] = model.epilogue;
  const bottom = model.axis.y;
  const out: string[] = [];
  out.push(`<rect class="tl-epilogue-band" x="${u(e0 - model.board.mark - 1)}" y="${u(model.lanes[0]!.top)}" width="${u(e1 - e0 + 2 * model.board.mark + 2)}" height="${u(bottom - model.lanes[0]!.top)}"/>`);
  out.push(`<line class="tl-break" x1="${model.breakX}" x2="${model.breakX}" y1="${u(model.lanes[0]!.top)}" y2="${u(bottom + 4)}"/>`);

  for (const panel of model.panels) {
    const grid = panel.grid.filter((g) => !g.baseline).map((g) => g.y);
    const baseline = panel.grid.filter((g) => g.baseline).map((g) => g.y);
    const rules = [baseline.length ? `<path class="chart-baseline" d="${hRules(baseline, m0, m1)}"/>` : '', grid.length ? `<path class="chart-grid" d="${hRules(grid, m0, m1)}"/>` : ''].join('');
    const swatches = panel.swatches.map((s) => `<line class="tl-swatch tl-ink-${s.ink}" x1="${u(s.x)}" x2="${u(s.x + 14)}" y1="${s.y}" y2="${s.y}"/>`).join('');
    const groups = panel.groups
      .map((group) => {
        const paths = group.paths.map((p) => `<path class="chart-line tl-ink-${p.ink}${p.dashed ? ' chart-dashed' : ''}" d="${roundPath(p.d)}"/>`).join('');
        const dots = group.dots
          .map((d) => `<circle class="chart-mark tl-ink-${d.ink}${d.estimate ? ' chart-estimate' : ''}" cx="${u(d.x)}" cy="${tenth(d.y)}" r="${d.estimate ? 2.75 : 3}"/>`)
          .join('');
        return `<g class="tl-series" data-series="${escapeXml(group.dataset)}">${paths}${dots}</g>`;
      })
      .join('');
    out.push(`<g class="tl-panel" data-panel="${escapeXml(panel.chart)}">${rules}${groups}${swatches}</g>`);
  }

  const legend = model.legend.marks.map((m) => `<path class="tl-shape tl-cat-${m.category}" transform="translate(${m.x} ${m.y})" d="${markPath(m.category, model.board.mark)}"/>`).join('');
  out.push(`<g class="tl-legend">${legend}${model.legend.texts.map(text).join('')}</g>`);

  out.push(`<path class="tl-lane" d="${hRules(model.lanes.map((lane) => lane.bottom - 1), m0, e1)}"/>`);

  const tickMarks = model.axis.ticks.map((x) => `M${u(x)} ${bottom}v4`).join('');
  const axisLines = `M${u(m0)} ${bottom}H${u(m1)}M${u(e0 - model.board.mark)} ${bottom}H${u(e1 + model.board.mark)}`;
  out.push(`<g class="tl-axis-group"><path class="chart-baseline" d="${axisLines}"/><path class="chart-tick-mark" d="${tickMarks}"/>${model.axis.labels.map(text).join('')}${text(model.axis.epilogueLabel)}</g>`);

  const marks = model.marks
    .map((m) => {
      const emphasis = m.series.length ? ` data-emphasis="${escapeXml(m.series.join(' '))}"` : '';
      return (
        `<g class="tl-event tl-cat-${m.category}" data-event="${escapeXml(m.id)}"${emphasis} transform="translate(${m.x} ${m.y})">` +
        `<path class="tl-guide" d="M0 ${u(model.guideTop - m.y)}V0"/>` +
        `<path class="tl-shape" d="${markPath(m.category, model.board.mark)}"/></g>`
      );
    })
    .join('');
  out.push(`<g class="tl-events">${marks}</g>`);
  // The panels' words last, over an active event's guide.
  out.push(`<g class="tl-labels">${model.panels.flatMap((panel) => panel.texts.map(text)).join('')}</g>`);
  return out.join('');
}

export interface TimelineSvgOptions {
  /** A file of its own (PNG export): xmlns, fixed size, background and styles inlined. */
  standalone?: { css: string; title: string; caption: string; source: string };
}

/** SVG markup of one board. Inline, it is decorative (the steps or the list beside it carry the text). */
export function timelineSvg(model: TimelineGraphicModel, options: TimelineSvgOptions = {}): string {
  const drawing = body(model);
  if (!options.standalone) {
    return `<svg class="chart-svg tl-svg" viewBox="0 0 ${model.width} ${model.height}" width="${model.width}" height="${model.height}" font-size="${model.fontSize}" aria-hidden="true" focusable="false">${drawing}</svg>`;
  }
  const { css, title, source } = options.standalone;
  const pad = 16;
  const fs = model.fontSize;
  const caption = wrapText(options.standalone.caption, model.width, fs);
  const sourceLines = wrapText(source, model.width, fs);
  const titleSize = 18;
  const captionLine = fs + 6;
  const head = 32 + caption.length * captionLine + 12;
  const footer = 10 + sourceLines.length * (fs + 5);
  const width = model.width + 2 * pad;
  const height = Math.ceil(model.height + head + footer + 2 * pad);
  const lines = caption.map((line, i) => `<text class="tl-text tl-axis" x="0" y="${32 + (i + 1) * captionLine - 4}">${escapeXml(line)}</text>`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg tl-svg" font-size="${fs}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">` +
    `<style>${css}</style><rect class="chart-bg" width="100%" height="100%"/>` +
    `<g transform="translate(${pad} ${pad})"><text class="tl-text tl-heading" x="0" y="${titleSize}" font-size="${titleSize}">${escapeXml(title)}</text>${lines}` +
    `<g transform="translate(0 ${head})">${drawing}</g>` +
    sourceLines.map((line, i) => `<text class="tl-text tl-axis" x="0" y="${u(head + model.height + 10 + (i + 1) * (fs + 5) - 4)}">${escapeXml(line)}</text>`).join('') +
    `</g></svg>`
  );
}
