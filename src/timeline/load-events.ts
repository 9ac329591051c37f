import type { Loader } from 'astro/loaders';
import { parseYamlList, yamlListLoader, type YamlListOptions } from '../data/yaml.ts';
import { timelineEventSchema, type TimelineEvent } from '../schemas/timeline.ts';
import { timelineDatasetIds } from './series.ts';

const precisionRank = { day: 0, month: 1, year: 2 } as const;

/**
 * Timeline order: by date, then day-precision before month- and year-precision events on the
 * same date (a month-precision event stands for the whole month). The file must be in this order,
 * and the page sorts by it, so the page always shows the file's order.
 */
export function compareEvents(a: Pick<TimelineEvent, 'date' | 'precision'>, b: Pick<TimelineEvent, 'date' | 'precision'>): number {
  return a.date.localeCompare(b.date) || precisionRank[a.precision] - precisionRank[b.precision];
}

/**
 * Parses and checks content/timeline/events.yaml: a YAML list of events, each valid against
 * `timelineEventSchema`, ids unique, dates in ascending order, and (when `series` is given) every
 * dataset an event names in `series:` one the graphic draws. Throws one error listing every
 * problem with its file and line, so an undated or unsourced event fails the build.
 */
export function parseTimelineEvents(text: string, file: string, series?: ReadonlySet<string>): TimelineEvent[] {
  return parseYamlList(text, file, timelineEventSchema, timelineChecks(series)).map((entry) => entry.data);
}

/** What the list reader checks across events: their order, and the series they name. */
function timelineChecks(series?: ReadonlySet<string>): YamlListOptions<TimelineEvent> {
  return {
    noun: 'event',
    check: (entries) =>
      entries.flatMap(({ data: event }, i) => {
        const problems: [PropertyKey[], string][] = [];
        for (const [j, id] of event.series.entries()) {
          if (series && !series.has(id)) problems.push([[i, 'series', j], `series: "${id}" is not a dataset the timeline draws (drawn: ${[...series].join(', ')})`]);
        }
        const previous = entries[i - 1]?.data;
        if (previous && compareEvents(event, previous) < 0) {
          problems.push([
            [i],
            event.date < previous.date
              ? `date ${event.date} comes before the previous event's ${previous.date}; keep events in date order`
              : `on the same date ${event.date}, list day-precision events before month- and year-precision ones`,
          ]);
        }
        return problems;
      }),
  };
}

/** A content loader for the timeline list that fails the build with file:line messages. */
export function timelineLoader(file: string): Loader {
  return yamlListLoader(file, timelineEventSchema, () => timelineChecks(timelineDatasetIds()));
}
