import { z } from 'astro/zod';
import { bilingualSchema, sourceSchema } from './common.ts';

/** A kebab-case id, stable across languages: it becomes an HTML id (`#sn-<id>`, `#term-<id>`). */
const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case, e.g. "miit-meeting"');

/** At least one source: an annotation without one fails the build. */
const sourcesSchema = z
  .array(sourceSchema, { error: (issue) => (issue.input === undefined ? 'needs at least one source' : undefined) })
  .min(1, 'needs at least one source');

/** Which paragraph of the original article (1-based, p-1 … p-13) an annotation belongs to. */
const paragraphSchema = z.number().int().min(1);

/** One entry of `content/glossary.yaml`: a term a reader outside the industry needs. */
export const glossaryTermSchema = z.object({
  /** Stable id, used as `<Term id="…">` and as the anchor `#term-<id>`. */
  id: idSchema,
  /** The term as written in each language. */
  term: bilingualSchema,
  /** Hanyu Pinyin of the Chinese term, with tone marks. */
  pinyin: z.string().trim().min(1),
  /** One to three plain sentences for a general reader. */
  definition: bilingualSchema,
  /** Where the definition comes from. */
  sources: sourcesSchema,
});

/** The kinds of sidenote: background, what happened afterwards, or a correction of the article. */
export const sidenoteKinds = ['context', 'after', 'correction'] as const;

/** One entry of `content/notes/sidenotes.yaml`: an editorial note in the margin of a passage. */
export const sidenoteSchema = z.object({
  /** Stable id, used as `<Sidenote id="…">` and as the anchor `#sn-<id>`. */
  id: idSchema,
  /** The paragraph of the article the note sits beside. */
  paragraph: paragraphSchema,
  /** The exact words of the Chinese paragraph the note is tied to (the `<Sidenote>` wraps them in zh.mdx). */
  anchor: z.string().min(1),
  /** context: background; after: what happened next; correction: where the article is wrong or imprecise. */
  kind: z.enum(sidenoteKinds).default('context'),
  /** The note, one to four plain sentences (no Markdown). */
  text: bilingualSchema,
  /** At least one source for what the note says. */
  sources: sourcesSchema,
});

/** Verdicts of a fact-check, always shown as words, not colour alone. */
export const verdicts = ['accurate', 'imprecise', 'unverified'] as const;

/** One entry of `content/notes/factchecks.yaml`: a dated or numeric claim of the article, checked. */
export const factCheckSchema = z
  .object({
    /** Stable id, used as `<FactCheck id="…" />` and as the anchor `#fc-<id>`. */
    id: idSchema,
    /** The paragraph the claim is in; the check is placed after it. */
    paragraph: paragraphSchema,
    /** The claim, quoted: exact words of the paragraph in zh.mdx and in en.mdx (checked at build time). */
    claim: bilingualSchema,
    /** accurate, imprecise (partly right or loosely worded) or unverified (no source found either way). */
    verdict: z.enum(verdicts),
    /** What the sources say and why the verdict. */
    explanation: bilingualSchema,
    /** At least one source; for "unverified", where we looked. */
    sources: sourcesSchema,
    /** The sources the verdict rests on, by number in `sources` (1 = the first); each needs a quote. */
    evidence: z.array(z.number().int().min(1), { error: (issue) => (issue.input === undefined ? 'needs evidence: the numbers of the quoted sources the verdict rests on, e.g. [1, 2]' : undefined) }).min(1, 'needs at least one evidence source'),
    /** For imprecise: what the claim gets wrong or leaves out; for unverified: what evidence would settle it. */
    missing: bilingualSchema.optional(),
  })
  .superRefine((check, context) => {
    for (const [index, n] of check.evidence.entries()) {
      const source = check.sources[n - 1];
      if (!source) context.addIssue({ code: 'custom', path: ['evidence', index], message: `source ${n} does not exist (the check has ${check.sources.length}); number the sources from 1` });
      else if (!source.quote) context.addIssue({ code: 'custom', path: ['evidence', index], message: `source ${n} has no quote; evidence must be a quoted source` });
    }
    const cited = check.evidence.map((n) => check.sources[n - 1]).filter((s) => s !== undefined);
    // "unverified" asserts nothing, so only a verdict that something is (or is not quite) so needs a better source.
    if (check.verdict !== 'unverified' && cited.length > 0 && cited.every((s) => s.tier === 'other')) {
      context.addIssue({ code: 'custom', path: ['evidence'], message: 'the verdict rests only on sources of tier other; cite a primary or press source as evidence' });
    }
    if (check.verdict !== 'accurate' && !check.missing) {
      context.addIssue({ code: 'custom', path: ['missing'], message: `an "${check.verdict}" verdict must say what is missing: add missing: {zh: …, en: …}` });
    }
  });

export type { Bilingual, Source } from './common.ts';
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Sidenote = z.infer<typeof sidenoteSchema>;
export type FactCheck = z.infer<typeof factCheckSchema>;
export type Verdict = (typeof verdicts)[number];
