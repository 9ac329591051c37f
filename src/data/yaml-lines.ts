import { LineCounter, parseDocument, isNode, visit, type Document } from 'yaml';

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
    let offset = node.range?.[0] ?? 0;
    visit(node, {
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
