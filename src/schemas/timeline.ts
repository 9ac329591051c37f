import { z } from 'astro/zod';
import { bilingualSchema, isoDateSchema, sourceSchema } from './common.ts';

/** How precisely an event's date is known: never invent a day that the sources do not give. */
export const datePrecisionSchema = z.enum(['day', 'month', 'year']);

/** What kind of move an event was, shown as a lane and colour in the graphic. */
export const timelineCategorySchema = z.enum(['block', 'unblock', 'regulation', 'product', 'market']);

/** One dated, sourced event of the 2013–2021 link war, or of its aftermath (epilogue). */
export const timelineEventSchema = z
  .object({
    /** Kebab-case, unique and stable: it is the step's `data-step` and anchor. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'),
    /** When it happened; with month or year precision, the first day of that month or year. */
    date: isoDateSchema,
    /** How much of `date` is known. */
    precision: datePrecisionSchema.default('day'),
    /** What kind of move it was. */
    category: timelineCategorySchema,
    /** True for events after the article (2021-12-01 onward), shown apart. */
    epilogue: z.boolean().default(false),
    /** A short headline: at most 40 characters in Chinese, 70 in English. */
    title: z.object({ zh: z.string().trim().min(1).max(40), en: z.string().trim().min(1).max(70) }),
    /** One to three sentences, facts only, each traceable to the sources. */
    body: bilingualSchema,
    /** At least one source for every event. */
    sources: z.array(sourceSchema).min(1, 'every event needs at least one source'),
    /**
     * Datasets (content/data/<id>) the event is about, emphasised in the graphic while its step
     * is active, e.g. `[pinduoduo-active-buyers, alibaba-active-consumers]`.
     */
    series: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a dataset id (kebab-case)')).default([]),
  })
  .superRefine((event, ctx) => {
    const [, month, day] = event.date.split('-');
    if (event.precision !== 'day' && day !== '01') {
      ctx.addIssue({ code: 'custom', path: ['date'], message: `with precision "${event.precision}" the date must be the 1st` });
    }
    if (event.precision === 'year' && month !== '01') {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'with precision "year" the date must be January 1st' });
    }
    const afterArticle = event.date >= '2021-12-01';
    if (afterArticle !== event.epilogue) {
      ctx.addIssue({
        code: 'custom',
        path: ['epilogue'],
        message: afterArticle ? 'events from 2021-12-01 on belong to the epilogue' : 'only events from 2021-12-01 on are epilogue',
      });
    }
  });

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type TimelineCategory = z.infer<typeof timelineCategorySchema>;
export type DatePrecision = z.infer<typeof datePrecisionSchema>;
