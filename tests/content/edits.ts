/**
 * How a bad-content case edits a file, and which line of the edited text the message must name.
 * The line is found in the edited text, never taken from the output under test.
 */
export type Edit =
  | { replace: string; with: string }
  | { append: string }
  /** Any other change (a byte-order mark, line endings, thousands of rows). */
  | { transform: (text: string) => string };

export interface FileEdit {
  /** The file edited, relative to the site root. */
  file: string;
  edit: Edit;
  /**
   * Text whose first occurrence in the edited file is on the line the message must name.
   * Defaults to the edit's own text (the replacement, or the appended block's first line).
   */
  at?: string;
}

/** Applies the edit; returns the edited text and, when a line can be named, the 1-based line. */
export function applyEdit(text: string, { file, edit, at }: FileEdit): { text: string; line?: number } {
  let edited: string;
  let marker = at;
  if ('replace' in edit) {
    const index = text.indexOf(edit.replace);
    if (index < 0) throw new Error(`"${edit.replace.slice(0, 60)}" is not in ${file}`);
    edited = text.slice(0, index) + edit.with + text.slice(index + edit.replace.length);
    if (!marker) return { text: edited, line: edited.slice(0, index).split('\n').length };
  } else if ('append' in edit) {
    edited = text.replace(/\n*$/, '\n') + edit.append;
    marker ??= edit.append.trim().split('\n')[0]!;
  } else {
    edited = edit.transform(text);
    if (edited === text) throw new Error(`the transform left ${file} unchanged`);
  }
  if (!marker) return { text: edited };
  return { text: edited, line: lineOf(edited, marker, file) };
}

/** The 1-based line of the first occurrence of `marker` in `text`. */
export function lineOf(text: string, marker: string, file: string): number {
  const index = text.indexOf(marker);
  if (index < 0) throw new Error(`marker "${marker.slice(0, 60)}" is not in ${file}`);
  return text.slice(0, index).split('\n').length;
}
