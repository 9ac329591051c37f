/**
 * The data behind the timeline graphic: three of the story's charts, drawn as small multiples on
 * the timeline's time axis. Each panel takes its series straight from the chart's spec
 * (content/charts/<id>.yaml) and the datasets it names, so a corrected CSV or spec corrects the
 * timeline as well as the chart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Chart ids, top to bottom: where the messages were, where the buyers were, where attention went. */
export const TIMELINE_CHARTS = ['wechat-mau', 'pinduoduo-vs-alibaba', 'douyin-dau'] as const;
export type TimelineChartId = (typeof TIMELINE_CHARTS)[number];

/**
 * The ids of the datasets the graphic draws (those an event may name in `series:`), read from the
 * chart files so the loader can check events.yaml before the charts collection exists.
 */
export function timelineDatasetIds(root = process.cwd()): Set<string> {
  const ids = new Set<string>();
  for (const chart of TIMELINE_CHARTS) {
    const spec = parse(readFileSync(join(root, 'content/charts', `${chart}.yaml`), 'utf8')) as { series?: { dataset?: unknown }[] } | null;
    for (const entry of spec?.series ?? []) if (typeof entry.dataset === 'string') ids.add(entry.dataset);
  }
  return ids;
}
