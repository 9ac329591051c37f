import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { LineCounter, isMap, isSeq, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { yamlToJs } from '../data/yaml-lines.ts';
import { issueMessage } from '../data/issue-message.ts';

/** One validated entry of a YAML list, with the line it starts on. */
export interface YamlListEntry<T> {
  id: string;
  line: number;
  data: T;
}

/**
 * Reads a YAML list of entries with an `id` each (content/glossary.yaml, content/notes/*.yaml)
 * and validates every entry with `schema`. Throws one error naming the file and line of each
 * bad entry, e.g. `content/notes/sidenotes.yaml:12: "walls": sources: needs at least one source`.
 */
export function readYamlList<S extends z.ZodType<{ id: string }>>(file: string, schema: S): YamlListEntry<z.output<S>>[] {
  const name = isAbsolute(file) ? relative(process.cwd(), file) : file;
  return parseYamlList(readFileSync(file, 'utf8'), name, schema);
}

/** As {@link readYamlList}, for YAML text already read; `name` is the file named in errors. */
export function parseYamlList<S extends z.ZodType<{ id: string }>>(text: string, name: string, schema: S): YamlListEntry<z.output<S>>[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    throw new Error(doc.errors.map((e) => `${name}:${lineOf(e.pos[0])}: ${e.message.split('\n')[0]}`).join('\n'));
  }
  if (!isSeq(doc.contents)) throw new Error(`${name}:1: expected a YAML list of entries (- id: …)`);

  const problems: string[] = [];
  const entries: YamlListEntry<z.output<S>>[] = [];
  const seen = new Map<string, number>();
  doc.contents.items.forEach((node, index) => {
    const line = lineOf(isMap(node) || isSeq(node) ? node.range?.[0] : undefined);
    const raw = isMap(node) ? (yamlToJs(doc, node, name, lineCounter) as Record<string, unknown>) : undefined;
    const label = typeof raw?.id === 'string' ? `"${raw.id}"` : `entry ${index + 1}`;
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const at = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        problems.push(`${name}:${line}: ${label}: ${at}${issueMessage(issue)}`);
      }
      return;
    }
    const { id } = result.data;
    const earlier = seen.get(id);
    if (earlier !== undefined) problems.push(`${name}:${line}: ${label}: duplicate id (first at line ${earlier})`);
    seen.set(id, line);
    entries.push({ id, line, data: result.data });
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return entries;
}
