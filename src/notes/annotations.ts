import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** The annotation components a story uses. */
export type AnnotationKind = 'Term' | 'Sidenote' | 'FactCheck';

/**
 * The props of a numbered annotation (`<Sidenote>`, `<FactCheck>`): the editor writes its id in
 * content/notes; remarkAnnotations sets its number on the page and the page's locale.
 */
export interface NumberedAnnotationProps {
  id: string;
  n?: string;
  locale?: string;
}

/** One use of an annotation in a story MDX file. */
export interface AnnotationUse {
  kind: AnnotationKind;
  id: string;
  /** The article paragraph it is in (Term, Sidenote) or follows (FactCheck); 0 before the first. */
  paragraph: number;
}

const kinds = new Set<string>(['Term', 'Sidenote', 'FactCheck']);

/**
 * Every `<Term>`, `<Sidenote>` and `<FactCheck>` in a story MDX file, in reading order, with the
 * paragraph it belongs to (top-level Markdown paragraphs are the article's, as in remarkArticleParagraphs).
 */
export function annotationsIn(mdx: string): AnnotationUse[] {
  const tree = storyTree(mdx);
  const uses: AnnotationUse[] = [];
  let paragraph = 0;
  for (const node of tree.children) {
    if (node.type === 'paragraph') paragraph += 1;
    visit(node, (child) => {
      if (child.type !== 'mdxJsxFlowElement' && child.type !== 'mdxJsxTextElement') return;
      const element = child as MdxJsxFlowElement | MdxJsxTextElement;
      if (!element.name || !kinds.has(element.name)) return;
      const id = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      if (typeof id === 'string') uses.push({ kind: element.name as AnnotationKind, id, paragraph });
    });
  }
  return uses;
}

/** The ids of the `<Chart>`s a story MDX file places, in reading order. */
export function chartsIn(mdx: string): string[] {
  const ids: string[] = [];
  visit(storyTree(mdx), (node) => {
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Chart') return;
    const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    if (typeof id === 'string') ids.push(id);
  });
  return ids;
}

function storyTree(mdx: string): Root {
  const body = mdx.replace(/^\s*---\n[\s\S]*?\n---\n/, '');
  return unified().use(remarkParse).use(remarkMdx).parse(body);
}

/** The paragraphs each term is used in, in order, without repeats. */
export function termParagraphs(uses: readonly AnnotationUse[]): Map<string, number[]> {
  const byTerm = new Map<string, number[]>();
  for (const use of uses) {
    if (use.kind !== 'Term') continue;
    const list = byTerm.get(use.id) ?? [];
    if (!list.includes(use.paragraph)) list.push(use.paragraph);
    byTerm.set(use.id, list);
  }
  return byTerm;
}
