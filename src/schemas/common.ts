/**
 * The content primitives every schema shares: a text in both languages, a calendar date, and a
 * source. One definition each, with the strictest rule any content needed.
 */
import { z } from 'astro/zod';
import { buildDate, notInFuture } from '../data/checks/build-date.ts';

/** A text in both languages of the site. */
export const bilingualSchema = z.object({
  /** Simplified Chinese. */
  zh: z.string().trim().min(1),
  /** English. */
  en: z.string().trim().min(1),
});
export type Bilingual = z.infer<typeof bilingualSchema>;

/** A real calendar day written YYYY-MM-DD (rejects 2021-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** An ISO calendar date, `YYYY-MM-DD`, that exists (quote it in YAML). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD (quoted in YAML)')
  .refine(isCalendarDate, 'is not a real calendar date');

/**
 * How much a source can carry: `primary` (filings, official reports and statements, the
 * publisher's own data), `press` (reputable news organisations reporting it), `other` (mirrors,
 * aggregators, blogs, machine translations). A figure or verdict may not rest on `other` alone.
 */
export const sourceTiers = ['primary', 'press', 'other'] as const;
export const tierSchema = z.enum(sourceTiers, { error: (issue) => (issue.input === undefined ? 'every source needs a tier: primary, press or other' : 'tier must be primary, press or other') });
export type SourceTier = (typeof sourceTiers)[number];

/** Where a figure or fact can be checked: the primary document by name, and the page where we saw it. */
export const sourceSchema = z.object({
  /** The primary document: publisher, title, date; "via …" when seen on another page. */
  name: z.string().trim().min(1),
  /** The page where it was found and can be checked (kept exactly as seen: http stays http). */
  url: z.url({
    protocol: /^https?$/,
    error: (issue) => (issue.input === undefined ? 'every source needs a url (the page where the figure can be checked)' : 'url must be a full http(s):// address'),
  }),
  /** The primary document itself, only where it was actually found. */
  primary: z.url({ protocol: /^https?$/ }).optional(),
  /** When it was (re)seen on that page: not after the build. */
  accessed: isoDateSchema.refine(notInFuture, { error: () => `is after today (${buildDate()}): write the day you saw the page` }),
  /** The exact words on the page that carry it (at most 300 characters). */
  quote: z.string().trim().min(1).max(300).optional(),
  /** primary, press or other (see tierSchema). */
  tier: tierSchema,
});
export type Source = z.infer<typeof sourceSchema>;
