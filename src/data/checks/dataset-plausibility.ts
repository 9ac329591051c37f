/**
 * Checks a dataset's figures against what they measure, beyond their form: counts are never
 * negative, shares lie within 0–100 %, a figure is not dated after the build unless marked as an
 * estimate (a forecast), and the file is within its size budget (sources' access dates are
 * checked by the source schema). Each problem is `file:line: problem. How to fix.`
 */
import type { Dataset } from '../../schemas/dataset.ts';
import { ContentError } from '../dataset.ts';
import { buildDate } from './build-date.ts';
import { DATASET_ROW_BUDGET } from './budgets.ts';

/** Units that count things: a negative value is impossible. */
const COUNTS = new Set(['people', 'accounts', 'devices']);

export function checkDatasetPlausibility(dataset: Omit<Dataset, 'id'>, today = buildDate()): void {
  const csv = dataset.csv;
  if (dataset.rows.length > DATASET_ROW_BUDGET) {
    const first = dataset.rows[DATASET_ROW_BUDGET]!;
    throw new ContentError(
      `${csv}:${first.line}: ${dataset.rows.length} rows is over the budget of ${DATASET_ROW_BUDGET} rows per dataset (every row is drawn on the story page). Keep the figures the charts need (e.g. quarterly, not daily), or raise DATASET_ROW_BUDGET in src/data/checks/budgets.ts together with the bench's budgets.`,
    );
  }
  for (const row of dataset.rows) {
    const at = `${csv}:${row.line}`;
    if (COUNTS.has(dataset.unit) && row.value < 0) {
      throw new ContentError(`${at}: value ${row.value} is negative, but the unit "${dataset.unit}" counts ${dataset.unit}. A count is 0 or more: check the sign.`);
    }
    if (dataset.unit === 'percent' && (row.value < 0 || row.value > 100)) {
      throw new ContentError(`${at}: value ${row.value} is outside 0–100, but the unit is "percent" (a share). Write the share in percent points, e.g. 37.5 for 37.5 %.`);
    }
    if (row.date > today && !row.estimate) {
      throw new ContentError(
        `${at}: date ${row.date} is after today (${today}), so the figure cannot have been reported yet. Fix the date, or mark a forecast with estimate=true and say whose forecast it is in the note.`,
      );
    }
  }
}
