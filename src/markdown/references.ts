import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ReferenceRule } from './remark-check-references.ts';

/** Ids of the files in a content folder, e.g. `content/charts/wechat-mau.yaml` → `wechat-mau`. */
export function idsOfFiles(dir: string, extension: string): ReadonlySet<string> {
  return new Set(
    readdirSync(dir)
      .filter((name) => extname(name) === extension)
      .map((name) => basename(name, extension)),
  );
}

/** The `id`s of the entries of a YAML list file, e.g. `content/glossary.yaml`. */
export function idsInYamlList(file: string): ReadonlySet<string> {
  let list: unknown;
  try {
    list = parse(readFileSync(file, 'utf8'), { maxAliasCount: 100 });
  } catch (error) {
    // The list's own loader reports the problem with its line; never blame the story for it.
    throw new Error(`${relative(process.cwd(), file)}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!Array.isArray(list)) return new Set();
  return new Set(list.flatMap((entry) => (typeof entry?.id === 'string' ? [entry.id] : [])));
}

/** An absolute path inside content/. */
export const contentPath = (...parts: string[]) => join(process.cwd(), 'content', ...parts);

/**
 * Which MDX components refer to which content. The build fails, naming the MDX file and line,
 * when a story uses an id that is not there. Add a rule when a component takes a content id.
 */
export const referenceRules: Record<string, ReferenceRule> = {
  Chart: { attribute: 'id', known: () => idsOfFiles(contentPath('charts'), '.yaml'), source: 'content/charts/' },
  Term: { attribute: 'id', known: () => idsInYamlList(contentPath('glossary.yaml')), source: 'content/glossary.yaml' },
  Sidenote: { attribute: 'id', known: () => idsInYamlList(contentPath('notes', 'sidenotes.yaml')), source: 'content/notes/sidenotes.yaml' },
  FactCheck: { attribute: 'id', known: () => idsInYamlList(contentPath('notes', 'factchecks.yaml')), source: 'content/notes/factchecks.yaml' },
};
