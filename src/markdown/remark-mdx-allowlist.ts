/**
 * MDX is code: a story could import Node modules, run expressions at build time, or ship raw
 * <script>, <iframe> or <meta http-equiv="refresh"> to readers. This plugin decides what a story
 * may contain and fails the build, naming `file:line:column`, on anything else:
 *
 * - our components (Chart, Term, Sidenote, FactCheck, Timeline) with their plain-string props;
 * - Markdown, with links to http(s) addresses or to places on the site;
 * - a short list of inline HTML elements (emphasis, abbreviations, quotes, line breaks…),
 *   with a few harmless attributes and no event handlers;
 * - `{/* comments *\/}`, and nothing else in braces: no imports, exports or expressions.
 */
import { isAbsolute, relative } from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { decodeAttribute } from '../security/unsafe-html.ts';

/** The components a story may use, with the attributes each takes (always plain strings). */
export const STORY_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Chart: ['id'],
  Term: ['id'],
  Sidenote: ['id'],
  FactCheck: ['id'],
  Timeline: [],
};

/** Inline HTML a story may use, with the attributes each takes besides {@link GLOBAL_ATTRIBUTES}. */
export const STORY_HTML: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang'],
  abbr: [],
  b: [],
  br: [],
  cite: [],
  code: [],
  del: ['cite', 'datetime'],
  em: [],
  i: [],
  ins: ['cite', 'datetime'],
  mark: [],
  q: ['cite'],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  sup: [],
  time: ['datetime'],
};

const GLOBAL_ATTRIBUTES = ['lang', 'dir', 'title'];

/** Attributes whose value is an address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action', 'formaction', 'poster', 'data', 'srcset', 'xlink:href']);

/**
 * Why an address may not appear in a story, or undefined if it may: only http(s) addresses and
 * addresses on the site (`/…`, `#…`, relative). Browsers ignore ASCII whitespace and control
 * characters inside a scheme and compare it case-insensitively, so this does too.
 */
export function unsafeUrl(url: string): string | undefined {
  const normalised = decodeAttribute(url).replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200d\ufeff]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(normalised)?.[1];
  if (scheme === undefined) return normalised.startsWith('//') ? 'a protocol-relative address (write https://…)' : undefined;
  if (scheme === 'http' || scheme === 'https') return undefined;
  return `a ${scheme}: address`;
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

export function remarkMdxAllowlist() {
  return (tree: Root, file: VFile) => {
    const path = file.path && isAbsolute(file.path) ? relative(process.cwd(), file.path) : file.path || '<mdx>';
    const fail = (node: { position?: { start: { line: number; column: number } } }, problem: string): never => {
      const at = node.position?.start;
      throw new Error(`${path}:${at?.line ?? 1}:${at?.column ?? 1}: ${problem}`);
    };

    visit(tree, (node) => {
      switch (node.type) {
        case 'mdxjsEsm':
          return fail(
            node,
            `"${firstLine(node.value)}": a story may not import or export anything. Remove the line; the components (${Object.keys(STORY_COMPONENTS).join(', ')}) are available without an import.`,
          );
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (isCommentOnly(node)) return;
          return fail(
            node,
            `"{${firstLine(node.value)}}": a story may not run code in braces. Write a literal { as &#123; (and < as &lt;), or use {/* … */} for a comment.`,
          );
        case 'html':
          return fail(node, `raw HTML "${firstLine(node.value)}" is not allowed in a story. Use Markdown or the components (${Object.keys(STORY_COMPONENTS).join(', ')}).`);
        case 'link':
        case 'image':
        case 'definition': {
          const why = unsafeUrl(node.url);
          if (why) return fail(node, `link to "${node.url}": ${why} is not allowed. Link only to http(s):// addresses or to pages of this site.`);
          if (node.type === 'image') return fail(node, `image "${node.url}": a story does not show images (they would be fetched from elsewhere at run time). Use a chart, or link to the image.`);
          return;
        }
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          return checkElement(node as Jsx);
      }
    });

    function checkElement(element: Jsx) {
      const name = element.name;
      if (name === null) return fail(element, 'a fragment <>…</> is not allowed in a story. Remove the empty tags.');
      const allowed = STORY_COMPONENTS[name] ?? STORY_HTML[name];
      if (!allowed) {
        const kind = /^[a-z]/.test(name) ? 'HTML element' : 'component';
        return fail(
          element,
          `<${name}>: this ${kind} is not allowed in a story. Components: ${Object.keys(STORY_COMPONENTS).join(', ')}; HTML: ${Object.keys(STORY_HTML).join(', ')}.`,
        );
      }
      const isHtml = name in STORY_HTML;
      for (const attribute of element.attributes) checkAttribute(element, name, attribute, isHtml ? [...allowed, ...GLOBAL_ATTRIBUTES] : allowed);
    }

    function checkAttribute(element: Jsx, name: string, attribute: MdxJsxAttribute | MdxJsxExpressionAttribute, allowed: readonly string[]) {
      if (attribute.type === 'mdxJsxExpressionAttribute') return fail(element, `<${name} {${firstLine(attribute.value)}}>: a story may not spread code into a tag. Write each attribute as name="value".`);
      const key = attribute.name;
      if (/^on/i.test(key)) return fail(element, `<${name} ${key}>: event-handler attributes (on…) run code and are not allowed in a story. Remove it.`);
      if (attribute.value !== null && typeof attribute.value === 'object') {
        return fail(element, `<${name}> needs ${key}="…" written as a plain string: attribute values in a story are never {…} code.`);
      }
      if (URL_ATTRIBUTES.has(key.toLowerCase()) && typeof attribute.value === 'string') {
        const why = unsafeUrl(attribute.value);
        if (why) return fail(element, `<${name} ${key}="${attribute.value}">: ${why} is not allowed. Link only to http(s):// addresses or to pages of this site.`);
      }
      if (!allowed.includes(key)) {
        return fail(element, `<${name} ${key}>: this attribute is not allowed here${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}. Remove it.`);
      }
    }
  };
}

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0]!;
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/** `{/* a comment *\/}` parses to an expression whose program has no statements. */
function isCommentOnly(node: { value: string; data?: { estree?: { body: unknown[] } | null } }): boolean {
  const program = node.data?.estree;
  if (program) return program.body.length === 0;
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value) && !node.value.slice(2, -2).includes('*/');
}
