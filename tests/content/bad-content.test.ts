/**
 * The bad-content corpus: each case breaks one content file the way an editor might, in a copy
 * of the site, and requires `astro sync` (loaders and schemas), or else the build, to fail naming
 * that file and the line of the mistake.
 * The expected line is found in the edited text here, never taken from the build's output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, makeSiteCopy, syncCopies, type BuildResult, type SiteCopy } from './site-copy.ts';

type Edit = { replace: string; with: string } | { append: string };

interface BadCase {
  name: string;
  /** The file edited, relative to the site root. */
  file: string;
  edit: Edit;
  /**
   * Text whose first line, found in the edited file, is the line the build must name. Defaults
   * to the edit's own text (the replacement, or the appended block's first line).
   */
  at?: string;
  /**
   * Syntax errors found by the MDX parser come out as `Expected a closing tag for <Chart> (48:1-48:24)`
   * with `Location: …/en.mdx:0:0`: the file is named, and the line only inside the message.
   */
  parserPosition?: true;
}

const event = (lines: string[]) => `\n${lines.join('\n')}\n`;

export const corpus: BadCase[] = [
  {
    name: 'MDX: <Term> with an id not in the glossary',
    file: 'content/story/zh.mdx',
    edit: { replace: '<Term id="hulian-hutong">', with: '<Term id="hulian-hutong-typo">' },
  },
  {
    name: 'MDX: <Chart> with an id that has no chart spec',
    file: 'content/story/en.mdx',
    edit: { replace: '<Chart id="wechat-net-additions" />', with: '<Chart id="wechat-net-adds" />' },
  },
  {
    name: 'MDX: a tag never closed',
    file: 'content/story/en.mdx',
    edit: { replace: '<Chart id="wechat-mau" />', with: '<Chart id="wechat-mau">' },
    parserPosition: true,
  },
  {
    name: 'CSV: a value that is not a plain number',
    file: 'content/data/wechat-mau.csv',
    edit: { replace: '2013-06-30,mau,235800000,', with: '2013-06-30,mau,2.358亿,' },
  },
  {
    name: 'CSV: the same date twice in a series',
    file: 'content/data/wechat-mau.csv',
    edit: { replace: '2013-09-30,mau,271900000,', with: '2013-06-30,mau,271900000,' },
  },
  {
    name: 'CSV: a missing column in the header',
    file: 'content/data/wechat-mau.csv',
    edit: { replace: 'date,series,value,source,estimate,note\n', with: 'date,series,value,source,note\n' },
  },
  {
    name: 'dataset YAML: a source without url',
    file: 'content/data/wechat-mau.yaml',
    edit: {
      replace: '  tencent-2q2013:\n    name: "Tencent Holdings, 2013 second quarter and interim results, 2013-08-14; via MacRumors"\n    url: "https://www.macrumors.com/2013/08/14/whatsapp-rival-wechat-continues-strong-growth-as-user-base-tops-235-million"\n',
      with: '  tencent-2q2013:\n    name: "Tencent Holdings, 2013 second quarter and interim results, 2013-08-14; via MacRumors"\n',
    },
  },
  {
    name: 'chart spec: a series the dataset does not have',
    file: 'content/charts/wechat-mau.yaml',
    edit: { replace: '    series: mau\n', with: '    series: dau\n' },
  },
  {
    name: 'timeline: an event without sources',
    file: 'content/timeline/events.yaml',
    edit: {
      append: event([
        '- id: test-unsourced-event',
        '  date: "2025-12-31"',
        '  precision: day',
        '  category: product',
        '  epilogue: true',
        '  title: {zh: "测试事件", en: "A test event"}',
        '  body: {zh: "没有来源的事件。", en: "An event without sources."}',
      ]),
    },
  },
  {
    name: 'timeline: an event out of date order',
    file: 'content/timeline/events.yaml',
    edit: {
      append: event([
        '- id: test-early-event',
        '  date: "2012-01-01"',
        '  precision: day',
        '  category: market',
        '  epilogue: false',
        '  title: {zh: "测试事件", en: "A test event"}',
        '  body: {zh: "日期早于前一事件。", en: "Dated before the event above it."}',
        '  sources:',
        '    - {name: "Test", url: "https://example.com/", accessed: "2026-11-25"}',
      ]),
    },
  },
  {
    name: 'glossary: a term without its English definition',
    file: 'content/glossary.yaml',
    edit: {
      replace:
        '    en: "The idea that rival internet platforms should stop walling each other off, so that links, content and services work across them. In 2021 China\'s Ministry of Industry and Information Technology (MIIT) made unblocking links a priority of a clean-up campaign and called interconnection an inevitable choice for the industry."\n',
      with: '',
    },
    // A list entry's problems are reported at the line where the entry starts.
    at: '- id: "hulian-hutong"',
  },
  {
    name: 'sidenote: a note without sources',
    file: 'content/notes/sidenotes.yaml',
    edit: {
      append: event([
        '- id: "test-unsourced-note"',
        '  paragraph: 2',
        '  anchor: "微信"',
        '  kind: "context"',
        '  text: {zh: "没有来源的旁注。", en: "A note without sources."}',
      ]),
    },
  },
];

