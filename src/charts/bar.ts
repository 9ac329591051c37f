/**
 * Bar chart: one series as horizontal bars, one per period, labelled with the period on the
 * left and the value at the bar's end. Horizontal bars keep every label readable at 288px.
 */
import { max, min, scaleLinear } from 'd3';
import { ChartSpecError, type SeriesData } from './data.ts';
import { lineHeight, modelBase, tipOf, type RenderOptions, type RenderSpec } from './model.ts';
import type { ChartMark, ChartModel, ChartRule, ChartText } from './model.ts';
import { artboardOfWidth } from './options.ts';
import { textWidth, wrapText } from './text.ts';
import { langOf, formatDate } from '../i18n/index.ts';

export const defaults = { rowPadding: 10, barShare: 0.64 };

export function renderBarChart(data: SeriesData[], spec: RenderSpec, options: RenderOptions): ChartModel {
  if (data.length !== 1) throw new ChartSpecError(['series', 1], `a bar chart draws one series, not ${data.length}`);
  if (spec.annotations.length) throw new ChartSpecError(['annotations', 0], 'a bar chart has no time axis to put annotations on');
  const series = data[0]!;
  const board = artboardOfWidth(options.width);
  const fs = board.fontSize;
  const lh = lineHeight(fs);
  const lang = langOf(options.locale);
  const texts: ChartText[] = [];
  const rules: ChartRule[] = [];

  const header = wrapText(series.label[lang], options.width, fs, true);
  texts.push({ x: 0, y: lh * 0.78, lines: header, anchor: 'start', kind: 'header', color: series.color, bold: true });
  const top = header.length * lh + 8;

  const categories = series.points.map((p) => formatDate(p.date, options.locale, { precision: spec.x.precision, style: 'short' }));
  const values = series.points.map((p) => tipOf(series, p, spec, options.locale).value);
  const left = Math.ceil(Math.max(...categories.map((c) => textWidth(c, fs)))) + 8;
  const right = Math.ceil(Math.max(...values.map((v) => textWidth(v, fs)))) + 10;
  const numbers = series.points.map((p) => p.value);
  const x = scaleLinear()
    .domain([Math.min(0, min(numbers)!), Math.max(spec.y.max ?? 0, max(numbers)!, 0)])
    .range([left, options.width - right]);
  const row = lh + defaults.rowPadding;
  const barHeight = Math.round(row * defaults.barShare);

  const marks: ChartMark[] = series.points.map((point, i) => {
    const rowTop = top + i * row;
    const centre = rowTop + row / 2;
    const x0 = x(0);
    const x1 = x(point.value);
    texts.push({ x: left - 8, y: centre + fs * 0.35, lines: [categories[i]!], anchor: 'end', kind: 'tick' });
    const outside = point.value >= 0 ? { x: x1 + 5, anchor: 'start' as const } : { x: x1 - 5, anchor: 'end' as const };
    texts.push({ x: outside.x, y: centre + fs * 0.35, lines: [values[i]!], anchor: outside.anchor, kind: 'value', pin: x1 });
    return {
      shape: 'rect',
      x: Math.min(x0, x1),
      y: centre - barHeight / 2,
      width: Math.abs(x1 - x0),
      height: barHeight,
      color: series.color,
      estimate: point.estimate,
      anchor: { x: x1, y: centre },
      tip: tipOf(series, point, spec, options.locale),
    } satisfies ChartMark;
  });
  const bottom = top + series.points.length * row;
  rules.push({ x1: x(0), y1: top, x2: x(0), y2: bottom, kind: 'baseline' });

  return {
    ...modelBase(spec, options, board),
    height: Math.ceil(bottom + 6),
    plot: { left, top, right: options.width - right, bottom },
    crosshair: 'y',
    rules,
    paths: [],
    marks,
    texts,
    hasEstimates: marks.some((m) => m.estimate),
  };
}
