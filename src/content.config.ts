import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { storySchema } from './schemas/story.ts';
import { timelineEventSchema } from './schemas/timeline.ts';
import { timelineLoader } from './timeline/load-events.ts';

/** The story, one MDX file per language: content/story/zh.mdx and content/story/en.mdx. */
const story = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/story' }),
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

export const collections = { story, timeline };
