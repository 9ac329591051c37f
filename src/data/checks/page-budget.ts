/**
 * The build fails when a built page's HTML is over its size budget, with the numbers: a dataset
 * of thousands of rows (or many charts) makes a story page of megabytes, which nothing else flags.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { PAGE_HTML_GZIP_BUDGET } from './budgets.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** One line per page over the budget: `index.html: 860.1 KB gzip (8.1 MB raw), over the budget of 200.0 KB gzip`. */
export function pagesOverBudget(dir: string, budget = PAGE_HTML_GZIP_BUDGET): string[] {
  return htmlFiles(dir).flatMap((file) => {
    const html = readFileSync(file);
    const gzip = gzipSync(html).length;
    return gzip > budget ? [`${relative(dir, file)}: ${kb(gzip)} gzip (${kb(html.length)} raw), over the budget of ${kb(budget)} gzip per page`] : [];
  });
}

/** Checks every page after `astro build`. */
export function pageBudget(): AstroIntegration {
  return {
    name: 'kaimen-page-budget',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const over = pagesOverBudget(fileURLToPath(dir));
        if (over.length > 0) {
          throw new Error(
            `Pages over their size budget:\n${over.join('\n')}\nEvery chart draws all its rows into the page: shorten the datasets (content/data/*.csv) or place fewer charts; raise PAGE_HTML_GZIP_BUDGET in src/data/checks/budgets.ts only together with the bench's budgets.`,
          );
        }
      },
    },
  };
}
