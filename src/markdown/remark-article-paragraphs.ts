import type { Root } from 'mdast';

/**
 * Numbers the story's own paragraphs so both languages share anchors (#p-1 … #p-N).
 * In the story MDX, plain top-level paragraphs are the article's text; editorial
 * additions are components (flow JSX), so they are not counted.
 */
export function remarkArticleParagraphs() {
  return (tree: Root) => {
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      n += 1;
      node.data = { ...node.data, hProperties: { id: `p-${n}`, 'data-paragraph': n } };
    }
  };
}
