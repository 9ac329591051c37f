/**
 * A ChartModel as the SVG inlined in the story: one drawing that fits every container width
 * from its art-board's width up, with text at its own size in CSS px.
 *
 * The <svg> box is the plot: the figure CSS gives it the container's width less the model's
 * left and right margins (`--l`, `--r`), and what lies in the margins (value ticks, direct
 * labels) overflows into them. There is no viewBox, so 1 unit is 1 CSS px and font sizes hold.
 * Vertical positions are the model's. Horizontal positions inside the plot are percentages of
 * its width; a text keeps its offset from the point it belongs to (`ChartText.pin`), so texts
 * only move apart as the plot widens and a layout free of overlaps at the art-board's width
 * stays free of them. Lines and areas are drawn in a nested SVG stretched to the plot
 * (`preserveAspectRatio="none"`), their strokes kept at their width by `vector-effect`.
 *
 * Tooltip text is not repeated here: chart-tooltip.ts reads it from the data table, whose row
 * n is the mark with `data-point="n"`.
 */
import type { ChartMark, ChartModel, ChartText } from './model.ts';
import { lineHeight } from './model.ts';
import { escapeXml } from '../security/escape.ts';
import { mapPathPoints, ruleClass } from './svg.ts';

/** Units across the plot in the stretched layer (0.1 %: under 1 px up to 1000 px wide); percentages carry the same precision. */
const PLOT_UNITS = 1000;
const EPSILON = 1e-6;

/** Horizontal placement in the plot's box: a length from its left edge, or from its right. */
interface Place {
  x: string;
  dx: number;
}

export function fluidChartSvg(model: ChartModel, options: { idPrefix?: string } = {}): string {
  const { left, right } = model.plot;
  const plotWidth = right - left;
  const units = (x: number) => Math.round(((x - left) / plotWidth) * PLOT_UNITS);
  const percent = (x: number) => `${units(x) / (PLOT_UNITS / 100)}%`;
  const px = (n: number) => Math.round(n);

  /** Where an x of the model goes: fixed in the left margin, fixed from the right edge, or a share of the plot. */
  const place = (x: number, pin = x): Place => {
    if (pin <= left + EPSILON) return { x: String(px(x - left)), dx: 0 };
    if (pin >= right - EPSILON) return { x: '100%', dx: px(x - right) };
    return { x: percent(pin), dx: px(x - pin) };
  };
  const at = ({ x, dx }: Place) => `x="${x}"${dx ? ` dx="${dx}"` : ''}`;

  const text = (t: ChartText) => {
    const where = place(t.x, t.pin);
    const classes = [`chart-${t.kind}`, t.color ? `c${t.color}` : ''].filter(Boolean).join(' ');
    const anchor = t.anchor === 'start' ? '' : ` text-anchor="${t.anchor}"`;
    const bold = t.bold && t.kind !== 'label' && t.kind !== 'header' ? ' font-weight="700"' : '';
    const lh = lineHeight(model.fontSize);
    const lines = t.lines.map((line, i) => (i === 0 ? escapeXml(line) : `<tspan ${at(where)} dy="${lh}">${escapeXml(line)}</tspan>`)).join('');
    return `<text class="${classes}" ${at(where)} y="${px(t.y)}"${anchor}${bold}>${lines}</text>`;
  };

  const lineX = (x: number) => (x <= left + EPSILON ? String(px(x - left)) : x >= right - EPSILON ? '100%' : percent(x));
  const rules = model.rules
    .map((rule) => `<line class="${ruleClass(rule)}" x1="${lineX(rule.x1)}" y1="${px(rule.y1)}" x2="${lineX(rule.x2)}" y2="${px(rule.y2)}"/>`)
    .join('');

  // Paths in plot units.
  const paths = model.paths
    .map((path) => {
      const d = mapPathPoints(path.d, (x, y) => `${units(x)} ${px(y)}`);
      // The attribute, not CSS: the HTML checker's CSS profile does not know the property.
      return `<path class="chart-${path.kind} c${path.color}${path.dashed ? ' chart-dashed' : ''}" d="${d}" vector-effect="non-scaling-stroke"/>`;
    })
    .join('');
  const plotLayer = paths ? `<svg class="chart-plot" width="100%" height="${model.height}" viewBox="0 0 ${PLOT_UNITS} ${model.height}" preserveAspectRatio="none">${paths}</svg>` : '';

  const mark = (m: ChartMark, index: number) => {
    const classes = `chart-mark c${m.color}${m.estimate ? ' chart-estimate' : ''}`;
    if (m.shape === 'circle') return `<circle class="${classes}" cx="${lineX(m.x)}" cy="${px(m.y)}" r="${m.r}" data-point="${index}"/>`;
    const width = ((units(m.x + (m.width ?? 0)) - units(m.x)) / PLOT_UNITS) * 100;
    return `<rect class="${classes}" x="${lineX(m.x)}" y="${px(m.y)}" width="${Math.round(width * 10) / 10}%" height="${px(m.height ?? 0)}" data-point="${index}"/>`;
  };

  const id = `${options.idPrefix ?? ''}chart-${model.id}-${model.locale}-${model.width}`;
  const margins = `--l:${left}px;--r:${px(model.width - right)}px`;
  return (
    `<svg class="chart-svg" height="${model.height}" style="${margins}" font-size="${model.fontSize}" role="img" aria-labelledby="${id}-title ${id}-desc" data-chart-type="${model.type}" data-crosshair="${model.crosshair}" lang="${model.locale}">` +
    `<title id="${id}-title">${escapeXml(model.title)}</title><desc id="${id}-desc">${escapeXml(model.desc)}</desc>` +
    `<g aria-hidden="true">${rules}${plotLayer}${model.marks.map(mark).join('')}${model.texts.map(text).join('')}</g></svg>`
  );
}
