import { z } from 'astro/zod';
import { bilingualSchema, isoDateSchema } from './common.ts';
import { claimSchema } from './truth.ts';

/** The chart types the renderer draws (one file each in src/charts/). */
export const chartTypes = ['line', 'area', 'bar', 'slope', 'dot'] as const;
export type ChartType = (typeof chartTypes)[number];

/** Units a chart's values can be written in; `index` is for derived indices (base = 100). */
export const chartUnits = ['people', 'accounts', 'devices', 'cny', 'percent', 'index'] as const;

/** One series of one dataset: `{dataset: wechat-mau, series: mau}`. */
export const seriesRefSchema = z.object({
  /** Dataset id: `content/data/<dataset>.csv`. */
  dataset: z.string().min(1),
  /** Series id within the dataset (the CSV's `series` column). */
  series: z.string().min(1),
});

/** Change over N months (value minus the value N months earlier); only dates with both rows. */
const changeSchema = z.object({
  type: z.literal('change'),
  /** How far back the comparison row is, in months. */
  months: z.number().int().positive().default(12),
});

/** Percent change over N months; only dates with both rows. */
const percentChangeSchema = changeSchema.extend({ type: z.literal('percent-change') });

/** Each value as an index of the value on `base` (= 100). */
const indexSchema = z.object({
  type: z.literal('index'),
  /** Date of the base row, which must exist in the series. */
  base: isoDateSchema,
});

/** This series divided by another (optionally changed) series, at the dates both have. */
const ratioSchema = z.object({
  type: z.literal('ratio'),
  /** The divisor; its `derive` may only be a change. */
  denominator: seriesRefSchema.extend({
    derive: z.discriminatedUnion('type', [changeSchema, percentChangeSchema]).optional(),
  }),
});

/**
 * A value computed in code from CSV rows, so every plotted number still traces to rows. Derived
 * values are marked in the chart's table, and count as estimates when any input is one.
 */
export const deriveSchema = z.discriminatedUnion('type', [changeSchema, percentChangeSchema, indexSchema, ratioSchema]);
export type Derive = z.infer<typeof deriveSchema>;

/** One plotted series. */
export const chartSeriesSchema = seriesRefSchema.extend({
  /** Direct label on the chart; defaults to the dataset's series label. Keep it short. */
  label: bilingualSchema.optional(),
  /** Palette colour 1–6 (`--chart-1` …); defaults to the series' position. */
  color: z.number().int().min(1).max(6).optional(),
  /** A derived value instead of the rows themselves. */
  derive: deriveSchema.optional(),
});
export type ChartSeries = z.infer<typeof chartSeriesSchema>;

/** A labelled event drawn as a rule across the chart, e.g. the 2021-11-29 opening of group chats. */
export const annotationSchema = z.object({
  /** When it happened, `YYYY-MM-DD` (the 1st of the month when only the month is known). */
  date: isoDateSchema,
  /** A short callout; keep it under ~24 characters zh / 40 en. */
  label: bilingualSchema,
});

/** `content/charts/<id>.yaml`: one chart, drawn at build time in both languages. */
export const chartSpecSchema = z.object({
  /** How the values are drawn. */
  type: z.enum(chartTypes),
  /** Headline above the chart: what it shows. */
  title: bilingualSchema,
  /** One or two sentences under the title: what to look for. */
  dek: bilingualSchema,
  /** The one-sentence takeaway, used as the SVG's <desc> for screen readers. Required. */
  alt: bilingualSchema,
  /** Caveats shown under the chart, e.g. where the data complicates a sentence of the article. */
  notes: z.array(bilingualSchema).default([]),
  /** Short source line (e.g. "CNNIC statistical reports 31–50"); defaults to the datasets' titles. */
  source: bilingualSchema.optional(),
  /** The plotted series, in drawing order. */
  series: z.array(chartSeriesSchema).min(1),
  /** The time axis (or, for bar and slope charts, the categories). */
  x: z
    .object({
      /** Leave out rows before this date (derivations may still use them). */
      from: isoDateSchema.optional(),
      /** Leave out rows after this date. */
      to: isoDateSchema.optional(),
      /** Keep only values dated on this month and day, e.g. `12-31` for year-end values. */
      monthDay: z.string().regex(/^\d{2}-\d{2}$/, 'expected MM-DD').optional(),
      /** How dates are written in labels, tooltips and the table. */
      precision: z.enum(['day', 'month', 'year', 'fiscal-year']).default('month'),
      /** Break a line where two points are more than this many months apart (missing data). */
      gap: z.number().positive().optional(),
    })
    .default({ precision: 'month' }),
  /** The value axis. */
  y: z
    .object({
      /** Lower end; 0 unless set (bars always start at 0). */
      min: z.number().default(0),
      /** Upper end; from the data when not set. */
      max: z.number().optional(),
      /** How values are written; defaults to the datasets' unit, or the derived one. */
      unit: z.enum(chartUnits).optional(),
    })
    .default({ min: 0 }),
  /** Labelled events (time charts only). */
  annotations: z.array(annotationSchema).default([]),
  /** Trends the title, dek and alt text state, checked against the data (see EDITING.md). */
  claims: z.array(claimSchema).default([]),
});
export type ChartSpec = z.infer<typeof chartSpecSchema>;
