/**
 * The build checks every built page's HTML against its size budget (src/data/checks/budgets.ts),
 * with the numbers: a dataset of thousands of rows (or many charts) makes a story page of
 * megabytes, which nothing else flags.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { discoverPages, type PageKind } from '../../../scripts/lib/site-pages.ts';
import { BUILD_FAILS_OVER_BUDGET_TIMES, HTML_GZIP_BUDGET } from './budgets.ts';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** A built page's HTML size: its file (relative to the build folder), kind, raw and gzip (level 9) bytes. */
export interface PageSize {
  file: string;
  kind: PageKind;
  raw: number;
  gzip: number;
}

/** Every built page's HTML size, each file read and compressed once. */
export function measurePages(dir: string): PageSize[] {
  return discoverPages(dir).map((page) => {
    const html = readFileSync(page.file);
    return { file: relative(dir, page.file), kind: page.kind, raw: html.length, gzip: gzipSync(html, { level: 9 }).length };
  });
}

/**
 * One line per page over `times` its budget: `index.html: 60.1 KB gzip (300.0 KB raw), over the
 * story budget of 50.0 KB gzip per page`.
 */
export function pagesOverBudget(pages: readonly PageSize[], budgets = HTML_GZIP_BUDGET, times = 1): string[] {
  return pages.flatMap(({ file, kind, raw, gzip }) => {
    const budget = budgets[kind];
    return gzip > budget * times ? [`${file}: ${kb(gzip)} gzip (${kb(raw)} raw), over ${times === 1 ? 'the' : `${times} times the`} ${kind} budget of ${kb(budget)} gzip per page`] : [];
  });
}

/** Checks every page after `astro build`. */
export function pageBudget(): AstroIntegration {
  return {
    name: 'kaimen-page-budget',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const pages = measurePages(fileURLToPath(dir));
        const runaway = pagesOverBudget(pages, HTML_GZIP_BUDGET, BUILD_FAILS_OVER_BUDGET_TIMES);
        if (runaway.length > 0) {
          throw new Error(
            `Pages over their size budget:\n${runaway.join('\n')}\nEvery chart draws all its rows into the page: shorten the datasets (content/data/*.csv) or place fewer charts; change HTML_GZIP_BUDGET in src/data/checks/budgets.ts only with a reason (npm run bench measures what it costs).`,
          );
        }
        for (const line of pagesOverBudget(pages)) logger.warn(line);
      },
    },
  };
}
