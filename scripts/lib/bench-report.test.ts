import { describe, expect, it } from 'vitest';
import { checkBudgets, medianRun, reportMarkdown, type BenchReport, type LighthouseResult, type PageReport } from './bench-report.ts';

const perfect: LighthouseResult = {
  performance: 100, accessibility: 100, bestPractices: 100, seo: 100,
  lcpMs: 800, cls: 0, tbtMs: 0, documentTransferBytes: 40_000, failedAudits: [],
};

function page(overrides: Partial<PageReport> = {}): PageReport {
  return {
    path: '/',
    kind: 'story',
    html: { raw: 40_000, gzip: 12_000 },
    css: { raw: 8_000, gzip: 2_500 },
    js: { raw: 0, gzip: 0 },
    requests: 3,
    transfer: { raw: 50_000, gzip: 15_000 },
    lighthouse: perfect,
    ...overrides,
  };
}

const report = (pages: PageReport[], coldBuildSeconds: number | undefined = 12): BenchReport => ({
  date: '2026-11-25T12:00:00.000Z',
  site: 'http://localhost:4321',
  coldBuildSeconds,
  lighthouseRuns: 3,
  machine: { cpus: 2, loadAverage: 0.5 },
  pages,
});

describe('checkBudgets', () => {
  it('passes a report within every budget, at the limits themselves', () => {
    const atLimits = page({
      js: { raw: 30_000, gzip: 10_000 },
      transfer: { raw: 900_000, gzip: 250_000 },
      html: { raw: 200_000, gzip: 50_000 },
      lighthouse: { ...perfect, lcpMs: 1000, documentTransferBytes: 43_800 },
    });
    const embed = page({ path: '/embed/a/', kind: 'embed', html: { raw: 60_000, gzip: 15_000 }, js: { raw: 9_000, gzip: 5_000 } });
    expect(checkBudgets(report([atLimits, embed], 30))).toEqual([]);
  });

  it('breaks the story JS and transfer budgets one byte over', () => {
    const heavy = page({ js: { raw: 40_000, gzip: 10_001 }, transfer: { raw: 1, gzip: 250_001 } });
    expect(checkBudgets(report([heavy])).map((b) => b.metric)).toEqual(['JS gzip bytes', 'transfer gzip bytes']);
  });

  it('holds each page to the HTML gzip budget of its kind, one byte over breaks it', () => {
    const story = page({ html: { raw: 200_000, gzip: 50_001 } });
    const embed = page({ path: '/embed/a/', kind: 'embed', html: { raw: 60_000, gzip: 15_001 } });
    const sources = page({ path: '/sources/', kind: 'other', html: { raw: 120_000, gzip: 32_001 } });
    expect(checkBudgets(report([story, embed, sources]))).toEqual([
      { where: '/', metric: 'HTML gzip bytes', actual: 50_001, limit: '≤ 50000' },
      { where: '/embed/a/', metric: 'HTML gzip bytes', actual: 15_001, limit: '≤ 15000' },
      { where: '/sources/', metric: 'HTML gzip bytes', actual: 32_001, limit: '≤ 32000' },
    ]);
  });

  it('holds the stories, not the other pages, to a document that arrives in two round trips after its first byte', () => {
    const long = { ...perfect, documentTransferBytes: 43_801 };
    expect(checkBudgets(report([page({ lighthouse: long })]))).toEqual([{ where: '/', metric: 'document transfer bytes', actual: 43_801, limit: '≤ 43800' }]);
    expect(checkBudgets(report([page({ path: '/sources/', kind: 'other', lighthouse: long })]))).toEqual([]);
  });

  it('holds the stories, not the other pages, to an LCP of 1.0 s', () => {
    const slow = { ...perfect, lcpMs: 1000.6 };
    expect(checkBudgets(report([page({ lighthouse: slow })]))).toEqual([{ where: '/', metric: 'LCP ms', actual: 1001, limit: '≤ 1000' }]);
    expect(checkBudgets(report([page({ path: '/embed/a/', kind: 'embed', lighthouse: slow })]))).toEqual([]);
  });

  it('holds embeds to 5 KB of JS, and stories not to the embed budget', () => {
    const js = { raw: 15_000, gzip: 5_001 };
    expect(checkBudgets(report([page({ path: '/embed/a/', kind: 'embed', js })]))).toEqual([
      { where: '/embed/a/', metric: 'JS gzip bytes', actual: 5_001, limit: '≤ 5000' },
    ]);
    expect(checkBudgets(report([page({ js })]))).toEqual([]);
  });

  it('breaks each Lighthouse score and any layout shift', () => {
    const poor = { ...perfect, performance: 99, accessibility: 99, bestPractices: 96, seo: 92, cls: 0.001 };
    expect(checkBudgets(report([page({ lighthouse: poor })])).map((b) => `${b.metric} ${b.actual}`)).toEqual([
      'Lighthouse performance 99',
      'Lighthouse accessibility 99',
      'Lighthouse best practices 96',
      'Lighthouse SEO 92',
      'CLS 0.001',
    ]);
  });

  it('does not hold embeds or 404 pages (noindex) to the SEO score', () => {
    const embed = page({ path: '/embed/a/', kind: 'embed', lighthouse: { ...perfect, seo: 60 } });
    const notFound = page({ path: '/404.html', kind: 'other', lighthouse: { ...perfect, seo: 60 } });
    expect(checkBudgets(report([embed, notFound]))).toEqual([]);
  });

  it('counts a page Lighthouse could not measure as broken', () => {
    const missing = page({ lighthouse: undefined, lighthouseError: 'Chrome crashed' });
    expect(checkBudgets(report([missing]))).toEqual([
      { where: '/', metric: 'Lighthouse', actual: 'Chrome crashed', limit: 'a result' },
    ]);
  });

  it('breaks the cold build budget, and skips it when the build was not measured', () => {
    expect(checkBudgets(report([page()], 30.5))).toEqual([
      { where: 'build', metric: 'cold build seconds', actual: 30.5, limit: '≤ 30' },
    ]);
    expect(checkBudgets(report([page()], undefined))).toEqual([]);
  });

  it('treats a site with no pages, or a NaN measurement, as broken', () => {
    expect(checkBudgets(report([]))).toHaveLength(1);
    expect(checkBudgets(report([page({ js: { raw: NaN, gzip: NaN } })]))).toHaveLength(1);
  });
});

