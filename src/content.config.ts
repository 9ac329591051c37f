import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { storyLoader } from './story/story-loader.ts';
import { storySchema } from './schemas/story.ts';
import { timelineEventSchema } from './schemas/timeline.ts';
import { timelineLoader } from './timeline/load-events.ts';
import { datasetSchema } from './schemas/dataset.ts';
import { chartSpecSchema } from './schemas/chart.ts';
import { readDatasets } from './data/dataset.ts';
import { readCharts } from './data/charts.ts';
import { contentPath } from './markdown/references.ts';
import { factCheckSchema, glossaryTermSchema, sidenoteSchema } from './schemas/notes.ts';
import { yamlListLoader } from './data/yaml.ts';
import { correctionSchema } from './schemas/truth.ts';
import { readCorrections } from './truth/corrections.ts';

/** The story, one MDX file per language: content/story/zh.mdx and content/story/en.mdx. */
const story = defineCollection({
  loader: storyLoader('./content/story'),
  schema: storySchema,
});

/**
 * The scrollytelling timeline: content/timeline/events.yaml, a dated, sourced list in date order.
 * The loader fails the build with file:line for an undated, unsourced or out-of-order event.
 */
const timeline = defineCollection({
  loader: timelineLoader('content/timeline/events.yaml'),
  schema: timelineEventSchema,
});

/**
 * A loader that validates content files itself, so a problem fails the build as
 * `content/…:LINE: problem`, then stores each entry (checked again by the collection schema).
 */
function validatingLoader(name: string, folder: string, read: () => Map<string, Record<string, unknown>>): Loader {
  return {
    name,
    load: async ({ store, parseData, watcher }) => {
      const entries = read();
      store.clear();
      for (const [id, data] of entries) store.set({ id, data: await parseData({ id, data }) });
      watcher?.add(contentPath(folder));
    },
  };
}

/** Sourced datasets: content/data/<id>.csv (one figure per row) + <id>.yaml (metadata, sources). */
const datasets = defineCollection({
  loader: validatingLoader('kaimen-datasets', 'data', () => readDatasets(contentPath('data'))),
  schema: datasetSchema,
});

/** Chart specs: content/charts/<id>.yaml, checked against the datasets they name. */
const charts = defineCollection({
  loader: validatingLoader('kaimen-charts', 'charts', () => readCharts(contentPath('charts'), readDatasets(contentPath('data')))),
  schema: chartSpecSchema,
});

/** Terms explained to readers: content/glossary.yaml, used as `<Term id="…">words</Term>`. */
const glossary = defineCollection({
  loader: yamlListLoader('content/glossary.yaml', glossaryTermSchema),
  schema: glossaryTermSchema,
});

/** Margin notes: content/notes/sidenotes.yaml, used as `<Sidenote id="…">anchor words</Sidenote>`. */
const sidenotes = defineCollection({
  loader: yamlListLoader('content/notes/sidenotes.yaml', sidenoteSchema),
  schema: sidenoteSchema,
});

/** Checks of the article's claims: content/notes/factchecks.yaml, used as `<FactCheck id="…" />`. */
const factchecks = defineCollection({
  loader: yamlListLoader('content/notes/factchecks.yaml', factCheckSchema),
  schema: factCheckSchema,
});

/** The public corrections log: content/corrections.yaml; unknown chart, dataset or note ids fail. */
const corrections = defineCollection({
  loader: validatingLoader('kaimen-corrections', '.', () => new Map(readCorrections(contentPath()).map((c) => [c.id, c]))),
  schema: correctionSchema,
});

export const collections = { story, timeline, datasets, charts, glossary, sidenotes, factchecks, corrections };
