/**
 * The machine-readable fields that let the build check content against itself: source tiers,
 * stated relations between rows, derived-row formulas, chart claims and the corrections log.
 */
import { z } from 'astro/zod';
import { bilingualSchema, isoDateSchema } from './common.ts';

export { sourceTiers, tierSchema, type SourceTier } from './common.ts';

/** How a stated figure bounds the true one: "more than 60%" is `more-than`. */
const qualifierSchema = z.enum(['more-than', 'less-than']);

/** Kebab- or snake-case id of a series. */
const seriesIdSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/);

/** A comparison a source states in words, checked against the rows. */
export const relationSchema = z.discriminatedUnion('kind', [
  /** "+36% year on year": against the row of the same month a year earlier. */
  z.object({
    kind: z.literal('yoy'),
    percent: z.number(),
    /** Decimals the percentage is given to; defaults to those written (36 → 0, 176.8 → 1). */
    decimals: z.number().int().min(0).max(4).optional(),
    qualifier: qualifierSchema.optional(),
  }),
  /** "an increase of 41% from 343.6 million (12 months to 2018-06-30)": against the row at `since`. */
  z.object({
    kind: z.literal('growth'),
    since: isoDateSchema,
    percent: z.number(),
    decimals: z.number().int().min(0).max(4).optional(),
    qualifier: qualifierSchema.optional(),
  }),
  /** "up from 536.3 million": the row at `date` has this value. */
  z.object({
    kind: z.literal('from'),
    date: isoDateSchema,
    value: z.number(),
    /** Step the value is rounded to; defaults to its last non-zero digit, at most 3 significant digits. */
    step: z.number().positive().optional(),
  }),
  /** "a net add of 48.1 million" since `since`: this row minus the row at `since`. */
  z.object({
    kind: z.literal('net-add'),
    since: isoDateSchema,
    value: z.number(),
    step: z.number().positive().optional(),
    qualifier: qualifierSchema.optional(),
  }),
]);
export type Relation = z.infer<typeof relationSchema>;

/** Facts about one CSV row that the CSV's columns cannot hold: `rows:` in the dataset's YAML. */
export const rowFactsSchema = z.object({
  /** The row's date; with `series` when the dataset has more than one. */
  date: isoDateSchema,
  series: seriesIdSchema.optional(),
  /** The source's quote gives the figure rounded (e.g. "731 million" for 731,300,000). */
  rounded: z.literal(true).optional(),
  /** How a derived row is computed, e.g. `value(2018-12-31) / 1.71`; the build recomputes it. */
  derived: z.object({ formula: z.string().trim().min(1) }).optional(),
  /** Comparisons the row's source states, checked against the series. */
  relations: z.array(relationSchema).min(1).optional(),
});
export type RowFacts = z.infer<typeof rowFactsSchema>;

/** Optional bounds of a claim: only values dated from `from` to `to`. */
const claimRange = { from: isoDateSchema.optional(), to: isoDateSchema.optional() };

/**
 * A trend a chart's title, dek or alt text states, checked against the plotted values.
 * `series` is a series id of the chart (its `series:` field); it defaults to the first series.
 */
export const claimSchema = z.discriminatedUnion('kind', [
  /** The last value is above (rises) or below (falls) the first. */
  z.object({ kind: z.enum(['rises', 'falls']), series: seriesIdSchema.optional(), ...claimRange }),
  /** Every value is below (fewer-every-year) or above (more-every-year) the one before. */
  z.object({ kind: z.enum(['fewer-every-year', 'more-every-year']), series: seriesIdSchema.optional(), ...claimRange }),
  /** No value is below the one before. */
  z.object({ kind: z.literal('never-falls'), series: seriesIdSchema.optional(), ...claimRange }),
  /** Every value stays within `within` percent of the first ("stalled", "barely moved"). */
  z.object({ kind: z.literal('flat'), within: z.number().positive(), series: seriesIdSchema.optional(), ...claimRange }),
  /** The highest value is at `at`. */
  z.object({ kind: z.literal('peaks'), at: isoDateSchema, series: seriesIdSchema.optional(), ...claimRange }),
  /** `series` is below `over` before `at` and above it from `at` on (dates both have). */
  z.object({ kind: z.literal('overtakes'), series: seriesIdSchema, over: seriesIdSchema, at: isoDateSchema }),
  /** `series` grows by a larger factor than `over` between their first and last values. */
  z.object({ kind: z.literal('outgrows'), series: seriesIdSchema, over: seriesIdSchema }),
]);
export type Claim = z.infer<typeof claimSchema>;

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case, e.g. "pdd-active-buyers-2020q3"');

/** One entry of `content/corrections.yaml`: a published error, what changed and why. */
export const correctionSchema = z.object({
  id: kebabId,
  /** The day the correction was published. */
  date: isoDateSchema,
  /** Chart ids (content/charts/<id>.yaml) it touches. */
  charts: z.array(z.string()).default([]),
  /** Dataset ids (content/data/<id>.csv) it touches. */
  datasets: z.array(z.string()).default([]),
  /** Sidenote, fact-check or glossary ids it touches. */
  notes: z.array(z.string()).default([]),
  what: bilingualSchema,
  why: bilingualSchema,
});
export type Correction = z.infer<typeof correctionSchema>;
