import { scaleUtc, utcMonth, utcYear } from 'd3';
import type { TimelineCategory, TimelineEvent } from '../../schemas/timeline.ts';

/**
 * The timeline graphic as plain data (house style: no DOM). Coordinates are SVG user units in a
 * `0 0 width height` viewBox. The main period (2013–2021) takes most of the width; events after
 * the article sit in a separate, compressed epilogue segment to the right.
 *
 * Each mark also carries its "focus": the zoom `k` and offset `tx` that the client applies to the
 * track (`translate(tx) scale(k, 1)`) to pan and zoom to that event's period. They are computed
 * here, at build time, so the client script only copies two numbers.
 */
export const defaults = {
  width: 400,
  laneHeight: 38,
  top: 4,
  axisHeight: 28,
  inset: 8,
  /** Share of the plot width for 2013–2021, then a gap, then the epilogue. */
  mainShare: 0.8,
  epilogueStart: 0.85,
  main: ['2013-01-01', '2022-01-01'] as const,
  epilogue: ['2023-01-01', '2027-01-01'] as const,
  /** Same-lane events closer than this many days are drawn on a second row. */
  dodgeDays: 30,
  /** Zoom: k = clamp(zoomDays / gap to nearest event, minZoom, maxZoom). */
  zoomDays: 900,
  minZoom: 3,
  maxZoom: 9,
};

export const categories: readonly TimelineCategory[] = ['block', 'unblock', 'regulation', 'product', 'market'];

export interface TimelineMark {
  id: string;
  category: TimelineCategory;
  epilogue: boolean;
  /** Position of the event (centre of its month or year when the day is unknown). */
  x: number;
  y: number;
  /** Start and end x of the month or year when the day is unknown (drawn as a band). */
  span?: [number, number];
  /** The pan/zoom that focuses this event: the track becomes translate(tx) scale(k, 1). */
  tx: number;
  k: number;
  /** Where the mark ends up on screen (plot coordinates) when focused; always inside the plot. */
  focusedX: number;
}

export interface TimelineGraphicModel {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  lanes: { category: TimelineCategory; y: number; labelY: number }[];
  years: { x: number; label: string; epilogue: boolean }[];
  segments: { main: [number, number]; epilogue: [number, number] };
  marks: TimelineMark[];
}

const DAY = 86_400_000;
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const round = (n: number) => Math.round(n * 100) / 100;
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** The time the mark stands for, and the interval when the day is not known. */
function interval(event: TimelineEvent): [Date, Date] {
  const start = utc(event.date);
  if (event.precision === 'day') return [start, start];
  return [start, event.precision === 'month' ? utcMonth.offset(start, 1) : utcYear.offset(start, 1)];
}

export function timelineGraphic(events: readonly TimelineEvent[], options: Partial<typeof defaults> = {}): TimelineGraphicModel {
  const o = { ...defaults, ...options };
  const plot = { x: o.inset, y: o.top, width: o.width - 2 * o.inset, height: categories.length * o.laneHeight };
  const main = scaleUtc().domain(o.main.map(utc)).range([0, o.mainShare * plot.width]);
  const epilogue = scaleUtc().domain(o.epilogue.map(utc)).range([o.epilogueStart * plot.width, plot.width]);
  const xOf = (date: Date, isEpilogue: boolean) => (isEpilogue ? epilogue : main)(date);

  const lanes = categories.map((category, i) => ({
    category,
    labelY: plot.y + i * o.laneHeight + 13,
    y: plot.y + i * o.laneHeight + 25,
  }));

  const times = events.map((e) => {
    const [start, end] = interval(e);
    return { event: e, start, end, mid: new Date((start.getTime() + end.getTime()) / 2) };
  });

  // Same-lane events within `dodgeDays` of each other alternate between two rows.
  const rows = new Map<TimelineEvent, 'single' | 'upper' | 'lower'>();
  for (const category of categories) {
    const inLane = times.filter((t) => t.event.category === category);
    inLane.forEach((t, i) => {
      const near = (other: (typeof inLane)[number] | undefined) =>
        other !== undefined && Math.abs(other.mid.getTime() - t.mid.getTime()) / DAY < o.dodgeDays;
      const previous = i > 0 ? rows.get(inLane[i - 1]!.event) : undefined;
      if (near(inLane[i - 1])) rows.set(t.event, previous === 'upper' ? 'lower' : 'upper');
      else rows.set(t.event, near(inLane[i + 1]) ? 'lower' : 'single');
    });
  }

  const marks = times.map(({ event, start, end, mid }) => {
    const lane = lanes[categories.indexOf(event.category)]!;
    const row = rows.get(event);
    const dy = row === 'upper' ? -5.5 : row === 'lower' ? 5.5 : 0;
    const x = xOf(mid, event.epilogue);
    let k: number;
    let centre: number;
    if (event.epilogue) {
      const [a, b] = epilogue.range() as [number, number];
      k = clamp(plot.width / ((b - a) * 1.2), 1, o.maxZoom);
      centre = (a + b) / 2;
    } else {
      const gaps = times
        .filter((t) => t.event !== event && !t.event.epilogue)
        .map((t) => Math.abs(t.mid.getTime() - mid.getTime()) / DAY);
      k = clamp(o.zoomDays / Math.max(1, Math.min(...gaps)), o.minZoom, o.maxZoom);
      centre = x;
    }
    const tx = clamp(plot.width / 2 - k * centre, plot.width - k * plot.width, 0);
    const mark: TimelineMark = {
      id: event.id,
      category: event.category,
      epilogue: event.epilogue,
      x: round(x),
      y: round(lane.y + dy),
      tx: round(tx),
      k: round(k),
      focusedX: round(tx + k * x),
    };
    if (event.precision !== 'day') mark.span = [round(xOf(start, event.epilogue)), round(xOf(end, event.epilogue))];
    return mark;
  });

  const years = [
    ...main.ticks(utcYear.every(1)!).slice(0, -1).map((d) => ({ x: round(main(d)), label: String(d.getUTCFullYear()), epilogue: false })),
    ...epilogue.ticks(utcYear.every(1)!).slice(0, -1).map((d) => ({ x: round(epilogue(d)), label: String(d.getUTCFullYear()), epilogue: true })),
  ];

  return {
    width: o.width,
    height: plot.y + plot.height + o.axisHeight,
    plot,
    lanes,
    years,
    segments: { main: main.range() as [number, number], epilogue: epilogue.range() as [number, number] },
    marks,
  };
}
