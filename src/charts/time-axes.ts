/**
 * The time axes shared by time charts (line, area, dot): x and y scales, ticks and grid,
 * annotation callouts above the plot and direct labels to its right, laid out so no two texts
 * overlap.
 */
import { extent, max, min, scaleLinear, scaleUtc, utcYear, type ScaleLinear, type ScaleTime } from 'd3';
import type { SeriesData } from './data.ts';
import { formatValue, tickFormatter } from './format.ts';
import { firstBaseline, lineHeight, modelBase, tipOf, type ChartMark, type ChartModel, type ChartRule, type ChartText, type RenderOptions, type RenderSpec } from './model.ts';
import { artboardOfWidth, type Artboard } from './options.ts';
import { blockWidth, dodge, textWidth, wrapText } from './text.ts';
import { langOf, pick, formatDate, calendarDate } from '../i18n/index.ts';

interface Placed {
  lines: string[];
  x: number;
  anchor: 'start' | 'end';
  left: number;
  right: number;
  row: number;
  px: number;
}

/** All orderings of a short list (annotations per chart are few). */
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/**
 * Lays annotation labels out in rows above the plot. Each label sits beside its rule, which runs
 * from the label's row down to the plot. No label may overlap another label or cross another
 * annotation's rule; among the layouts that satisfy this, the one with fewest rows wins.
 */
export function layoutAnnotations(items: { px: number; label: string }[], bounds: { minX: number; maxX: number }, board: Artboard) {
  const fs = board.fontSize;
  const pad = 8;
  const blocks = items.map((item) => {
    const lines = wrapText(item.label, board.annotationWidth, fs);
    const width = blockWidth(lines, fs);
    const start = item.px + 4 + width <= bounds.maxX ? { left: item.px + 4, anchor: 'start' as const } : undefined;
    const end = item.px - 4 - width >= bounds.minX ? { left: item.px - 4 - width, anchor: 'end' as const } : undefined;
    const fallback = { left: Math.max(bounds.minX, Math.min(item.px + 4, bounds.maxX - width)), anchor: 'start' as const };
    const sides = [start, end].filter((side) => side !== undefined);
    return { px: item.px, lines, width, sides: sides.length ? sides : [fallback] };
  });
  const clashes = (placed: Placed[], me: Omit<Placed, 'row'>, row: number) =>
    placed.some((other) => {
      const sameRow = other.row === row && me.left < other.right + pad && other.left < me.right + pad;
      const crossesRuleAbove = other.row < row && other.px > me.left - 3 && other.px < me.right + 3;
      const coversMyRule = other.row > row && me.px > other.left - 3 && me.px < other.right + 3;
      return sameRow || crossesRuleAbove || coversMyRule;
    });
  let best: Placed[] | undefined;
  const orders = permutations(blocks.map((_, i) => i)).slice(0, 120);
  for (const order of orders) {
    for (let mask = 0; mask < 1 << blocks.length; mask++) {
      const placed: Placed[] = [];
      for (const i of order) {
        const block = blocks[i]!;
        const side = block.sides[(mask >> i) & 1] ?? block.sides[0]!;
        const me = { lines: block.lines, x: side.anchor === 'start' ? side.left : side.left + block.width, anchor: side.anchor, left: side.left, right: side.left + block.width, px: block.px };
        const row = Array.from({ length: blocks.length }, (_, r) => r).find((r) => !clashes(placed, me, r));
        if (row === undefined) break;
        placed.push({ ...me, row });
      }
      if (placed.length !== blocks.length) continue;
      const rows = (p: Placed[]) => Math.max(0, ...p.map((q) => q.row + 1));
      if (!best || rows(placed) < rows(best)) best = placed;
    }
  }
  // Should no layout avoid every crossing (many long labels), stack one label per row.
  const placed = best ?? blocks.map((block, row) => ({ lines: block.lines, x: block.sides[0]!.left, anchor: 'start' as const, left: block.sides[0]!.left, right: block.sides[0]!.left + block.width, px: block.px, row }));
  const rows = Math.max(0, ...placed.map((p) => p.row + 1));
  const rowHeights = Array.from({ length: rows }, (_, row) => Math.max(1, ...placed.filter((p) => p.row === row).map((p) => p.lines.length)) * lineHeight(fs) + 4);
  const rowTop = (row: number) => 2 + rowHeights.slice(0, row).reduce((a, b) => a + b, 0);
  return { placed, rowTop, height: rowTop(rows) };
}

