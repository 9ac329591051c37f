/**
 * The public corrections log, content/corrections.yaml: each entry is validated and every chart,
 * dataset and note id it names must exist, or the build fails with `file:line`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { correctionSchema, type Correction } from '../schemas/truth.ts';
import { parseYamlList } from '../data/yaml.ts';

/** The ids a correction may name. */
export interface KnownIds {
  charts: ReadonlySet<string>;
  datasets: ReadonlySet<string>;
  notes: ReadonlySet<string>;
}

/** Validates the text of content/corrections.yaml; `file` is the path named in errors. */
export function parseCorrections(text: string, file: string, known: KnownIds): Correction[] {
  if (text.trim() === '' || text.trim() === '[]') return [];
  const entries = parseYamlList(text, file, correctionSchema, {
    check: (list) =>
      list.flatMap(({ data }, i) =>
        (['charts', 'datasets', 'notes'] as const).flatMap((field) =>
          data[field].flatMap((name, j): [PropertyKey[], string][] =>
            known[field].has(name) ? [] : [[[i, field, j], `${field}: unknown id "${name}". Use one of: ${[...known[field]].sort().join(', ')}.`]],
          ),
        ),
      ),
  });
  // Newest first, as readers expect a log.
  return entries.map((entry) => entry.data).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The chart, dataset and note ids that exist under `contentDir`. */
export function knownIds(contentDir: string): KnownIds {
  const names = (dir: string, ext: RegExp) => new Set(readdirSync(join(contentDir, dir)).filter((n) => ext.test(n)).map((n) => n.replace(ext, '')));
  // Only each entry's `id` is read, from the syntax tree: aliases are not expanded, so a broken
  // or hostile notes file is left to its own loader, which names its file and line.
  const noteIds = ['notes/sidenotes.yaml', 'notes/factchecks.yaml', 'glossary.yaml'].flatMap((file) => {
    const list = parseDocument(readFileSync(join(contentDir, file), 'utf8')).contents;
    return isSeq(list) ? list.items.map((entry) => String(isMap(entry) ? entry.get('id') : undefined)) : [];
  });
  return { charts: names('charts', /\.yaml$/), datasets: names('data', /\.csv$/), notes: new Set(noteIds) };
}

/** Reads and validates `<contentDir>/corrections.yaml` (no file: no corrections). */
export function readCorrections(contentDir: string, file = 'content/corrections.yaml'): Correction[] {
  const path = join(contentDir, 'corrections.yaml');
  if (!existsSync(path)) return [];
  return parseCorrections(readFileSync(path, 'utf8'), file, knownIds(contentDir));
}

/**
 * The corrections that touch a chart: those that name it. (Naming only a dataset marks its CSV;
 * a chart that plots other dates of that dataset shows nothing that changed.)
 */
export function correctionsOfChart(corrections: readonly Correction[], chart: string): Correction[] {
  return corrections.filter((c) => c.charts.includes(chart));
}
