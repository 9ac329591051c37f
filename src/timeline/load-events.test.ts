import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTimelineEvents } from './load-events.ts';

const FILE = 'content/timeline/events.yaml';

const event = (fields: string) => `- id: a-move
  date: "2013-08-01"
  precision: day
  category: block
  title: {zh: "标题", en: "Title"}
  body: {zh: "正文。", en: "Body."}
${fields}`;
const source = `  sources:
    - {name: "Publisher, report, 2013", url: "http://example.org/a", accessed: "2026-11-25", tier: press}
`;

describe('parseTimelineEvents', () => {
  it('reads the real file: every event valid, sourced and in date order', () => {
    const events = parseTimelineEvents(readFileSync(FILE, 'utf8'), FILE);
    expect(events.length).toBeGreaterThanOrEqual(14);
    for (const e of events) expect(e.sources.length).toBeGreaterThan(0);
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('keeps http source URLs as written', () => {
    const [parsed] = parseTimelineEvents(event(source), FILE);
    expect(parsed?.sources[0]?.url).toBe('http://example.org/a');
  });

  it('fails an undated event, naming the file and line', () => {
    const text = event(source).replace('  date: "2013-08-01"\n', '');
    expect(() => parseTimelineEvents(text, FILE)).toThrow(/content\/timeline\/events\.yaml:1: event "a-move": date:/);
  });

  it('fails an unsourced event, naming the file and line of the field', () => {
    expect(() => parseTimelineEvents(event('  sources: []\n'), FILE)).toThrow(
      /content\/timeline\/events\.yaml:7: event "a-move": sources: every event needs at least one source/,
    );
    expect(() => parseTimelineEvents(event(''), FILE)).toThrow(/events\.yaml:1: event "a-move": sources:/);
  });

  it('fails a month-precision date that invents a day', () => {
    const text = event(source).replace('precision: day', 'precision: month').replace('2013-08-01', '2013-08-09');
    expect(() => parseTimelineEvents(text, FILE)).toThrow(/events\.yaml:2: event "a-move": date: with precision "month" the date must be the 1st/);
  });

  it('fails events out of date order, and duplicate ids', () => {
    const later = event(source).replace('a-move', 'later').replace('2013-08-01', '2014-01-01');
    expect(() => parseTimelineEvents(later + event(source), FILE)).toThrow(/events\.yaml:9: event "a-move": date 2013-08-01 comes before/);
    expect(() => parseTimelineEvents(event(source) + event(source), FILE)).toThrow(/events\.yaml:9: event "a-move": duplicate id \(first at line 1\)/);
  });

  it('on one date, wants day-precision events before month-precision ones', () => {
    const month = event(source).replace('a-move', 'in-that-month').replace('precision: day', 'precision: month');
    expect(parseTimelineEvents(event(source) + month, FILE)).toHaveLength(2);
    expect(() => parseTimelineEvents(month + event(source), FILE)).toThrow(/events\.yaml:9: event "a-move": on the same date 2013-08-01, list day-precision events before/);
  });

  it('fails a post-article event not marked as epilogue', () => {
    const text = event(source).replace('2013-08-01', '2024-09-12');
    expect(() => parseTimelineEvents(text, FILE)).toThrow(/epilogue: events from 2021-12-01 on belong to the epilogue/);
  });
});

describe('parseTimelineEvents: series an event is about', () => {
  const drawn = new Set(['wechat-mau', 'pinduoduo-active-buyers']);

  it('accepts datasets the graphic draws, and no series at all', () => {
    const [about] = parseTimelineEvents(event(source + '  series: [pinduoduo-active-buyers]\n'), FILE, drawn);
    expect(about?.series).toEqual(['pinduoduo-active-buyers']);
    const [plain] = parseTimelineEvents(event(source), FILE, drawn);
    expect(plain?.series).toEqual([]);
  });

  it('fails a dataset the graphic does not draw, naming the file and the line of the entry', () => {
    const text = event(source + '  series:\n    - wechat-mau\n    - pinduoduo-buyers\n');
    expect(() => parseTimelineEvents(text, FILE, drawn)).toThrow(
      /content\/timeline\/events\.yaml:11: event "a-move": series: "pinduoduo-buyers" is not a dataset the timeline draws \(drawn: wechat-mau, pinduoduo-active-buyers\)/,
    );
  });

  it('the real file names only datasets of the timeline charts', async () => {
    const { timelineDatasetIds } = await import('./series.ts');
    const events = parseTimelineEvents(readFileSync(FILE, 'utf8'), FILE, timelineDatasetIds());
    expect(events.some((e) => e.series.length > 0)).toBe(true);
  });
});