describe('reportMarkdown', () => {
  it('prints a table row per page and lists broken budgets and failed audits', () => {
    const poor = page({ path: '/en/', lighthouse: { ...perfect, seo: 92, failedAudits: ['meta-description'] } });
    const md = reportMarkdown(report([page(), poor]), checkBudgets(report([page(), poor])));
    const rows = md.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toBe('| `/` | story | 40.0 / 12.0 | 50.0 | 8.0 / 2.5 | 0.0 / 0.0 | 3 | 15.0 | 100 | 100 | 100 | 100 | 800 | 0.000 | 0 | 40.0 |');
    expect(md).toContain('Cold build: 12.0 s');
    expect(md).toContain('Machine: 2 CPUs, load average 0.5 at the start.');
    expect(md).toContain('median of 3 runs');
    expect(md).toContain('- /en/: Lighthouse SEO is 92, budget ≥ 100');
    expect(md).toContain('Lighthouse audits below a full score:\n- /en/: meta-description');
  });
});

describe('medianRun', () => {
  it('picks the run with the median performance score', () => {
    const runs = [97, 70, 99].map((performance) => ({ ...perfect, performance }));
    expect(medianRun(runs).performance).toBe(97);
  });

  it('picks the lower middle run of an even count, and the only run of one', () => {
    expect(medianRun([100, 90].map((performance) => ({ ...perfect, performance }))).performance).toBe(90);
    expect(medianRun([{ ...perfect, performance: 42 }]).performance).toBe(42);
    expect(() => medianRun([])).toThrow();
  });
});
