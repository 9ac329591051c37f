import type { Source } from '../schemas/notes.ts';

/** Something on the page that cites sources: a sidenote, a fact-check, a glossary term, a chart… */
export interface CitingItem {
  /** Unique on the page, e.g. `sn-miit-meeting-context`. */
  id: string;
  /** How a back-link to it reads, e.g. "Note 3". */
  label: string;
  /** Where it is on the page, e.g. `#sn-miit-meeting-context`. */
  href: string;
  sources: readonly Source[];
}

/** One entry of the page's source list: one address, however many items cite it. */
export interface CollectedSource {
  url: string;
  /** The distinct names it was cited under, first one first. */
  names: string[];
  /** The distinct quotes that carry the cited facts. */
  quotes: string[];
  /** The primary document, when one was given. */
  primary?: string;
  /** The latest date the page was seen. */
  accessed: string;
  /** The items citing it, in page order, each once. */
  citedBy: Pick<CitingItem, 'id' | 'label' | 'href'>[];
}

/**
 * Adds a quote unless a longer one already shows it; a longer one replaces the shorter in place.
 * Two items often quote the same passage, one with its closing full stop and one without.
 */
function addQuote(quotes: string[], quote: string): void {
  if (quotes.some((shown) => shown.includes(quote))) return;
  const first = quotes.findIndex((shown) => quote.includes(shown));
  const kept = quotes.filter((shown) => !quote.includes(shown));
  kept.splice(first === -1 ? kept.length : first, 0, quote);
  quotes.splice(0, quotes.length, ...kept);
}

/**
 * The sources cited on a page, de-duplicated by URL (exactly as written) and in order of first
 * citation, each with back-links to the items that cite it. Other areas (charts, timeline) add
 * their own `CitingItem`s to the list they pass in.
 */
export function collectSources(items: readonly CitingItem[]): CollectedSource[] {
  const byUrl = new Map<string, CollectedSource>();
  for (const { id, label, href, sources } of items) {
    for (const source of sources) {
      let entry = byUrl.get(source.url);
      if (!entry) {
        entry = { url: source.url, names: [], quotes: [], accessed: source.accessed, citedBy: [] };
        byUrl.set(source.url, entry);
      }
      if (!entry.names.includes(source.name)) entry.names.push(source.name);
      if (source.quote) addQuote(entry.quotes, source.quote);
      if (source.primary && !entry.primary) entry.primary = source.primary;
      if (source.accessed > entry.accessed) entry.accessed = source.accessed;
      if (!entry.citedBy.some((c) => c.id === id)) entry.citedBy.push({ id, label, href });
    }
  }
  return [...byUrl.values()];
}

/** A short, readable name for where a page lives: `https://www.scmp.com/…` → `scmp.com`. */
export function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^(?:www|m)\./, '');
}
