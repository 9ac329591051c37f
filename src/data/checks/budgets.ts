/**
 * Size budgets, in one place: the build checks them (src/data/checks/page-budget.ts) and so does
 * the benchmark (scripts/lib/bench-report.ts), which also holds the timing and score budgets.
 * Every chart draws all its rows into the story page (in both languages, at one art-board, plus
 * a data table), so a dataset's size is the page's.
 */
import type { PageKind } from '../../../scripts/lib/site-pages.ts';

/** Rows per dataset CSV. The largest today has under 40. */
export const DATASET_ROW_BUDGET = 500;

/**
 * One built page's HTML, gzip-compressed (level 9), in bytes, by kind of page: under Lighthouse's
 * mobile throttling the story's download decides when its text paints. Each page carries its
 * own stylesheet (astro.config.mjs). Story: `/`, `/en/`; embed: a chart or the timeline in a
 * frame (9–12 KB today); other: the sources, corrections and 404 pages (the sources page, the
 * largest, 30 KB with every chart's sources and its 3 KB stylesheet).
 */
export const HTML_GZIP_BUDGET: Record<PageKind, number> = { story: 50_000, embed: 15_000, other: 32_000 };

/**
 * The build fails on a page over this many times its budget (content run away: a dataset of
 * thousands of rows, many more charts) and lists the pages over the budget itself; the
 * benchmark fails on any page over its budget.
 */
export const BUILD_FAILS_OVER_BUDGET_TIMES = 2;
