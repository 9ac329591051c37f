import { max, scaleLinear, scaleUtc, utcYear } from 'd3';
import type { SeriesData } from '../../charts/data.ts';
import { tickFormatter } from '../../charts/format.ts';
import { calendarDate } from '../../i18n/index.ts';
import { lineHeight } from '../../charts/model.ts';
import type { ChartPath } from '../../charts/model.ts';
import { segmentPaths } from '../../charts/segments.ts';
import { textWidth } from '../../charts/text.ts';
import type { Locale } from '../../i18n/index.ts';
import type { TimelineCategory, TimelineEvent } from '../../schemas/timeline.ts';

/**
 * The timeline graphic as plain data (house style: no DOM), for one art-board width. Coordinates
 * are SVG user units in a `0 0 width height` viewBox, drawn at that size or larger, so text set at
 * `fontSize` is never smaller on screen.
 *
 * From top to bottom: the data panels (small multiples of the story's charts, each on its own
 * scale, sharing the time axis), a legend of event kinds, one lane per kind with a mark per event,
 * and the year axis. 2013–2021 takes most of the width; the events after the article sit in a
 * separate, compressed epilogue segment on the right, beyond a break.
 */

/**
 * Art-boards, as for the charts (src/charts/options.ts). Each is shown while its container is at
 * least `shownFrom` wide, scaled to fit, so its text is never drawn smaller than
 * `fontSize × shownFrom / width` (12 px or more). Two, for the page's weight: phones from 320 px
 * (a 288 px column) up, with its text set larger to allow for the scaling down, and anything from
 * a 480 px column (the desktop column, the embed).
 */
export const TIMELINE_BOARDS = [
  { name: '320', width: 320, shownFrom: 288, fontSize: 13.5, panelHeight: 20, mark: 3.25 },
  { name: '480', width: 480, shownFrom: 480, fontSize: 13, panelHeight: 40, mark: 4.25 },
] as const;
/** The board of the standalone export (the PNG), wider than any on the page. */
export const TIMELINE_EXPORT_BOARD = { name: '640', width: 640, shownFrom: 640, fontSize: 13, panelHeight: 52, mark: 4.5 } as const;
export type TimelineBoard = (typeof TIMELINE_BOARDS)[number] | typeof TIMELINE_EXPORT_BOARD;

export const categories: readonly TimelineCategory[] = ['block', 'unblock', 'regulation', 'product', 'market'];

/** The lanes, top to bottom: product and market moves are few, so they share one (their marks differ). */
export const lanesOf: readonly (readonly TimelineCategory[])[] = [['block'], ['unblock'], ['regulation'], ['product', 'market']];

export const defaults = {
  /** Share of the width for 2013–2021; the epilogue starts after a gap and runs to the edge. */
  mainShare: 0.82,
  epilogueStart: 0.87,
  main: ['2013-01-01', '2022-01-01'] as const,
  epilogue: ['2023-01-01', '2027-01-01'] as const,
  panelGap: 6,
};

/** One panel: a story chart's series on their own value scale. */
export interface PanelInput {
  /** Chart id (content/charts/<id>.yaml): the panel links to it. */
  chart: string;
  /** Dots only (irregular statements, as the chart draws them) or lines with dots on estimates. */
  dotsOnly: boolean;
  /** The panel's heading. */
  title: string;
  /** The chart's series, with the dataset each comes from. */
  series: { dataset: string; label: string; data: SeriesData }[];
}

export interface GraphicText {
  kind: 'heading' | 'name' | 'value' | 'legend' | 'axis';
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  /** Ink of a series name (0 strong, 1 light), as its line; undefined for a heading. */
  ink?: number;
  /** Event category, for a legend entry. */
  category?: TimelineCategory;
}

export interface PanelDot {
  x: number;
  y: number;
  ink: number;
  estimate: boolean;
}

export interface PanelModel {
  chart: string;
  top: number;
  bottom: number;
  texts: GraphicText[];
  /** Swatches for series names in the heading (a short line in the series' ink). */
  swatches: { x: number; y: number; ink: number }[];
  grid: { y: number; baseline: boolean }[];
  /** One group per dataset: `[data-series="<dataset>"]`. */
  groups: { dataset: string; paths: (ChartPath & { ink: number })[]; dots: PanelDot[] }[];
}

export interface EventMark {
  id: string;
  category: TimelineCategory;
  epilogue: boolean;
  x: number;
  y: number;
  /** Datasets emphasised while this event is active. */
  series: string[];
}

export interface TimelineGraphicModel {
  board: TimelineBoard;
  width: number;
  height: number;
  fontSize: number;
  main: [number, number];
  epilogue: [number, number];
  panels: PanelModel[];
  legend: { texts: GraphicText[]; marks: { x: number; y: number; category: TimelineCategory }[] };
  lanes: { categories: readonly TimelineCategory[]; top: number; bottom: number }[];
  marks: EventMark[];
  /** Where an active event's guide starts: the top of the first panel. */
  guideTop: number;
  /** Year ticks (x of each) and their labels, thinned until they fit. */
  axis: { y: number; ticks: number[]; labels: GraphicText[]; epilogueLabel: GraphicText };
  /** Where the break between the two segments is drawn. */
  breakX: number;
}

