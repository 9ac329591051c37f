import type { Dataset } from '../schemas/dataset.ts';
import type { Correction } from '../schemas/truth.ts';
import { csvField, parseCsv } from './csv.ts';

/**
 * A cell a spreadsheet would run as a formula gets a leading `'`, which spreadsheets show as
 * text (OWASP's CSV-injection advice): one starting with `=`, `@`, a tab or a carriage return,
 * or with `+`/`-` and a function call (`NAME(`, no space, as spreadsheets need) or a DDE link
 * (`|`). Numbers (`-12`) stay numbers, and notes such as `+28% YoY (stated)`, which no
 * spreadsheet can run, stay as written.
 */
export function defuseFormula(cell: string): string {
  if (/^[=@\t\r]/.test(cell) || (/^[+-]/.test(cell) && /[A-Za-z_][\w.]*\(|\|/.test(cell))) return `'${cell}`;
  return cell;
}

/** Text for a `#` comment line: every run of whitespace or line breaks (also U+2028/9) is one space. */
const oneLine = (text: string) => text.replace(/[\s\u2028\u2029\u0085]+/g, ' ').trim();

/**
 * The downloadable CSV of a dataset: `#` comment lines saying what it is (title, unit, series,
 * every source with its URL and access date), then the rows of the file in content/data. Lines
 * starting with # are comments (pandas: comment='#'; R: comment.char='#').
 *
 * Whatever the content holds, the file is well-formed: no byte-order mark, LF line endings
 * throughout, every comment one line (a two-line YAML title cannot make a fake row), fields
 * quoted where they hold commas, quotes or line breaks, and no cell a spreadsheet would run.
 */
export function csvWithHeader(dataset: Dataset, csvText: string, url: string, corrections: readonly Correction[] = []): string {
  const lines = [
    `${dataset.title.en} / ${dataset.title.zh}`,
    `From Kaimen (开门): ${url}. Lines starting with # are comments; the data begin at the header line.`,
    `What it measures: ${dataset.description.en}`,
    `Unit: ${dataset.unit} (values in base units: people, accounts or devices as whole counts, yuan, or percent). estimate=true marks derived or estimated values; the note says how.`,
    ...Object.entries(dataset.series).map(([id, label]) => `Series ${id}: ${label.en} / ${label.zh}`),
    ...(dataset.notes ? [`Notes: ${dataset.notes.en}`] : []),
    'Sources (the source column):',
    ...Object.entries(dataset.sources).map(
      ([id, s]) => `${id}: ${s.name}. ${s.url}${s.primary && s.primary !== s.url ? ` (primary: ${s.primary})` : ''}, accessed ${s.accessed}`,
    ),
    // The public corrections log (content/corrections.yaml) entries that touch this dataset.
    ...corrections
      .filter((c) => c.datasets.includes(dataset.id))
      .map((c) => `Corrected ${c.date}: ${c.what.en} Why: ${c.why.en} (${new URL('/en/#corrections', url).href})`),
  ];
  const text = csvText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const textLines = text.split('\n');
  const rows = parseCsv(text).map(({ line, fields }) => {
    const defused = fields.map(defuseFormula);
    // A record that needs no defusing is kept as written (its quoting, its spacing).
    if (defused.every((field, i) => field === fields[i])) return textLines.slice(line - 1, line + fields.join('').split('\n').length - 1).join('\n');
    return defused.map(csvField).join(',');
  });
  return [...lines.map((line) => `# ${oneLine(line)}`), ...rows].join('\n') + '\n';
}
