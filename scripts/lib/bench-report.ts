/**
 * The benchmark's report, its budgets, and the pure functions that check and print it.
 * `scripts/bench.ts` measures; everything here is deterministic and unit-tested.
 */
import type { PageKind } from './site-pages.ts';
import { HTML_GZIP_BUDGET } from '../../src/data/checks/budgets.ts';

/** Raw and gzip-compressed byte counts. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** Lighthouse mobile results; scores 0–100, times in milliseconds. */
export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** The HTML document's bytes on the wire (compressed body and headers), as Lighthouse saw them. */
  documentTransferBytes: number;
  /** Ids of the audits that failed in the four categories, to say what to fix. */
  failedAudits: string[];
}

export interface PageReport {
  path: string;
  kind: PageKind;
  /** The HTML document (with its inline scripts and styles). */
  html: Bytes;
  /** Stylesheets loaded plus inline `<style>` elements. */
  css: Bytes;
  /** Scripts loaded plus inline executable `<script>` elements (not JSON-LD). */
  js: Bytes;
  /** Number of requests the page made in a browser until the network was idle. */
  requests: number;
  /** Everything the page loaded, gzip-compressed as a static host sends it. */
  transfer: Bytes;
  /** Absent when Lighthouse could not run on the page. */
  lighthouse?: LighthouseResult;
  /** Why Lighthouse has no result, when it failed. */
  lighthouseError?: string;
}

export interface BenchReport {
  /** ISO timestamp of the run. */
  date: string;
  /** Origin the site was built for and served at. */
  site: string;
  /** Wall-clock seconds of `astro build` after removing dist/, .astro/ and Vite's cache; absent with --no-build. */
  coldBuildSeconds?: number;
  /** Lighthouse runs per page; each page reports its median run. */
  lighthouseRuns: number;
  /** The machine: CPU count and 1-minute load average at the start, since timings depend on both. */
  machine: { cpus: number; loadAverage: number };
  pages: PageReport[];
}

/** KB means 1,000 bytes throughout. */
export const KB = 1000;

/**
 * Every budget, in one place (the HTML sizes, which the build checks too, come from
 * src/data/checks/budgets.ts). A page breaks a budget when its value is past the limit.
 */
export const budgets = {
  /** Cold `astro build` on the 2-core build machine. */
  coldBuildSeconds: 30,
  /** The HTML document, gzip, by kind of page. */
  htmlGzip: HTML_GZIP_BUDGET,
  story: {
    /** Lighthouse mobile Largest Contentful Paint (median run), ms. */
    lcpMs: 1000,
    /**
     * The document on the wire (median run). Lighthouse's simulated phone connection delivers
     * 14,600 bytes with the first byte, 29,200 more a round trip later, then 30,660 per round trip
     * (its TCP model: 10 segments of 1,460 bytes, doubling, capped by 1.6 Mbit/s × 150 ms). A
     * document over 43,800 bytes waits a third round trip, 150 ms, before the page can paint.
     */
    documentTransferBytes: 43_800,
    /** All JavaScript a story page loads, gzip. */
    jsGzip: 10 * KB,
    /** Everything a story page loads, gzip. */
    transferGzip: 250 * KB,
  },
  embed: {
    /**
     * An embed page loads the story's one module (src/enhance/page.ts, about 4.7 KB): one
     * request per page, where two entries would share their chart code through a third file.
     */
    jsGzip: 5 * KB,
  },
  /** Lighthouse mobile, on every page. */
  lighthouse: {
    performance: 100,
    accessibility: 100,
    bestPractices: 100,
    /**
     * SEO applies to story and other pages, not to embeds: an embed is a fragment for other
     * sites' iframes and is rightly `noindex`, which Lighthouse's SEO category scores down.
     */
    seo: 100,
    cls: 0,
  },
} as const;

export type Budgets = typeof budgets;

export interface BrokenBudget {
  /** The page's path, or `build` for the build time. */
  where: string;
  metric: string;
  actual: number | string;
  limit: string;
}