/** Whole units, as timeline-svg.ts draws positions, so what the tests check is what is drawn. */
const round = Math.round;
/** A tenth of a unit: heights on a series line (through whole units a shallow line shows steps) and the event marks' sizes. */
export const tenth = (n: number) => Math.round(n * 10) / 10;
const DAY = 86_400_000;

/** Items of a legend or heading flowed into lines no wider than `width`; returns their positions and the height used. */
function flow(items: { width: number }[], left: number, width: number, top: number, lh: number, gap: number) {
  let x = left;
  let line = 0;
  const placed = items.map((item) => {
    if (x > left && x + item.width > left + width) {
      line++;
      x = left;
    }
    const at = { x, line };
    x += item.width + gap;
    return at;
  });
  return { placed, height: (line + 1) * lh, baseline: (l: number) => top + l * lh + lh * 0.78 };
}

/** The event's moment: its day, or the middle of its month or year when only that is known. */
function momentOf(event: TimelineEvent): Date {
  const start = calendarDate(event.date);
  if (event.precision === 'day') return start;
  const end = event.precision === 'month' ? new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)) : new Date(Date.UTC(start.getUTCFullYear() + 1, 0, 1));
  return new Date((start.getTime() + end.getTime()) / 2);
}

export interface GraphicLabels {
  /** A category's name in the legend. */
  category: (category: TimelineCategory) => string;
  epilogue: string;
}

