import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { storySchema } from './schemas/story.ts';
import { factCheckSchema, glossaryTermSchema, sidenoteSchema } from './schemas/notes.ts';
import { yamlList } from './notes/yaml-list-loader.ts';

/** The story, one MDX file per language: content/story/zh.mdx and content/story/en.mdx. */
const story = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/story' }),
  schema: storySchema,
});

/** Terms explained to readers: content/glossary.yaml, used as `<Term id="…">words</Term>`. */
const glossary = defineCollection({
  loader: yamlList('content/glossary.yaml', glossaryTermSchema),
  schema: glossaryTermSchema,
});

/** Margin notes: content/notes/sidenotes.yaml, used as `<Sidenote id="…">anchor words</Sidenote>`. */
const sidenotes = defineCollection({
  loader: yamlList('content/notes/sidenotes.yaml', sidenoteSchema),
  schema: sidenoteSchema,
});

/** Checks of the article's claims: content/notes/factchecks.yaml, used as `<FactCheck id="…" />`. */
const factchecks = defineCollection({
  loader: yamlList('content/notes/factchecks.yaml', factCheckSchema),
  schema: factCheckSchema,
});

export const collections = { story, glossary, sidenotes, factchecks };
