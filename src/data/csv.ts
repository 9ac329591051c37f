/** One record of a CSV file, with the line it starts on (1 is the first line of the file). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Parses CSV text (RFC 4180: commas, double-quoted fields with "" for a quote, CRLF or LF).
 * Keeps line numbers so errors can point at the file. Blank lines (also lines of only spaces) are skipped.
 * Throws `LINE: problem` for an unterminated quote; callers prefix the file name.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === ',') fields.push(field), (field = '');
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i++;
      if (!isBlank(fields, field)) records.push({ line: start, fields: [...fields, field] });
      (fields = []), (field = '');
      start = ++line;
    } else field += char;
  }
  if (quoted) throw new Error(`${start}: a quoted field is never closed`);
  if (!isBlank(fields, field)) records.push({ line: start, fields: [...fields, field] });
  return records;
}

/** A line of only spaces or tabs looks empty in an editor, so it is skipped like an empty one. */
function isBlank(fields: readonly string[], last: string): boolean {
  return fields.length === 0 && last.trim() === '';
}

/** Writes one CSV field, quoting it when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
