/**
 * Every check the build makes on content/, run without Astro on a folder's `content/`: the same
 * loaders and remark plugins, in the build's order, with file names relative to that folder.
 * A bad-content case that does not need the built pages runs this in a few milliseconds
 * instead of a 12-second build. Returns the first problem's message, or undefined.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { validateChartSpec, type Chart } from '../../src/data/charts.ts';
import { validateDataset } from '../../src/data/dataset.ts';
import type { Dataset } from '../../src/schemas/dataset.ts';
import { remarkAnnotations } from '../../src/markdown/remark-annotations.ts';
import { remarkArticleParagraphs } from '../../src/markdown/remark-article-paragraphs.ts';
import { remarkCheckReferences, type ReferenceRule } from '../../src/markdown/remark-check-references.ts';
import { remarkMdxAllowlist } from '../../src/markdown/remark-mdx-allowlist.ts';
import { remarkStoryPairing } from '../../src/markdown/remark-story-pairing.ts';
import { idsOfFiles } from '../../src/markdown/references.ts';
import { parseYamlList } from '../../src/data/yaml.ts';
import { factCheckSchema, glossaryTermSchema, sidenoteSchema } from '../../src/schemas/notes.ts';
import { checkFrontmatter } from '../../src/story/story-loader.ts';
import { parseTimelineEvents } from '../../src/timeline/load-events.ts';
import { readCorrections } from '../../src/truth/corrections.ts';

const STORIES = ['content/story/zh.mdx', 'content/story/en.mdx'];

export async function checkContent(root: string): Promise<string | undefined> {
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  try {
    // The content layer, in the order of src/content.config.ts.
    for (const story of STORIES) checkFrontmatter(story, read(story));
    parseTimelineEvents(read('content/timeline/events.yaml'), 'content/timeline/events.yaml');
    readCharts(root, read, readDatasets(root, read));
    const glossary = parseYamlList(read('content/glossary.yaml'), 'content/glossary.yaml', glossaryTermSchema);
    const sidenotes = parseYamlList(read('content/notes/sidenotes.yaml'), 'content/notes/sidenotes.yaml', sidenoteSchema);
    const factchecks = parseYamlList(read('content/notes/factchecks.yaml'), 'content/notes/factchecks.yaml', factCheckSchema);
    readCorrections(join(root, 'content'));

    // The MDX pipeline of astro.config.mjs.
    const ids = (list: { id: string }[]) => () => new Set(list.map((entry) => entry.id));
    const rules: Record<string, ReferenceRule> = {
      Chart: { attribute: 'id', known: () => idsOfFiles(join(root, 'content/charts'), '.yaml'), source: 'content/charts/' },
      Term: { attribute: 'id', known: ids(glossary), source: 'content/glossary.yaml' },
      Sidenote: { attribute: 'id', known: ids(sidenotes), source: 'content/notes/sidenotes.yaml' },
      FactCheck: { attribute: 'id', known: ids(factchecks), source: 'content/notes/factchecks.yaml' },
    };
    const index = {
      sidenotes: () => new Map(sidenotes.map(({ id, data }) => [id, { paragraph: data.paragraph, anchor: data.anchor }])),
      factchecks: () => new Map(factchecks.map(({ id, data }) => [id, { paragraph: data.paragraph, claim: data.claim }])),
    };
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGfm)
      .use(remarkMdxAllowlist)
      .use(remarkArticleParagraphs)
      .use(remarkCheckReferences, rules)
      .use(remarkStoryPairing, rules)
      .use(remarkAnnotations, index);
    for (const story of STORIES) {
      // Astro hands the compiler the body with the frontmatter blanked, so lines stay the file's.
      const body = read(story).replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (frontmatter) => frontmatter.replace(/[^\n]/g, ''));
      const file = new VFile({ path: join(root, story), value: body });
      await processor.run(processor.parse(file), file);
    }
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/*
 * Datasets and charts are the slow checks (each chart is drawn). They are pure functions of
 * their files, so results are kept by the files' text: a case pays only for what it edited.
 */
const datasetCache = new Map<string, Dataset>();
const chartCache = new Map<string, Chart>();
const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/** As src/data/dataset.ts readDatasets (every id with a .csv or .yaml), through the cache; returns the files' digest too. */
function readDatasets(root: string, read: (file: string) => string): { datasets: Map<string, Dataset>; key: string } {
  const ids = [...new Set(readdirSync(join(root, 'content/data')).filter((n) => /\.(csv|yaml)$/.test(n)).map((n) => n.replace(/\.(csv|yaml)$/, '')))].sort();
  const keys: string[] = [];
  const datasets = new Map(
    ids.map((id) => {
      const files = { id, csvFile: `content/data/${id}.csv`, csvText: read(`content/data/${id}.csv`), yamlFile: `content/data/${id}.yaml`, yamlText: read(`content/data/${id}.yaml`) };
      const key = digest(`${id}\0${files.csvText}\0${files.yamlText}`);
      keys.push(key);
      const dataset = datasetCache.get(key) ?? validateDataset(files);
      datasetCache.set(key, dataset);
      return [id, dataset] as const;
    }),
  );
  return { datasets, key: digest(keys.join()) };
}

/** As src/data/charts.ts readCharts, through the cache (a chart's result depends on its text and every dataset). */
function readCharts(root: string, read: (file: string) => string, { datasets, key }: ReturnType<typeof readDatasets>): void {
  for (const name of readdirSync(join(root, 'content/charts')).filter((n) => n.endsWith('.yaml')).sort()) {
    const file = `content/charts/${name}`;
    const text = read(file);
    const chartKey = `${key}\0${file}\0${digest(text)}`;
    if (!chartCache.has(chartKey)) chartCache.set(chartKey, validateChartSpec(file, text, datasets));
  }
}
