import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { pagesOverBudget } from './page-budget.ts';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

test('names each page over the gzip budget, with its sizes and the budget', () => {
  dir = mkdtempSync(join(tmpdir(), 'kaimen-budget-'));
  mkdirSync(join(dir, 'en'));
  writeFileSync(join(dir, 'index.html'), '<p>small</p>');
  // Random-looking text compresses poorly: about 30 KB of it stays over a 10 KB budget.
  let noise = '';
  for (let i = 0; noise.length < 60_000; i++) noise += ((i * 2654435761) >>> 0).toString(36);
  writeFileSync(join(dir, 'en', 'index.html'), `<p>${noise}</p>`);
  const over = pagesOverBudget(dir, 10_000);
  expect(over).toHaveLength(1);
  expect(over[0]).toMatch(/^en\/index\.html: \d+\.\d KB gzip \(60\.\d KB raw\), over the budget of 10\.0 KB gzip per page$/);
});
