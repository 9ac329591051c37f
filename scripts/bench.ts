/**
 * The performance benchmark: cold-builds the site, serves dist/ locally, and reports per page
 * the bytes (HTML, CSS, JS, raw and gzip), requests and transfer, and Lighthouse mobile
 * scores. Writes bench/report.json and bench/report.md, prints the table, and exits 1 when a
 * budget in scripts/lib/bench-report.ts is broken.
 *
 *   npm run bench                 # cold build, then measure every page in dist/
 *   npm run bench -- --no-build   # measure the existing dist/
 *   npm run bench -- --runs 5     # Lighthouse runs per page (default 3; the median is reported)
 *   npm run bench -- --kind story # only the story pages (or: embed)
 *
 * The site is built for and served at SITE_URL (default http://localhost:4321), so canonical
 * and hreflang URLs point at the pages Lighthouse sees.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { checkBudgets, medianRun, reportMarkdown, type BenchReport, type LighthouseResult, type PageReport } from './lib/bench-report.ts';
import { measurePage } from './lib/page-weight.ts';
import { discoverPages } from './lib/site-pages.ts';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/support/chromium.ts';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    /** Lighthouse runs per page; the median run is reported (Lighthouse's own advice for variance). */
    runs: { type: 'string', default: '3' },
    /** Measure only pages of this kind (story, embed); budgets are checked for those pages. */
    kind: { type: 'string' },
  },
});
const runs = Math.max(1, Number(values.runs) || 1);
const site = new URL(process.env.SITE_URL ?? 'http://localhost:4321');
const port = Number(site.port || 80);
const origin = `http://localhost:${port}`;

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/** `astro build` with no output or caches left from earlier builds; returns seconds. */
async function coldBuild(): Promise<number> {
  for (const dir of ['dist', '.astro', 'node_modules/.vite']) rmSync(dir, { recursive: true, force: true });
  const start = performance.now();
  await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent']);
  return (performance.now() - start) / 1000;
}

async function serve(): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(port)], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) throw new Error(`scripts/serve.ts exited (is port ${port} taken?)`);
    const up = await fetch(`${origin}/`).then((r) => r.ok, () => false);
    if (up) return server;
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`scripts/serve.ts did not answer at ${origin}/`);
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The transfer size of the page's own document in Lighthouse's network log. */
function documentTransfer(lhr: { audits: Record<string, { details?: unknown }> }, url: string): number {
  const items = (lhr.audits['network-requests']?.details as { items?: { url: string; resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
  return items.find((item) => item.resourceType === 'Document' && item.url === url)?.transferSize ?? NaN;
}

async function runLighthouse(url: string, chromePort: number): Promise<LighthouseResult> {
  const result = await lighthouse(url, { port: chromePort, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
  if (!result) throw new Error('Lighthouse returned no result');
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const score = (id: (typeof categories)[number]) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const failedAudits = categories.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id),
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: numeric('largest-contentful-paint'),
    cls: numeric('cumulative-layout-shift'),
    tbtMs: numeric('total-blocking-time'),
    documentTransferBytes: documentTransfer(lhr, url),
    failedAudits: [...new Set(failedAudits)],
  };
}

async function main() {
  const machine = { cpus: availableParallelism(), loadAverage: loadavg()[0]! };
  const coldBuildSeconds = values['no-build'] ? undefined : await coldBuild();
  if (coldBuildSeconds !== undefined) console.log(`Cold build: ${coldBuildSeconds.toFixed(1)} s`);
  const pages = discoverPages('dist').filter((page) => !values.kind || page.kind === values.kind);
  if (pages.length === 0) throw new Error(`No ${values.kind} pages in dist/`);
  const server = await serve();
  const reports: PageReport[] = [];
  try {
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
    for (const page of pages) reports.push({ path: page.path, kind: page.kind, ...(await measurePage(browser, origin + page.path)) });
    await browser.close();

    const chromePath = chromiumExecutable({ fullBrowser: true }) ?? chromium.executablePath();
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs] });
    try {
      for (const report of reports) {
        console.log(`Lighthouse: ${report.path} (${runs} run${runs === 1 ? '' : 's'})`);
        try {
          const results: LighthouseResult[] = [];
          for (let i = 0; i < runs; i++) results.push(await runLighthouse(origin + report.path, chrome.port));
          report.lighthouse = medianRun(results);
        } catch (error) {
          report.lighthouseError = (error as Error).message;
        }
      }
    } finally {
      chrome.kill();
    }
  } finally {
    server.kill();
  }

  const report: BenchReport = {
    date: new Date().toISOString(),
    site: site.origin,
    coldBuildSeconds,
    lighthouseRuns: runs,
    machine,
    pages: reports,
  };
  const broken = checkBudgets(report);
  const markdown = reportMarkdown(report, broken);
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/report.json', JSON.stringify({ ...report, broken }, null, 2) + '\n');
  writeFileSync('bench/report.md', markdown);
  console.log('\n' + markdown);
  console.log('Written: bench/report.json, bench/report.md');
  process.exitCode = broken.length > 0 ? 1 : 0;
}

await main();
