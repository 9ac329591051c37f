import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { measurePages, pagesOverBudget } from './page-budget.ts';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

// Random-looking text compresses poorly: about 30 KB gzip of it.
let noise = '';
for (let i = 0; noise.length < 60_000; i++) noise += ((i * 2654435761) >>> 0).toString(36);

test('names each page over the gzip budget of its kind, with its sizes and the budget', () => {
  dir = mkdtempSync(join(tmpdir(), 'kaimen-budget-'));
  mkdirSync(join(dir, 'en'));
  mkdirSync(join(dir, 'embed', 'a'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<p>small</p>');
  writeFileSync(join(dir, 'en', 'index.html'), `<p>${noise}</p>`);
  writeFileSync(join(dir, 'embed', 'a', 'index.html'), `<p>${noise}</p>`);
  const budgets = { story: 10_000, embed: 40_000, other: 1 };
  const pages = measurePages(dir);
  const over = pagesOverBudget(pages, budgets);
  expect(over).toHaveLength(1);
  expect(over[0]).toMatch(/^en\/index\.html: \d+\.\d KB gzip \(60\.\d KB raw\), over the story budget of 10\.0 KB gzip per page$/);
  // The build's limit: a multiple of the budget.
  expect(pagesOverBudget(pages, budgets, 4)).toHaveLength(0);
  expect(pagesOverBudget(pages, budgets, 2)[0]).toMatch(/^en\/index\.html: .* over 2 times the story budget of 10\.0 KB/);
});
