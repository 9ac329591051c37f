import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Loader } from 'astro/loaders';
import { yamlToJs } from '../data/yaml-lines.ts';
import { issueMessage } from '../data/issue-message.ts';
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

/** The problem with one event, as `file:line: event "id": field: message`. */
function where(file: string, lines: LineCounter, node: Node | null | undefined): string {
  const offset = node?.range?.[0];
  return offset === undefined ? file : `${file}:${lines.linePos(offset).line}`;
}

/**
 * Parses and checks content/timeline/events.yaml: a YAML list of events, each valid against
 * `timelineEventSchema`, ids unique, dates in ascending order, and (when `series` is given) every
 * dataset an event names in `series:` one the graphic draws. Throws one error listing every
 * problem with its file and line, so an undated or unsourced event fails the build.
 */
export function parseTimelineEvents(text: string, file: string, series?: ReadonlySet<string>): TimelineEvent[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new Error(doc.errors.map((e) => `${file}:${lines.linePos(e.pos[0]).line}: YAML: ${e.message}`).join('\n'));
  }
  if (!isSeq(doc.contents)) throw new Error(`${file}: must be a YAML list of events`);
  const problems: string[] = [];
  const events: TimelineEvent[] = [];
  const seen = new Map<string, string>();
  doc.contents.items.forEach((item, index) => {
    const node = item as Node;
    const raw: unknown = yamlToJs(doc, node, file, lines);
    const label = typeof (raw as { id?: unknown })?.id === 'string' ? `event "${(raw as { id: string }).id}"` : `event #${index + 1}`;
    const at = where(file, lines, node);
    const result = timelineEventSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = issue.path[0];
        const field = isMap(node) && typeof key === 'string' ? (node.get(key, true) as Node | undefined) : undefined;
        const path = issue.path.length > 0 ? issue.path.join('.') : '(event)';
        problems.push(`${where(file, lines, field ?? node)}: ${label}: ${path}: ${issueMessage(issue)}`);
      }
      return;
    }
    const event = result.data;
    const seriesNode = isMap(node) ? (node.get('series', true) as Node | undefined) : undefined;
    for (const [i, id] of event.series.entries()) {
      if (series && !series.has(id)) {
        const item = isSeq(seriesNode) ? (seriesNode.items[i] as Node | undefined) : undefined;
        problems.push(`${where(file, lines, item ?? seriesNode ?? node)}: ${label}: series: "${id}" is not a dataset the timeline draws (drawn: ${[...series].join(', ')})`);
      }
    }
    const previousAt = seen.get(event.id);
    if (previousAt) problems.push(`${at}: ${label}: id is already used at ${previousAt}`);
    seen.set(event.id, at);
    const previous = events.at(-1);
    if (previous && compareEvents(event, previous) < 0) {
      problems.push(
        event.date < previous.date
          ? `${at}: ${label}: date ${event.date} comes before the previous event's ${previous.date}; keep events in date order`
          : `${at}: ${label}: on the same date ${event.date}, list day-precision events before month- and year-precision ones`,
      );
    }
    events.push(event);
  });
  if (problems.length > 0) throw new Error(`Invalid timeline:\n${problems.join('\n')}`);
  return events;
}

/** A content loader for the timeline list that fails the build with file:line messages. */
export function timelineLoader(path: string): Loader {
  return {
    name: 'kaimen-timeline',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const url = new URL(path, `file://${process.cwd()}/`);
      const file = relative(process.cwd(), url.pathname);
      const sync = async () => {
        const events = parseTimelineEvents(await readFile(url, 'utf8'), file, timelineDatasetIds());
        store.clear();
        for (const event of events) {
          const data = await parseData({ id: event.id, data: event, filePath: file });
          store.set({ id: event.id, data, digest: generateDigest(data), filePath: file });
        }
        logger.info(`${events.length} events from ${file}`);
      };
      await sync();
      watcher?.add(url.pathname);
      watcher?.on('change', (changed) => {
        if (changed === url.pathname) sync().catch((error: unknown) => logger.error(String(error)));
      });
    },
  };
}