/** Every budget the report breaks; an empty list means the report is within budget. */
export function checkBudgets(report: BenchReport, limits: Budgets = budgets): BrokenBudget[] {
  const broken: BrokenBudget[] = [];
  const over = (where: string, metric: string, actual: number, max: number) => {
    if (!(actual <= max)) broken.push({ where, metric, actual, limit: `≤ ${max}` });
  };
  const under = (where: string, metric: string, actual: number, min: number) => {
    if (!(actual >= min)) broken.push({ where, metric, actual, limit: `≥ ${min}` });
  };

  if (report.coldBuildSeconds !== undefined) over('build', 'cold build seconds', report.coldBuildSeconds, limits.coldBuildSeconds);
  if (report.pages.length === 0) broken.push({ where: 'site', metric: 'pages', actual: 0, limit: '≥ 1' });

  for (const page of report.pages) {
    over(page.path, 'HTML gzip bytes', page.html.gzip, limits.htmlGzip[page.kind]);
    if (page.kind === 'story') {
      over(page.path, 'JS gzip bytes', page.js.gzip, limits.story.jsGzip);
      over(page.path, 'transfer gzip bytes', page.transfer.gzip, limits.story.transferGzip);
    }
    if (page.kind === 'embed') over(page.path, 'JS gzip bytes', page.js.gzip, limits.embed.jsGzip);

    const lh = page.lighthouse;
    if (!lh) {
      broken.push({ where: page.path, metric: 'Lighthouse', actual: page.lighthouseError ?? 'no result', limit: 'a result' });
      continue;
    }
    const min = limits.lighthouse;
    under(page.path, 'Lighthouse performance', lh.performance, min.performance);
    under(page.path, 'Lighthouse accessibility', lh.accessibility, min.accessibility);
    under(page.path, 'Lighthouse best practices', lh.bestPractices, min.bestPractices);
    // Only the stories are for search results: embeds are chart frames, 404 pages are noindex.
    if (page.kind === 'story') under(page.path, 'Lighthouse SEO', lh.seo, min.seo);
    if (page.kind === 'story') over(page.path, 'LCP ms', Math.round(lh.lcpMs), limits.story.lcpMs);
    if (page.kind === 'story') over(page.path, 'document transfer bytes', lh.documentTransferBytes, limits.story.documentTransferBytes);
    over(page.path, 'CLS', lh.cls, min.cls);
  }
  return broken;
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);
const pair = ({ raw, gzip }: Bytes) => `${kb(raw)} / ${kb(gzip)}`;

/**
 * The median of several Lighthouse runs of one page: the run with the median performance
 * score (the lower middle one for an even count), so one disturbed run does not decide.
 */
export function medianRun(runs: LighthouseResult[]): LighthouseResult {
  if (runs.length === 0) throw new Error('medianRun: no runs');
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || b.tbtMs - a.tbtMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** The report as Markdown: one table row per page, the build time, and the broken budgets. */
export function reportMarkdown(report: BenchReport, broken: BrokenBudget[], limits: Budgets = budgets): string {
  const head = [
    'Page', 'Kind', 'HTML KB', 'HTML gzip budget KB', 'CSS KB', 'JS KB', 'Requests', 'Transfer KB',
    'Perf', 'A11y', 'Best pr.', 'SEO', 'LCP ms', 'CLS', 'TBT ms', 'Document on the wire KB',
  ];
  const rows = report.pages.map((page) => {
    const lh = page.lighthouse;
    const scores = lh
      ? [lh.performance, lh.accessibility, lh.bestPractices, lh.seo, Math.round(lh.lcpMs), lh.cls.toFixed(3), Math.round(lh.tbtMs), kb(lh.documentTransferBytes)]
      : ['–', '–', '–', '–', '–', '–', '–', '–'];
    return [`\`${page.path}\``, page.kind, pair(page.html), kb(limits.htmlGzip[page.kind]), pair(page.css), pair(page.js), page.requests, kb(page.transfer.gzip), ...scores];
  });
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    `# Benchmark, ${report.date}`,
    '',
    `Site: ${report.site}. Cold build: ${report.coldBuildSeconds === undefined ? 'not measured (--no-build)' : `${report.coldBuildSeconds.toFixed(1)} s`}.`,
    `Machine: ${report.machine.cpus} CPUs, load average ${report.machine.loadAverage.toFixed(1)} at the start${report.machine.loadAverage > report.machine.cpus ? ' (busy: timings and performance scores are pessimistic)' : ''}.`,
    `Bytes are raw / gzip in KB (1 KB = 1,000 bytes); transfer is gzip. Lighthouse: mobile, simulated throttling, median of ${report.lighthouseRuns} run${report.lighthouseRuns === 1 ? '' : 's'}.`,
    '',
    line(head),
    line(head.map((_, i) => (i < 2 ? '---' : '---:'))),
    ...rows.map(line),
    '',
    broken.length === 0 ? 'All budgets met.' : `Broken budgets (${broken.length}):`,
    ...broken.map((b) => `- ${b.where}: ${b.metric} is ${b.actual}, budget ${b.limit}`),
  ];
  const failed = report.pages.filter((p) => p.lighthouse?.failedAudits.length);
  if (failed.length > 0) {
    lines.push('', 'Lighthouse audits below a full score:', ...failed.map((p) => `- ${p.path}: ${p.lighthouse!.failedAudits.join(', ')}`));
  }
  return lines.join('\n') + '\n';
}
