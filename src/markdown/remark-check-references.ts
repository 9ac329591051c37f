import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** How one MDX component refers to content: `<Chart id="…" />` names a file in content/charts/. */
export interface ReferenceRule {
  /** The attribute that holds the reference. */
  attribute: string;
  /** The ids that exist; read when a file is compiled, so edits to content are picked up. */
  known: () => ReadonlySet<string>;
  /** Where the ids come from, for the error message, e.g. `content/glossary.yaml`. */
  source: string;
}

/**
 * Fails the build when an MDX component refers to content that does not exist, naming the MDX
 * file, line and column: `content/story/zh.mdx:12:3: <Term id="x">: no such id in content/glossary.yaml`.
 */
export function remarkCheckReferences(rules: Record<string, ReferenceRule>) {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      const rule = element.name ? rules[element.name] : undefined;
      if (!rule) return;
      const where = `${file.path}:${element.position?.start.line ?? '?'}:${element.position?.start.column ?? '?'}`;
      const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === rule.attribute);
      if (!attribute || typeof attribute.value !== 'string') {
        throw new Error(`${where}: <${element.name}> needs ${rule.attribute}="…" written as a plain string`);
      }
      const known = rule.known();
      if (!known.has(attribute.value)) {
        throw new Error(
          `${where}: <${element.name} ${rule.attribute}="${attribute.value}">: no such id in ${rule.source} (known: ${[...known].join(', ') || 'none'})`,
        );
      }
    });
  };
}
