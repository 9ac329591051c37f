/** Dot chart: values over time as unconnected dots (for irregular statements that a line would overstate). */
import type { SeriesData } from './data.ts';
import { dotMarks, frameModel, timeFrame } from './time-axes.ts';
import type { RenderOptions, RenderSpec } from './model.ts';
import type { ChartModel } from './model.ts';

export const defaults = { dotRadius: 4.5 };

export function renderDotChart(data: SeriesData[], spec: RenderSpec, options: RenderOptions): ChartModel {
  const frame = timeFrame(data, spec, options);
  return frameModel(spec, options, frame, { paths: [], marks: dotMarks(data, frame, spec, options, defaults.dotRadius) });
}