export function timelineGraphic(
  events: readonly TimelineEvent[],
  panels: readonly PanelInput[],
  board: TimelineBoard,
  locale: Locale,
  labels: GraphicLabels,
  options: Partial<typeof defaults> = {},
): TimelineGraphicModel {
  const o = { ...defaults, ...options };
  const { width, fontSize: fs } = board;
  const lh = lineHeight(fs);
  const mainRange: [number, number] = [1, round(width * o.mainShare)];
  const epilogueRange: [number, number] = [round(width * o.epilogueStart), width - board.mark - 1];
  const main = scaleUtc().domain(o.main.map(calendarDate)).range(mainRange);
  const epilogue = scaleUtc().domain(o.epilogue.map(calendarDate)).range(epilogueRange);
  const [mainStart, mainEnd] = main.domain() as [Date, Date];

  // Data panels.
  let y = 0;
  const panelModels = panels.map((panel) => {
    const texts: GraphicText[] = [];
    const swatches: PanelModel['swatches'] = [];
    const swatch = 14;
    const withNames = panel.series.length > 1;
    const items = [
      { width: textWidth(panel.title, fs, true), text: panel.title, ink: undefined as number | undefined },
      ...(withNames ? panel.series.map((s, i) => ({ width: swatch + 3 + textWidth(s.label, fs), text: s.label, ink: i })) : []),
    ];
    const heading = flow(items, 0, width, y, lh, 10);
    items.forEach((item, i) => {
      const at = heading.placed[i]!;
      const baseline = heading.baseline(at.line);
      if (item.ink === undefined) texts.push({ kind: 'heading', x: at.x, y: baseline, text: item.text, anchor: 'start' });
      else {
        swatches.push({ x: at.x, y: round(baseline - fs * 0.33), ink: item.ink });
        texts.push({ kind: 'name', x: at.x + swatch + 3, y: baseline, text: item.text, anchor: 'start', ink: item.ink });
      }
    });
    const top = y + heading.height + 2;
    const bottom = top + board.panelHeight;
    const inMain = (date: string) => date >= o.main[0] && date < o.main[1];
    const values = panel.series.flatMap((s) => s.data.points.filter((p) => inMain(p.date)).map((p) => p.value));
    const scale = scaleLinear().domain([0, max(values) ?? 1]).nice(3).range([bottom, top]);
    const ticks = scale.ticks(3);
    const format = tickFormatter(ticks, panel.series[0]!.data.unit, locale);
    const grid = ticks.map((t) => ({ y: round(scale(t)), baseline: t === 0 }));
    // The top value, on the right beyond the data (the epilogue has none), just under its grid line.
    const topTick = ticks.at(-1)!;
    texts.push({ kind: 'value', x: width, y: round(scale(topTick) + fs * 0.95), text: format(topTick), anchor: 'end' });
    const place = (point: { date: string; value: number }) => ({ x: main(calendarDate(point.date)), y: scale(point.value) });
    const byDataset = new Map<string, PanelModel['groups'][number]>();
    for (const [ink, s] of panel.series.entries()) {
      const points = s.data.points.filter((p) => inMain(p.date));
      const data = { ...s.data, points };
      const group = byDataset.get(s.dataset) ?? { dataset: s.dataset, paths: [], dots: [] };
      byDataset.set(s.dataset, group);
      if (!panel.dotsOnly) group.paths.push(...segmentPaths(data, place).map((path) => ({ ...path, ink })));
      for (const p of points) {
        if (!panel.dotsOnly && !p.estimate) continue;
        const at = place(p);
        group.dots.push({ x: round(at.x), y: tenth(at.y), ink, estimate: p.estimate });
      }
    }
    y = bottom + o.panelGap;
    return { chart: panel.chart, top, bottom, texts, swatches, grid, groups: [...byDataset.values()] } satisfies PanelModel;
  });
  const guideTop = panelModels[0]?.top ?? 0;

  // Legend of event kinds.
  y += 2;
  const legendItems = categories.map((category) => ({ category, text: labels.category(category), width: board.mark * 2 + 4 + textWidth(labels.category(category), fs) }));
  const legendFlow = flow(legendItems, 0, width, y, lh, 10);
  const legend: TimelineGraphicModel['legend'] = { texts: [], marks: [] };
  legendItems.forEach((item, i) => {
    const at = legendFlow.placed[i]!;
    const baseline = legendFlow.baseline(at.line);
    legend.marks.push({ x: round(at.x + board.mark), y: round(baseline - fs * 0.33), category: item.category });
    legend.texts.push({ kind: 'legend', x: round(at.x + board.mark * 2 + 4), y: round(baseline), text: item.text, anchor: 'start', category: item.category });
  });
  y += legendFlow.height + 2;

  // Lanes: one per kind; events too close to fit side by side go on further rows of their lane.
  const step = board.mark * 2 + 1.5;
  const rowHeight = board.mark * 2 + 2;
  const lanes: TimelineGraphicModel['lanes'] = [];
  const marks: EventMark[] = [];
  for (const laneCategories of lanesOf) {
    const inLane = events
      .filter((e) => laneCategories.includes(e.category))
      .map((event) => ({ event, x: (event.epilogue ? epilogue : main)(momentOf(event)) }))
      .sort((a, b) => a.x - b.x);
    const rowEnds: number[] = [];
    const rows = inLane.map(({ x }) => {
      let row = rowEnds.findIndex((end) => x - end >= step);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = x;
      return row;
    });
    const top = y;
    const count = Math.max(1, rowEnds.length);
    inLane.forEach(({ event, x }, i) => {
      marks.push({ id: event.id, category: event.category, epilogue: event.epilogue, x: round(x), y: round(top + rowHeight * (rows[i]! + 0.5) + 1), series: event.series });
    });
    y = top + count * rowHeight + 2;
    lanes.push({ categories: laneCategories, top, bottom: y });
  }
  // Marks in the events' order (the steps' order).
  const order = new Map(events.map((e, i) => [e.id, i]));
  marks.sort((a, b) => order.get(a.id)! - order.get(b.id)!);

  // Year axis: ticks every year, labels thinned until they fit (as the charts' frame does).
  const axisY = y + 1;
  const years = utcYear.range(mainStart, new Date(mainEnd.getTime() + DAY));
  const labelGap = 8;
  const labelWidth = textWidth('2020', fs);
  const spacing = main(years[1]!) - main(years[0]!);
  const every = [1, 2, 3, 5].find((k) => spacing * k >= labelWidth + labelGap) ?? 5;
  const ticks = years.map((d) => round(main(d)));
  const labelY = round(axisY + 4 + fs * 1.1);
  const yearLabels = years.flatMap((d, i): GraphicText[] =>
    d.getUTCFullYear() % every === 0 && d < mainEnd ? [{ kind: 'axis', x: ticks[i]!, y: labelY, text: String(d.getUTCFullYear()), anchor: 'middle' }] : [],
  );
  // A first label that would be cut at the board's left edge (2013, where every year has one)
  // starts at the edge instead, or is left out if that brings it too close to the next.
  const [first, second] = yearLabels;
  if (first && first.x - textWidth(first.text, fs) / 2 < 0) {
    const room = second ? second.x - textWidth(second.text, fs) / 2 - textWidth(first.text, fs) : Infinity;
    if (room >= labelGap) yearLabels[0] = { ...first, x: 0, anchor: 'start' };
    else yearLabels.shift();
  }
  const epilogueLabel: GraphicText = { kind: 'axis', x: width, y: labelY, text: labels.epilogue, anchor: 'end' };
  const height = Math.ceil(axisY + 4 + lh + 2);

  return {
    board,
    width,
    height,
    fontSize: fs,
    main: mainRange,
    epilogue: epilogueRange,
    panels: panelModels,
    legend,
    lanes,
    marks,
    guideTop,
    axis: { y: axisY, ticks, labels: yearLabels, epilogueLabel },
    breakX: round((mainRange[1] + epilogueRange[0]) / 2),
  };
}
