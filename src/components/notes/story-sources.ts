/**
 * The story's glossary order and its source lists, for the story (which keeps the glossary and
 * links) and for the sources page: what the notes, fact-checks, glossary and timeline cite
 * (every source with its quotes), then each chart's numbered sources, in the story's order.
 */
import { getCollection, getEntry } from 'astro:content';
import { useTranslations, type Locale, langOf, storyPath } from '../../i18n/index.ts';
import { annotationsIn, chartsIn, termParagraphs } from '../../notes/annotations.ts';
import { collectSources, type CitingItem, type CollectedSource } from '../../notes/sources.ts';
import { loadTimelineEvents } from '../../timeline/graphic-data.ts';
import { chartSourceId, chartSourcesId } from '../../charts/table.ts';

/** Root-relative path of the sources page in a locale: `/sources/`, `/en/sources/`. */
export function sourcesPath(locale: Locale): string {
  return `${storyPath(locale)}sources/`;
}

/** A source's entry on the sources page, by its number in the list (from 1). */
export function sourceHref(locale: Locale, n: number): string {
  return `${sourcesPath(locale)}#src-${n}`;
}

/** Where the sources page lists one chart's sources: `/sources/#chart-<id>-sources`. */
export function chartSourcesHref(locale: Locale, chart: string): string {
  return `${sourcesPath(locale)}#${chartSourcesId(chart)}`;
}

/** One of a chart's numbered sources on the sources page: `/sources/#<id>-src-<n>`. */
export function chartSourceHref(locale: Locale, chart: string, n: number): string {
  return `${sourcesPath(locale)}#${chartSourceId(chart, n)}`;
}

/** What the story cites, from its MDX: the glossary in order of use, the sources of its notes, checks, terms and timeline, and its charts in reading order. */
export async function storySources(locale: Locale) {
  const entry = await getEntry('story', langOf(locale));
  if (!entry) throw new Error(`content/story: no story file for ${locale} (expected ${langOf(locale)}.mdx)`);
  const t = useTranslations(locale);
  const lang = langOf(locale);
  const uses = annotationsIn(entry.body ?? '');
  const usedIn = termParagraphs(uses);
  // By the paragraph of first use (the same in both languages), then id; unused terms last.
  const firstUse = (id: string) => usedIn.get(id)?.[0] ?? Infinity;
  const glossary = (await getCollection('glossary')).sort((a, b) => firstUse(a.id) - firstUse(b.id) || a.id.localeCompare(b.id));
  const sidenotes = new Map((await getCollection('sidenotes')).map((e) => [e.id, e.data]));
  const factchecks = new Map((await getCollection('factchecks')).map((e) => [e.id, e.data]));

  // Numbered in reading order, as remarkAnnotations numbers them on the page; back-links lead
  // to the story, from wherever the list is shown.
  const story = storyPath(locale);
  const citing: CitingItem[] = [];
  let noteNumber = 0;
  let checkNumber = 0;
  for (const use of uses) {
    if (use.kind === 'Sidenote') {
      const note = sidenotes.get(use.id);
      noteNumber += 1;
      if (note) citing.push({ id: `sn-${use.id}`, label: t('notes.noteLabel', { n: String(noteNumber) }), href: `${story}#sn-${use.id}`, sources: note.sources });
    } else if (use.kind === 'FactCheck') {
      const check = factchecks.get(use.id);
      checkNumber += 1;
      if (check) citing.push({ id: `fc-${use.id}`, label: t('notes.factCheck', { n: String(checkNumber) }), href: `${story}#fc-${use.id}`, sources: check.sources });
    }
  }
  for (const { data: term } of glossary) {
    citing.push({ id: `term-${term.id}`, label: t('notes.term', { term: term.term[lang] }), href: `${story}#term-${term.id}`, sources: term.sources });
  }
  for (const event of await loadTimelineEvents()) {
    citing.push({ id: `timeline-${event.id}`, label: t('notes.timelineEvent', { title: event.title[lang] }), href: `${story}#timeline-${event.id}`, sources: event.sources });
  }
  const sources: CollectedSource[] = collectSources(citing);
  const numberOf = new Map(sources.map((s, i) => [s.url, i + 1]));
  return { glossary, usedIn, sources, numberOf, charts: chartsIn(entry.body ?? '') };
}