/** The x scale, y scale, axes, annotations and direct labels of a time chart. */
export function timeFrame(series: SeriesData[], spec: RenderSpec, options: RenderOptions, labelOf: (s: SeriesData) => string = (s) => pick(s.label, options.locale)) {
  const board = artboardOfWidth(options.width);
  const fs = board.fontSize;
  const lh = lineHeight(fs);
  const lang = langOf(options.locale);
  const unit = series[0]!.unit;
  const points = series.flatMap((s) => s.points);
  const texts: ChartText[] = [];
  const rules: ChartRule[] = [];

  // Direct labels decide the right margin.
  const labelBlocks = series.map((s) => wrapText(labelOf(s), board.labelWidth, fs, true));
  const right = Math.ceil(Math.max(0, ...labelBlocks.map((lines) => blockWidth(lines, fs, true)))) + 10;

  // Value axis: starts at spec.y.min unless the data go lower.
  const plotHeight = board.plotHeight;
  const values = points.map((p) => p.value);
  const y = scaleLinear()
    .domain([Math.min(spec.y.min, min(values)!), spec.y.max ?? max(values)!])
    .nice(Math.max(3, Math.round(plotHeight / 50)));
  const yTicks = y.ticks(Math.max(3, Math.round(plotHeight / 50)));
  const yFormat = tickFormatter(yTicks, unit, options.locale);
  const left = Math.ceil(Math.max(...yTicks.map((t) => textWidth(yFormat(t), fs)))) + 8;

  // Time axis over the data (and the chart's declared range).
  const dates = points.map((p) => calendarDate(p.date));
  const [first, last] = extent(dates) as [Date, Date];
  const x = scaleUtc()
    .domain([spec.x.from ? calendarDate(spec.x.from) : first, spec.x.to ? calendarDate(spec.x.to) : last])
    .range([left, options.width - right]);

  // Annotations in rows above the plot.
  const annotations = layoutAnnotations(
    spec.annotations.filter((a) => x(calendarDate(a.date)) >= left && x(calendarDate(a.date)) <= options.width - right).map((a) => ({ px: x(calendarDate(a.date)), label: a.label[lang] })),
    { minX: 0, maxX: options.width - right },
    board,
  );
  const top = Math.ceil(annotations.height + fs * 0.9);
  y.range([top + plotHeight, top]);
  const plot = { left, top, right: options.width - right, bottom: top + plotHeight };

  for (const p of annotations.placed) {
    const rowTop = annotations.rowTop(p.row);
    texts.push({ x: p.x, y: rowTop + lh * 0.78, lines: p.lines, anchor: p.anchor, kind: 'annotation', pin: p.px });
    rules.push({ x1: p.px, y1: rowTop, x2: p.px, y2: plot.bottom, kind: 'annotation' });
  }

  for (const tick of yTicks) {
    rules.push({ x1: plot.left, y1: y(tick), x2: plot.right, y2: y(tick), kind: tick === 0 ? 'baseline' : 'grid' });
    texts.push({ x: plot.left - 6, y: y(tick) + fs * 0.3, lines: [yFormat(tick)], anchor: 'end', kind: 'tick' });
  }

  // Year ticks at 1 January, or, for yearly data, at the data's own dates; thinned until labels fit.
  const [d0, d1] = x.domain() as [Date, Date];
  const yearly = spec.x.precision === 'year' || spec.x.precision === 'fiscal-year';
  const candidates = yearly ? [...new Set(points.map((p) => p.date))].sort().map(calendarDate) : utcYear.range(d0, new Date(d1.getTime() + 1));
  const tickText = (d: Date) => formatDate(d, options.locale, { precision: yearly ? spec.x.precision : 'year', style: 'short' });
  const labelWidth = Math.max(0, ...candidates.map((d) => textWidth(tickText(d), fs)));
  const spacing = Math.min(...candidates.slice(1).map((d, i) => x(d) - x(candidates[i]!)), Infinity);
  const every = [1, 2, 3, 5, 10].find((k) => spacing * k >= labelWidth + 10) ?? 10;
  const thinned = candidates.filter((d, i) => (yearly ? i % every === 0 : d.getUTCFullYear() % every === 0));
  // A range within one year (e.g. a single point) holds no 1 January: label its start instead.
  const ticks = thinned.length > 0 ? thinned : [d0];
  for (const tick of ticks) {
    const px = x(tick);
    const text = tickText(tick);
    const half = textWidth(text, fs) / 2;
    const anchor = px - half < 0 ? 'start' : px + half > options.width ? 'end' : 'middle';
    rules.push({ x1: px, y1: plot.bottom, x2: px, y2: plot.bottom + 4, kind: 'tick' });
    texts.push({ x: anchor === 'start' ? Math.max(0, px - 2) : anchor === 'end' ? options.width : px, y: plot.bottom + 9 + fs * 1.2, lines: [text], anchor, kind: 'tick', pin: px });
  }

  // Direct labels beside the last value of each series, spread so they never overlap.
  const lastValues = series.map((s) => y(s.points[s.points.length - 1]!.value));
  const centres = dodge(
    labelBlocks.map((lines, i) => ({ y: lastValues[i]!, height: lines.length * lh })),
    plot.top - fs * 0.5,
    plot.bottom,
    3,
  );
  labelBlocks.forEach((lines, i) => {
    texts.push({ x: plot.right + 8, y: firstBaseline(centres[i]!, lines.length, fs), lines, anchor: 'start', kind: 'label', color: series[i]!.color, bold: true });
  });

  const height = Math.ceil(plot.bottom + 9 + fs * 1.6);
  return { board, x, y, plot, rules, texts, height, unit, format: (v: number) => formatValue(v, unit, options.locale) };
}

/** A point's screen position in a time frame. */
export function position(frame: { x: ScaleTime<number, number>; y: ScaleLinear<number, number> }, point: { date: string; value: number }) {
  return { x: frame.x(calendarDate(point.date)), y: frame.y(point.value) };
}

/** Dots for every value of every series, hollow where estimated. */
export function dotMarks(series: SeriesData[], frame: ReturnType<typeof timeFrame>, spec: RenderSpec, options: RenderOptions, r: number): ChartMark[] {
  return series.flatMap((s) =>
    s.points.map((point) => {
      const at = position(frame, point);
      return { shape: 'circle', x: at.x, y: at.y, r, color: s.color, estimate: point.estimate, anchor: at, tip: tipOf(s, point, spec, options.locale) } satisfies ChartMark;
    }),
  );
}

/** Assembles a model from a frame and marks. */
export function frameModel(spec: RenderSpec, options: RenderOptions, frame: ReturnType<typeof timeFrame>, parts: Pick<ChartModel, 'paths' | 'marks'>): ChartModel {
  return {
    ...modelBase(spec, options, frame.board),
    height: frame.height,
    plot: frame.plot,
    crosshair: 'x',
    rules: frame.rules,
    texts: frame.texts,
    ...parts,
    hasEstimates: parts.marks.some((m) => m.estimate),
  };
}
