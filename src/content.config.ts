import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { storySchema } from './schemas/story.ts';

/** The story, one MDX file per language: content/story/zh.mdx and content/story/en.mdx. */
const story = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/story' }),
  schema: storySchema,
});

export const collections = { story };
