import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';

/**
 * The article's own paragraphs in a story MDX file: its top-level Markdown paragraphs.
 * Editorial additions are components, so they are not counted; the text of inline
 * components such as <Term> is (it is the article's text they mark up).
 */
export function storyParagraphs(mdx: string): string[] {
  const body = mdx.replace(/^\s*---\n[\s\S]*?\n---\n/, '');
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  return tree.children
    .filter((node) => node.type === 'paragraph')
    .map((node) => toString(node).replace(/\s*\n\s*/g, ' ').trim());
}
