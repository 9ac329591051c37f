/**
 * Size budgets checked at build time. Every chart draws all its rows into the story page (in
 * both languages, at two art-boards, plus a data table), so a dataset's size is the page's.
 * Raise a budget only together with the bench's (scripts/lib/bench-report.ts).
 */

/** Rows per dataset CSV. The largest today has under 40. */
export const DATASET_ROW_BUDGET = 500;

/** One built page's HTML, gzip-compressed, in bytes. The story pages are about 100 KB. */
export const PAGE_HTML_GZIP_BUDGET = 200_000;
