import type { Dataset } from '../schemas/dataset.ts';
import type { Correction } from '../schemas/truth.ts';

/**
 * The downloadable CSV of a dataset: `#` comment lines saying what it is (title, unit, series,
 * every source with its URL and access date), then the file from content/data unchanged.
 * Lines starting with # are comments (pandas: comment='#'; R: comment.char='#').
 */
export function csvWithHeader(dataset: Dataset, csvText: string, url: string, corrections: readonly Correction[] = []): string {
  const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
  const lines = [
    `${dataset.title.en} / ${dataset.title.zh}`,
    `From Kaimen (开门): ${url}. Lines starting with # are comments; the data begin at the header line.`,
    `What it measures: ${oneLine(dataset.description.en)}`,
    `Unit: ${dataset.unit} (values in base units: people, accounts or devices as whole counts, yuan, or percent). estimate=true marks derived or estimated values; the note says how.`,
    ...Object.entries(dataset.series).map(([id, label]) => `Series ${id}: ${label.en} / ${label.zh}`),
    ...(dataset.notes ? [`Notes: ${oneLine(dataset.notes.en)}`] : []),
    'Sources (the source column):',
    ...Object.entries(dataset.sources).map(
      ([id, s]) => `${id}: ${oneLine(s.name)}. ${s.url}${s.primary && s.primary !== s.url ? ` (primary: ${s.primary})` : ''}, accessed ${s.accessed}`,
    ),
    // The public corrections log (content/corrections.yaml) entries that touch this dataset.
    ...corrections
      .filter((c) => c.datasets.includes(dataset.id))
      .map((c) => `Corrected ${c.date}: ${oneLine(c.what.en)} Why: ${oneLine(c.why.en)} (${new URL('/en/#corrections', url).href})`),
  ];
  return lines.map((line) => `# ${line}\n`).join('') + csvText;
}
