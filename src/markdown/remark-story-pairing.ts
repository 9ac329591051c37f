/**
 * The story exists in two languages that must carry the same additions: a chart, sidenote, term
 * or fact-check placed in one language only leaves the other page (and the embed links into it)
 * pointing at nothing. And a chart or the timeline placed twice in one story gives the page
 * duplicate ids. Both fail the build naming the story file and the line of the placement.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ReferenceRule } from './remark-check-references.ts';

/** Components that must be placed in every language of the story (Timeline has no id). */
const PAIRED = ['Chart', 'Term', 'Sidenote', 'FactCheck', 'Timeline'] as const;
/** Components that may appear once per story; Sidenote and FactCheck are checked by remark-annotations. */
const ONCE = new Set(['Chart', 'Timeline']);

interface Placement {
  key: string;
  line: number;
  column: number;
}

/** Placements of the paired components, as `Chart wechat-mau`, `Timeline`, in reading order. */
export function placements(tree: Root): Placement[] {
  const found: Placement[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (!element.name || !(PAIRED as readonly string[]).includes(element.name)) return;
    const id = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    const key = element.name === 'Timeline' ? 'Timeline' : `${element.name} ${typeof id === 'string' ? id : ''}`;
    found.push({ key, line: element.position?.start.line ?? 1, column: element.position?.start.column ?? 1 });
  });
  return found;
}

/** Frontmatter replaced by blank lines, so an MDX parser sees only the body at its own lines. */
function withoutFrontmatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return match ? match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) : text;
}

/**
 * The keys placed in another story file, or undefined when that file has a problem of its own
 * (it does not parse, or names an id that does not exist): its own compile reports that, and
 * comparing with it would blame this file for the other's typo.
 */
function placedIn(path: string, rules: Record<string, ReferenceRule>): Set<string> | undefined {
  let found: Placement[];
  try {
    const processor = unified().use(remarkParse).use(remarkMdx);
    found = placements(processor.parse(withoutFrontmatter(readFileSync(path, 'utf8'))) as Root);
  } catch {
    return undefined;
  }
  const known = new Map<string, ReadonlySet<string>>();
  for (const { key } of found) {
    const [name, id] = key.split(' ') as [string, string | undefined];
    const rule = rules[name];
    if (!rule || id === undefined) continue;
    if (!known.has(name)) known.set(name, rule.known());
    if (!known.get(name)!.has(id)) return undefined;
  }
  return new Set(found.map((p) => p.key));
}

const describe = (key: string) => (key === 'Timeline' ? '<Timeline />' : `<${key.split(' ')[0]} id="${key.split(' ')[1]}">`);

/** `rules`: the ids that exist (references.ts), so a sibling's unknown id is left to its own compile. */
export function remarkStoryPairing(rules: Record<string, ReferenceRule> = {}) {
  return (tree: Root, file: VFile) => {
    if (!file.path || !file.path.endsWith('.mdx')) return;
    const absolute = isAbsolute(file.path) ? file.path : join(process.cwd(), file.path);
    const path = relative(process.cwd(), absolute);
    const fail = (p: Placement, problem: string): never => {
      throw new Error(`${path}:${p.line}:${p.column}: ${problem}`);
    };
    const mine = placements(tree);

    const first = new Map<string, Placement>();
    for (const p of mine) {
      const earlier = first.get(p.key);
      if (earlier && ONCE.has(p.key.split(' ')[0]!)) {
        fail(p, `${describe(p.key)} is placed twice in this story (first at line ${earlier.line}); a page may show it once. Remove one.`);
      }
      if (!earlier) first.set(p.key, p);
    }

    const folder = dirname(absolute);
    const others = readdirSync(folder).filter((name) => name.endsWith('.mdx') && name !== basename(absolute));
    for (const other of others) {
      const theirs = placedIn(join(folder, other), rules);
      if (!theirs) continue;
      for (const [key, p] of first) {
        if (!theirs.has(key)) {
          fail(p, `${describe(key)} is placed in this story but not in ${relative(process.cwd(), join(folder, other))}. Place it in every language of the story, or remove it.`);
        }
      }
    }
  };
}
