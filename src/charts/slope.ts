/**
 * Slope chart: each series' first and last value in the chart's range, joined by a line.
 * Values on the left; value and series label on the right, spread so they never overlap.
 */
import { max, min, scaleLinear } from 'd3';
import { ChartSpecError, type SeriesData } from './data.ts';
import { firstBaseline, lineHeight, modelBase, tipOf, type RenderOptions, type RenderSpec } from './model.ts';
import type { ChartMark, ChartModel, ChartPath, ChartRule, ChartText } from './model.ts';
import { artboardOfWidth } from './options.ts';
import { blockWidth, dodge, textWidth, wrapText } from './text.ts';
import { langOf, formatDate } from '../i18n/index.ts';

export const defaults = { dotRadius: 4 };

export function renderSlopeChart(data: SeriesData[], spec: RenderSpec, options: RenderOptions): ChartModel {
  if (spec.annotations.length) throw new ChartSpecError(['annotations', 0], 'a slope chart has no time axis to put annotations on');
  const board = artboardOfWidth(options.width);
  const fs = board.fontSize;
  const lh = lineHeight(fs);
  const lang = langOf(options.locale);
  const ends = data.map((s) => [s.points[0]!, s.points[s.points.length - 1]!] as const);
  const [startDate, endDate] = [ends[0]![0].date, ends[0]![1].date];
  const odd = ends.findIndex(([a, b]) => a.date !== startDate || b.date !== endDate || a.date === b.date);
  if (odd >= 0) throw new ChartSpecError(['series', odd], `every series of a slope chart needs values at the same two dates (${startDate}, ${endDate})`);
  const texts: ChartText[] = [];
  const rules: ChartRule[] = [];
  const tips = data.map((s, i) => ends[i]!.map((p) => tipOf(s, p, spec, options.locale)));
  const leftLabels = tips.map(([a]) => a!.value);
  const rightBlocks = data.map((s, i) => [tips[i]![1]!.value, ...wrapText(s.label[lang], board.labelWidth, fs, true)]);
  const left = Math.ceil(Math.max(...leftLabels.map((t) => textWidth(t, fs)))) + 12;
  const right = Math.ceil(Math.max(...rightBlocks.map((b) => blockWidth(b, fs, true)))) + 12;
  const xs = [left, options.width - right] as const;

  // Column heads: the two dates.
  const top = lh + fs;
  [startDate, endDate].forEach((date, i) => {
    const text = formatDate(date, options.locale, { precision: spec.x.precision, style: 'short' });
    const half = textWidth(text, fs, true) / 2;
    // Centred over its column, unless that would run off the edge.
    const place = i === 0 && xs[0] - half < 0 ? { x: 0, anchor: 'start' as const } : i === 1 && xs[1] + half > options.width ? { x: options.width, anchor: 'end' as const } : { x: xs[i]!, anchor: 'middle' as const };
    texts.push({ x: place.x, y: lh * 0.78, lines: [text], anchor: place.anchor, kind: 'tick', bold: true });
    rules.push({ x1: xs[i]!, y1: top - fs * 0.5, x2: xs[i]!, y2: top + board.plotHeight, kind: 'grid' });
  });

  const values = ends.flatMap(([a, b]) => [a.value, b.value]);
  const y = scaleLinear()
    .domain([Math.min(spec.y.min, min(values)!), spec.y.max ?? max(values)!])
    .range([top + board.plotHeight, top]);

  const paths: ChartPath[] = [];
  const marks: ChartMark[] = [];
  data.forEach((s, i) => {
    const [a, b] = ends[i]!;
    const pa = { x: xs[0], y: y(a.value) };
    const pb = { x: xs[1], y: y(b.value) };
    paths.push({ d: `M${pa.x},${pa.y}L${pb.x},${pb.y}`, kind: 'line', color: s.color, dashed: a.estimate || b.estimate });
    [a, b].forEach((p, j) => {
      const at = j === 0 ? pa : pb;
      marks.push({ shape: 'circle', x: at.x, y: at.y, r: defaults.dotRadius, color: s.color, estimate: p.estimate, anchor: at, tip: tips[i]![j]! });
    });
  });

  const bottom = top + board.plotHeight;
  // Series that start at the same value (an index: all at 100) share one left label, in the
  // text colour; otherwise each has its own, in its colour.
  const leftGroups: { label: string; y: number; color: number | undefined }[] = [];
  data.forEach((s, i) => {
    const at = y(ends[i]![0].value);
    const same = leftGroups.find((g) => g.label === leftLabels[i] && g.y === at);
    if (same) same.color = undefined;
    else leftGroups.push({ label: leftLabels[i]!, y: at, color: s.color });
  });
  const leftCentres = dodge(leftGroups.map((g) => ({ y: g.y, height: lh })), top - fs * 0.5, bottom + fs * 0.5, 3);
  leftGroups.forEach(({ label, color }, k) => {
    texts.push({ x: xs[0] - 8, y: firstBaseline(leftCentres[k]!, 1, fs), lines: [label], anchor: 'end', kind: 'value', color, bold: true });
  });
  const rightCentres = dodge(rightBlocks.map((block, i) => ({ y: y(ends[i]![1].value), height: block.length * lh })), top - fs * 0.5, bottom + fs, 3);
  data.forEach((s, i) => {
    const block = rightBlocks[i]!;
    texts.push({ x: xs[1] + 8, y: firstBaseline(rightCentres[i]!, block.length, fs), lines: block, anchor: 'start', kind: 'label', color: s.color, bold: true });
  });
  const lowest = Math.max(bottom, ...rightCentres.map((c, i) => c + (rightBlocks[i]!.length * lh) / 2));

  return {
    ...modelBase(spec, options, board),
    height: Math.ceil(lowest + 8),
    plot: { left: xs[0], top, right: xs[1], bottom },
    crosshair: 'none',
    rules,
    paths,
    marks,
    texts,
    hasEstimates: marks.some((m) => m.estimate),
  };
}
