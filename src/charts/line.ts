/** Line chart: values over time, one line per series, dots on every value, labels at the end. */
import type { SeriesData } from './data.ts';
import { dotMarks, frameModel, position, timeFrame } from './time-axes.ts';
import type { RenderOptions, RenderSpec } from './model.ts';
import type { ChartModel } from './model.ts';
import { segmentPaths } from './segments.ts';

export const defaults = { dotRadius: 3 };

export function renderLineChart(data: SeriesData[], spec: RenderSpec, options: RenderOptions): ChartModel {
  const frame = timeFrame(data, spec, options);
  const paths = data.flatMap((s) => segmentPaths(s, (p) => position(frame, p), spec.x.gap));
  return frameModel(spec, options, frame, { paths, marks: dotMarks(data, frame, spec, options, defaults.dotRadius) });
}
