/** Area chart: one series over time, filled down to the baseline, with its line and dots on top. */
import { area } from 'd3';
import type { SeriesData } from './data.ts';
import { dotMarks, frameModel, position, timeFrame } from './time-axes.ts';
import type { RenderOptions, RenderSpec } from './model.ts';
import type { ChartModel, ChartPath } from './model.ts';
import { segmentPaths } from './segments.ts';

export const defaults = { dotRadius: 3 };

export function renderAreaChart(data: SeriesData[], spec: RenderSpec, options: RenderOptions): ChartModel {
  const frame = timeFrame(data, spec, options);
  const baseline = frame.y(Math.max(frame.y.domain()[0]!, 0));
  const fills: ChartPath[] = data.map((s) => {
    const points = s.points.map((p) => position(frame, p));
    const d = area<{ x: number; y: number }>().x((p) => p.x).y0(baseline).y1((p) => p.y)(points) ?? '';
    return { d, kind: 'area', color: s.color, dashed: false };
  });
  const lines = data.flatMap((s) => segmentPaths(s, (p) => position(frame, p), spec.x.gap));
  return frameModel(spec, options, frame, { paths: [...fills, ...lines], marks: dotMarks(data, frame, spec, options, defaults.dotRadius) });
}
