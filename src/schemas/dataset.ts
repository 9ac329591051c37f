import { z } from 'astro/zod';

/** A text in both languages of the site. */
export const bilingualSchema = z.object({
  /** Simplified Chinese. */
  zh: z.string().min(1),
  /** English. */
  en: z.string().min(1),
});
export type Bilingual = z.infer<typeof bilingualSchema>;

/** An ISO calendar date, `YYYY-MM-DD` (quote it in YAML). */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD');

/** Where a figure can be checked: the primary document by name, and the page where we saw it. */
export const sourceSchema = z.object({
  /** The primary document: publisher, report title, date; "via …" when seen on another page. */
  name: z.string().min(1),
  /** The page where the figure was found and can be checked (kept exactly as seen, http stays http). */
  url: z.url({
    protocol: /^https?$/,
    error: (issue) => (issue.input === undefined ? 'every source needs a url (the page where the figure can be checked)' : 'url must be a full http(s):// address'),
  }),
  /** The primary document itself, only where it was actually found. */
  primary: z.url({ protocol: /^https?$/ }).optional(),
  /** When the figure was (re)seen on that page, `YYYY-MM-DD`. */
  accessed: isoDateSchema,
  /** The exact words on the page that carry the figure. */
  quote: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** What a dataset's numbers count, in base units (no 万/亿, no millions). */
export const unitSchema = z.enum(['people', 'accounts', 'devices', 'cny', 'percent']);
export type Unit = z.infer<typeof unitSchema>;

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
    .record(z.string().min(1), sourceSchema, {
      error: (issue) => (issue.input === undefined ? 'a dataset needs sources: a map of id → {name, url, accessed}' : undefined),
    })
    .refine((sources) => Object.keys(sources).length > 0, 'a dataset needs at least one source'),
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
