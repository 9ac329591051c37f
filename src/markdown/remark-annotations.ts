import { basename, isAbsolute, relative } from 'node:path';
import type { Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** What the plugin needs to know about the notes in content/notes/*.yaml. */
export interface AnnotationIndex {
  /** Sidenotes by id: the paragraph they belong to and the exact Chinese words they are tied to. */
  sidenotes: () => ReadonlyMap<string, { paragraph: number; anchor: string }>;
  /** Fact-checks by id: the paragraph of the claim and the claim's exact words in each language. */
  factchecks: () => ReadonlyMap<string, { paragraph: number; claim: { zh: string; en: string } }>;
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Wires the story's annotations to the article's paragraphs, at build time:
 *
 * - `<Term id>` (inline, wrapping the article's words): the first use of each id on the page
 *   gets `first`; after that paragraph it inserts `<TermPopovers ids>`, the definitions.
 * - `<Sidenote id>` (inline, wrapping the anchor words): numbers the notes in reading order
 *   (`n`) and inserts `<SidenoteNotes ids start span>` right after the paragraph, so the notes
 *   are real HTML outside the `<p>` and the paragraph's text stays the original's.
 * - `<FactCheck id />` (a block line after its paragraph): checked to follow the right paragraph.
 *
 * In the Chinese file, a sidenote must wrap exactly its YAML `anchor`; in both, a fact-check's
 * claim (quoted on the page) must be words of its paragraph. Mistakes fail the build naming the MDX file, line and column.
 * Every annotation gets `locale` (from the file name: en.mdx → en, else zh-CN).
 */
export function remarkAnnotations(index: AnnotationIndex) {
  return (tree: Root, file: VFile) => {
    const path = file.path && isAbsolute(file.path) ? relative(process.cwd(), file.path) : file.path || '<mdx>';
    const locale = basename(path).startsWith('en') ? 'en' : 'zh-CN';
    const chinese = locale === 'zh-CN';
    const fail = (node: Jsx, message: string): never => {
      const at = node.position?.start;
      throw new Error(`${path}:${at?.line ?? '?'}:${at?.column ?? '?'}: <${node.name} id="${idOf(node) ?? ''}">: ${message}`);
    };
    const sidenotes = index.sidenotes();
    const factchecks = index.factchecks();
    const used = new Set<string>();
    const termsSeen = new Set<string>();
    let paragraph = 0;
    let lastParagraph: Paragraph | undefined;
    let noteNumber = 0;
    let checkNumber = 0;
    let group: MdxJsxFlowElement | undefined;

    const children: RootContent[] = [];
    for (const node of tree.children) {
      if (node.type === 'paragraph') {
        paragraph += 1;
        lastParagraph = node;
        children.push(node);
        const terms: string[] = [];
        const notes: string[] = [];
        const start = noteNumber + 1;
        visit(node, 'mdxJsxTextElement', (element: MdxJsxTextElement) => {
          const id = idOf(element);
          if (element.name === 'Term' && id) {
            setAttribute(element, 'locale', locale);
            if (!termsSeen.has(id)) {
              termsSeen.add(id);
              terms.push(id);
              setAttribute(element, 'first', 'true');
            }
          } else if (element.name === 'Sidenote' && id) {
            const note = sidenotes.get(id);
            if (!note) return fail(element, 'no such sidenote in content/notes/sidenotes.yaml');
            if (used.has(`sn:${id}`)) fail(element, 'is used twice on this page');
            used.add(`sn:${id}`);
            if (note.paragraph !== paragraph) fail(element, `belongs to paragraph ${note.paragraph} (sidenotes.yaml) but is in paragraph ${paragraph}`);
            const words = toString(element);
            if (!words) fail(element, 'must wrap the words of the article it annotates: <Sidenote id="…">words</Sidenote>');
            if (chinese && words !== note.anchor) fail(element, `must wrap exactly its anchor "${note.anchor}" (wraps "${words}")`);
            noteNumber += 1;
            notes.push(id);
            setAttribute(element, 'n', String(noteNumber));
            setAttribute(element, 'locale', locale);
          } else if (element.name === 'FactCheck') {
            fail(element, 'goes on its own line after the paragraph, not inside it');
          }
        });
        if (terms.length > 0) children.push(flow('TermPopovers', { ids: terms.join(' '), locale }));
        group = undefined;
        if (notes.length > 0) {
          group = flow('SidenoteNotes', { ids: notes.join(' '), start: String(start), span: '1', locale });
          children.push(group);
        }
        continue;
      }

      if (node.type === 'mdxJsxFlowElement' && node.name === 'FactCheck') {
        const id = idOf(node);
        const check = id ? factchecks.get(id) : undefined;
        if (id && !check) fail(node, 'no such fact-check in content/notes/factchecks.yaml');
        if (id && check) {
          if (used.has(`fc:${id}`)) fail(node, 'is used twice on this page');
          used.add(`fc:${id}`);
          if (check.paragraph !== paragraph) fail(node, `checks paragraph ${check.paragraph} (factchecks.yaml) but follows paragraph ${paragraph}`);
          const claim = chinese ? check.claim.zh : check.claim.en;
          if (lastParagraph && !toString(lastParagraph).includes(claim)) {
            fail(node, `its claim "${claim}" is not in paragraph ${paragraph}`);
          }
          checkNumber += 1;
          setAttribute(node, 'n', String(checkNumber));
          setAttribute(node, 'locale', locale);
        }
        // The margin notes of the paragraph may run alongside the checks that follow it.
        if (group) setAttribute(group, 'span', String(Number(attribute(group, 'span')) + 1));
        children.push(node);
        continue;
      }

      if (node.type === 'mdxJsxFlowElement' && (node.name === 'Sidenote' || node.name === 'Term')) {
        fail(node, 'goes inside a paragraph, wrapping the article’s words');
      }
      group = undefined;
      children.push(node);
    }
    tree.children = children;
  };
}

function idOf(node: Jsx): string | undefined {
  return attribute(node, 'id');
}

function attribute(node: Jsx, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function setAttribute(node: Jsx, name: string, value: string) {
  const existing = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (existing) existing.value = value;
  else node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

function flow(name: string, attributes: Record<string, string>): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute' as const, name: key, value })),
    children: [],
  };
}
