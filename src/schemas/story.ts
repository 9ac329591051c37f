import { z } from 'astro/zod';

/** An http(s) address, like a source's: never javascript:, data: or a bare scheme. */
const webUrl = z.url({ protocol: /^https?$/, error: 'must be a full http(s):// address' });

/** One image of the original article, kept for provenance only: never loaded by the site. */
const originalImageSchema = z.object({
  /** The image's address in the original article. */
  url: webUrl,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

/** Frontmatter of a story file in `content/story/<lang>.mdx`. */
export const storySchema = z.object({
  /** Headline, as in the original (or its translation). */
  title: z.string().min(1),
  /** One or two sentences for search results and social cards. */
  description: z.string().min(1).max(300),
  /** Small label above the headline, e.g. "注释版". */
  kicker: z.string().min(1),
  /** Byline of the original article. */
  author: z.string().min(1),
  /** When the original was published. */
  published: z.coerce.date(),
  /** When this edition was last changed. */
  updated: z.coerce.date(),
  /** The article this story reprints and annotates. */
  original: z.object({
    publisher: z.string().min(1),
    title: z.string().min(1),
    published: z.coerce.date(),
    /** The original's address, where it is known. */
    url: webUrl.optional(),
    /** Repository path of the unchanged original text. */
    source: z.string().min(1),
    images: z.array(originalImageSchema).default([]),
  }),
  /** Present on translations only. */
  translation: z
    .object({
      from: z.string().min(2),
      by: z.string().min(1),
      /** Shown to readers at the top of the translation. */
      note: z.string().min(1),
    })
    .optional(),
});

export type Story = z.infer<typeof storySchema>;
