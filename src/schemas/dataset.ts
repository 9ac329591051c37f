import { z } from 'astro/zod';
import { bilingualSchema, isoDateSchema, sourceSchema } from './common.ts';
import { rowFactsSchema } from './truth.ts';
import { quoteUnits } from '../truth/numbers.ts';

export type { Bilingual, Source } from './common.ts';


/** What a dataset's numbers count, in base units (no 万/亿, no millions). */
export const unitSchema = z.enum(['people', 'accounts', 'devices', 'cny', 'percent']);
export type Unit = z.infer<typeof unitSchema>;

/** A dataset's source: the quote carries the figures of the rows that cite it (checked at build time). */
const datasetSourceSchema = sourceSchema.extend({
  /** More verbatim excerpts of the same page, one per figure the `quote` does not hold. */
  quotes: z.array(z.string().trim().min(1).max(300)).optional(),
  /** The unit of bare numbers in a table quote, from the table's header: million, billion, 亿 or 万. */
  quoteUnit: z.enum(Object.keys(quoteUnits) as [keyof typeof quoteUnits, ...(keyof typeof quoteUnits)[]]).optional(),
});

/** `content/data/<id>.yaml`: what a dataset's CSV measures and where each figure comes from. */
export const datasetMetaSchema = z.object({
  /** Title of the dataset. */
  title: bilingualSchema,
  /** What exactly is measured: definition, population, survey or reported. */
  description: bilingualSchema,
  /** Unit of every value in the CSV. */
  unit: unitSchema,
  /** Every series id used in the CSV, with its label. */
  series: z.record(z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'series ids are kebab/snake case'), bilingualSchema).refine(
    (series) => Object.keys(series).length > 0,
    'at least one series is needed',
  ),
  /** Caveats, definitional breaks, how the data complicates the article. */
  notes: bilingualSchema.optional(),
  /** The sources named in the CSV's `source` column, by id. A dataset without sources fails. */
  sources: z
    .record(z.string().min(1), datasetSourceSchema, {
      error: (issue) => (issue.input === undefined ? 'a dataset needs sources: a map of id → {name, url, accessed}' : undefined),
    })
    .refine((sources) => Object.keys(sources).length > 0, 'a dataset needs at least one source'),
  /** Facts about single rows the CSV cannot hold: rounding of the quote, formulas, stated relations. */
  rows: z.array(rowFactsSchema).default([]),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

/** One row of `content/data/<id>.csv`: one figure. */
export const dataRowSchema = z.object({
  /** End of the period the figure describes, `YYYY-MM-DD`. */
  date: isoDateSchema,
  /** Series id, declared in the dataset's YAML. */
  series: z.string().min(1),
  /** The figure in base units (people, yuan, percent points). */
  value: z.number(),
  /** Source id, declared in the dataset's YAML. */
  source: z.string().min(1),
  /** True for any derived, computed or estimated value; the note then says how. */
  estimate: z.boolean(),
  /** Free text: precision, derivation, caveats. */
  note: z.string(),
  /** Line of the row in the CSV file (1 is the header), so charts can cite it. */
  line: z.number().int().positive(),
});
export type DataRow = z.infer<typeof dataRowSchema>;

/** A validated dataset, as stored in the `datasets` collection. */
export const datasetSchema = datasetMetaSchema.extend({
  /** Rows in file order. */
  rows: z.array(dataRowSchema),
  /** Repository path of the CSV, e.g. `content/data/wechat-mau.csv`. */
  csv: z.string(),
});
export type Dataset = z.infer<typeof datasetSchema> & { id: string };
