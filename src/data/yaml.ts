/**
 * The one reader of YAML content files (datasets' metadata, chart specs, story frontmatter, the
 * timeline, glossary, notes and corrections lists): every problem is reported as `file:line`.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { LineCounter, parseDocument, isNode, isSeq, visit, type Document, type Node } from 'yaml';
import { issueMessage } from './issue-message.ts';

/** How many times aliases (`*name`) may be expanded in one file: reuse is fine, a bomb is not. */
export const MAX_ALIAS_COUNT = 100;

/**
 * A node of a parsed document as plain data, with aliases (`*source`) resolved against the
 * document they belong to. An alias bomb fails as `file:line` (the first alias in the node).
 */
export function yamlToJs(doc: Document, node: unknown, file: string, lineCounter: LineCounter): unknown {
  if (!isNode(node)) return node ?? null;
  try {
    return node.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const culprit = failingPart(doc, node);
    let offset = culprit.range?.[0] ?? 0;
    visit(culprit, {
      Alias(_, alias) {
        offset = alias.range?.[0] ?? offset;
        return visit.BREAK;
      },
    });
    const problem = /alias count/i.test((error as Error).message)
      ? `YAML aliases (*name) here expand to too much data (more than ${MAX_ALIAS_COUNT} uses). Write the entries out, or reuse an anchor only a few times.`
      : (error as Error).message;
    throw new Error(`${file}:${lineCounter.linePos(offset).line}: ${problem}`);
  }
}

/** In a list, the entry that fails to convert on its own: a bomb is named in its own entry, not at a harmless alias before it. */
function failingPart(doc: Document, node: Node): Node {
  if (!isSeq(node)) return node;
  for (const item of node.items) {
    if (!isNode(item)) continue;
    try {
      item.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      return item;
    }
  }
  return node;
}

/** A YAML file parsed with positions, so problems can be reported as `file:line`. */
export interface LocatedYaml {
  file: string;
  value: unknown;
  /** The line (1-based) of the node at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Parses YAML text and keeps a line counter. Syntax errors throw `file:line: message`.
 * `file` is the repository path used in messages, e.g. `content/data/wechat-mau.yaml`.
 */
export function parseLocatedYaml(file: string, text: string): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false });
  const [error] = doc.errors;
  if (error) {
    const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
    throw new Error(`${file}:${line}: ${error.message.split('\n')[0]}`);
  }
  return {
    file,
    value: yamlToJs(doc, doc.contents, file, lineCounter),
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth--) {
        // A map entry is reported at its key (the value may be empty or start on the next line).
        const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1) as unknown[], true) : doc.contents;
        const pair = findPair(parent, path[depth - 1]);
        if (pair) return pair;
        const node = doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return 1;

      function findPair(parent: unknown, key: PropertyKey | undefined): number | undefined {
        if (!parent || typeof parent !== 'object' || !('items' in parent)) return undefined;
        for (const item of (parent as { items: unknown[] }).items) {
          const itemKey = (item as { key?: unknown }).key;
          if (isNode(itemKey) && (itemKey as { value?: unknown }).value === key && itemKey.range) {
            return lineCounter.linePos(itemKey.range[0]).line;
          }
        }
        return undefined;
      }
    },
  };
}

/** One validated entry of a YAML list, with the line it starts on. */
export interface YamlListEntry<T> {
  id: string;
  line: number;
  data: T;
}

/** How a list names its entries in messages: `event "a-move": …`, or just `"walls": …`. */
export interface YamlListOptions<T> {
  noun?: string;
  /** Checks across entries (order, references); returns problems as `[path, message]`, path from the list's root. */
  check?: (entries: readonly YamlListEntry<T>[]) => [path: readonly PropertyKey[], message: string][];
}

/**
 * Parses a YAML list of entries with an `id` each and validates every entry with `schema`.
 * Throws one error listing every problem at the line of the field it is about, e.g.
 * `content/notes/sidenotes.yaml:14: "walls": sources: needs at least one source`; ids must be unique.
 */
export function parseYamlList<S extends z.ZodType<{ id: string }>>(text: string, file: string, schema: S, options: YamlListOptions<z.output<S>> = {}): YamlListEntry<z.output<S>>[] {
  const yaml = parseLocatedYaml(file, text);
  if (!Array.isArray(yaml.value)) throw new Error(`${file}:1: expected a YAML list of entries (- id: …)`);
  const problems: string[] = [];
  const entries: YamlListEntry<z.output<S>>[] = [];
  const seen = new Map<string, number>();
  const labelOf = (raw: unknown, index: number) => {
    const id = (raw as { id?: unknown } | null)?.id;
    const name = typeof id === 'string' ? `"${id}"` : `#${index + 1}`;
    return options.noun ? `${options.noun} ${name}` : typeof id === 'string' ? name : `entry ${name}`;
  };
  yaml.value.forEach((raw: unknown, index) => {
    const label = labelOf(raw, index);
    const line = yaml.lineOf([index]);
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const at = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        problems.push(`${file}:${yaml.lineOf([index, ...issue.path])}: ${label}: ${at}${issueMessage(issue)}`);
      }
      return;
    }
    const { id } = result.data;
    const earlier = seen.get(id);
    if (earlier !== undefined) problems.push(`${file}:${line}: ${label}: duplicate id (first at line ${earlier})`);
    else seen.set(id, line);
    entries.push({ id, line, data: result.data });
  });
  if (problems.length === 0 && options.check) {
    for (const [path, message] of options.check(entries)) {
      const [entry, ...rest] = path;
      const index = typeof entry === 'number' ? entry : 0;
      const raw = yaml.value[index];
      problems.push(`${file}:${yaml.lineOf([index, ...rest])}: ${labelOf(raw, index)}: ${message}`);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return entries;
}

/** As {@link parseYamlList}, reading the file; a path under the working directory is named relative to it. */
export function readYamlList<S extends z.ZodType<{ id: string }>>(file: string, schema: S, options?: YamlListOptions<z.output<S>>): YamlListEntry<z.output<S>>[] {
  const name = isAbsolute(file) ? relative(process.cwd(), file) : file;
  return parseYamlList(readFileSync(file, 'utf8'), name, schema, options);
}

/**
 * A content-layer loader for a YAML list of entries with ids (like Astro's `file()`), which fails
 * the build with the file and line of a bad entry and reloads the list when the file changes in dev.
 */
export function yamlListLoader<S extends z.ZodType<{ id: string }>>(file: string, schema: S, options?: YamlListOptions<z.output<S>> | (() => YamlListOptions<z.output<S>>)): Loader {
  return {
    name: 'kaimen-yaml-list',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const path = join(process.cwd(), file);
      const sync = async () => {
        const entries = readYamlList(file, schema, typeof options === 'function' ? options() : options);
        store.clear();
        for (const { id, data } of entries) {
          const parsed = await parseData({ id, data: data as Record<string, unknown>, filePath: file });
          store.set({ id, data: parsed, digest: generateDigest(parsed), filePath: file });
        }
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', async (changed) => {
        if (changed !== path) return;
        try {
          await sync();
          logger.info(`reloaded ${file}`);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