/** Applies the edit and returns the edited text with the 1-based line the build must name. */
export function applyEdit(text: string, c: BadCase): { text: string; line: number } {
  let edited: string;
  let marker: string;
  if ('replace' in c.edit) {
    const index = text.indexOf(c.edit.replace);
    if (index < 0) throw new Error(`${c.name}: "${c.edit.replace.slice(0, 60)}" is not in ${c.file}`);
    edited = text.slice(0, index) + c.edit.with + text.slice(index + c.edit.replace.length);
    marker = c.at ?? c.edit.with;
    if (!c.at) return { text: edited, line: edited.slice(0, index).split('\n').length };
  } else {
    edited = text.replace(/\n*$/, '\n') + c.edit.append;
    marker = c.at ?? c.edit.append.trim().split('\n')[0]!;
  }
  const at = edited.indexOf(marker);
  if (at < 0) throw new Error(`${c.name}: marker "${marker}" is not in the edited ${c.file}`);
  return { text: edited, line: edited.slice(0, at).split('\n').length };
}

/** Runs `tasks` with at most `limit` at once (the machine has 2 cores). */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

interface Outcome extends BuildResult {
  line: number;
}

const outcomes = new Map<string, Outcome>();
const copies: SiteCopy[] = [];

beforeAll(async () => {
  const cases = corpus.map((c) => {
    const copy = makeSiteCopy();
    copies.push(copy);
    const { text, line } = applyEdit(copy.read(c.file), c);
    copy.write(c.file, text);
    return { c, copy, line };
  });
  // `astro sync` first, all copies in one process: it runs the loaders and schemas, as a build
  // does before anything else. Only where it passes (the mistake shows when pages are rendered,
  // e.g. in MDX) is the full build run.
  const synced = await syncCopies(cases.map(({ copy }) => copy.dir));
  await pool(
    cases.map(({ c, copy, line }, i) => async () => {
      const result = synced[i]!.code !== 0 ? synced[i]! : await build(copy.dir);
      outcomes.set(c.name, { ...result, line });
    }),
    2,
  );
}, 30 * 60_000); // about a second per case alone; far more when the machine is shared

afterAll(() => {
  for (const copy of copies) copy.remove();
}, 60_000);

describe('bad content fails the build, naming file and line', () => {
  it('has at least 10 cases across MDX, data, charts, timeline, glossary and notes', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(10);
    const areas = new Set(corpus.map((c) => c.file.split('/')[1]));
    for (const area of ['story', 'data', 'charts', 'timeline', 'glossary.yaml', 'notes']) expect(areas).toContain(area);
  });

  it.each(corpus.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const outcome = outcomes.get(c.name)!;
    expect(outcome.code, outcome.output).not.toBe(0);
    if (c.parserPosition) {
      expect(outcome.output).toContain(`${c.file}:`);
      expect(outcome.output).toMatch(new RegExp(`\\(${outcome.line}:[0-9]+`));
      return;
    }
    // `file:line` followed by `:column`, `:` or the end: line 3 must not match line 30.
    const named = new RegExp(`${c.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${outcome.line}(?![0-9])`);
    expect(outcome.output, `expected "${c.file}:${outcome.line}" in:\n${outcome.output.slice(-3000)}`).toMatch(named);
  });
});
