import { line } from 'd3';
import type { SeriesData } from './data.ts';
import { calendarDate } from '../i18n/index.ts';
import type { ChartPath } from './model.ts';

const MONTH = 30.44 * 24 * 3600 * 1000;

/**
 * The connecting lines of a series as paths: solid between reported values, dashed where a
 * segment touches an estimate, and broken where two values are more than `gapMonths` apart.
 */
export function segmentPaths(series: SeriesData, place: (point: { date: string; value: number }) => { x: number; y: number }, gapMonths = Infinity): ChartPath[] {
  const runs: { dashed: boolean; points: [number, number][] }[] = [];
  const points = series.points;
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if ((calendarDate(b.date).getTime() - calendarDate(a.date).getTime()) / MONTH > gapMonths) continue;
    const dashed = a.estimate || b.estimate;
    const pa = place(a);
    const pb = place(b);
    const run = runs[runs.length - 1];
    const lastPoint = run?.points[run.points.length - 1];
    if (run && run.dashed === dashed && lastPoint?.[0] === pa.x && lastPoint[1] === pa.y) run.points.push([pb.x, pb.y]);
    else runs.push({ dashed, points: [[pa.x, pa.y], [pb.x, pb.y]] });
  }
  const path = line();
  return runs.map((run) => ({ d: path(run.points) ?? '', kind: 'line', color: series.color, dashed: run.dashed }));
}
