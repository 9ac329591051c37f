import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { remarkMdxAllowlist, unsafeUrl } from './remark-mdx-allowlist.ts';

async function check(mdx: string): Promise<void> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMdxAllowlist);
  const file = new VFile({ path: 'content/story/en.mdx', value: mdx });
  await processor.run(processor.parse(file), file);
}

/** The story text before the mistake, so the mistake is on line 3. */
const before = 'A paragraph.\n\n';

describe('remarkMdxAllowlist: what a story may contain', () => {
  it('accepts the components, Markdown, allowed inline HTML and comments', async () => {
    await expect(
      check(
        [
          'Text with <Term id="hulian-hutong">a term</Term>, <Sidenote id="x">words</Sidenote>, *emphasis*, <abbr title="Ministry">MIIT</abbr>,',
          '<q cite="https://example.com/">a quote</q> and [a link](https://example.com/a) and [an anchor](#p-3) and [a page](/en/).',
          '',
          '<Chart id="wechat-mau" />',
          '',
          '<FactCheck id="y" />',
          '',
          '{/* an editor’s comment */}',
          '',
          '<Timeline />',
          '',
        ].join('\n'),
      ),
    ).resolves.toBeUndefined();
  });

  const forbidden: [string, string, string][] = [
    ['an import', 'import { readFileSync } from "node:fs"\n', 'may not import or export anything'],
    ['an export', 'export const x = 1\n', 'may not import or export anything'],
    ['an expression in the text', 'Host: {readFileSync("/etc/hostname", "utf8")}\n', 'may not run code in braces'],
    ['a flow expression', '{process.env.HOME}\n', 'may not run code in braces'],
    ['a <script>', '<script>alert(1)</script>\n', '<script>: this HTML element is not allowed'],
    ['an <iframe>', '<iframe src="https://example.com/" />\n', '<iframe>: this HTML element is not allowed'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://example.com/" />\n', '<meta>: this HTML element is not allowed'],
    ['an <object>', '<object data="x.swf" />\n', '<object>: this HTML element is not allowed'],
    ['an <embed>', '<embed src="x.swf" />\n', '<embed>: this HTML element is not allowed'],
    ['a <form>', '<form action="https://example.com/"><button>Go</button></form>\n', '<form>: this HTML element is not allowed'],
    ['a <style>', '<style>{"body{display:none}"}</style>\n', '<style>: this HTML element is not allowed'],
    ['a <link>', '<link rel="stylesheet" href="https://example.com/x.css" />\n', '<link>: this HTML element is not allowed'],
    ['a <base>', '<base href="https://example.com/" />\n', '<base>: this HTML element is not allowed'],
    ['an unknown component', '<Secret id="x" />\n', '<Secret>: this component is not allowed'],
    ['an event handler', 'Click <span onClick="alert(1)">here</span>.\n', 'event-handler attributes (on…)'],
    ['an event handler in lower case', 'Move <em onmouseover="alert(1)">here</em>.\n', 'event-handler attributes (on…)'],
    ['a style attribute', 'A <span style="color:red">word</span>.\n', '<span style>: this attribute is not allowed'],
    ['a spread attribute', 'A <span {...props}>word</span>.\n', 'may not spread code into a tag'],
    ['a computed attribute', '<Chart id={"wechat-mau"} />\n', '<Chart> needs id="…" written as a plain string'],
    ['a javascript: link', '[click](javascript:alert(1))\n', 'a javascript: address is not allowed'],
    ['a JavaScript: link in mixed case with spaces', '[click]( JaVaScRiPt:alert(1))\n', 'a javascript: address is not allowed'],
    ['an entity-obfuscated javascript: href', '<a href="&#106;avascript&colon;alert(1)">x</a>\n', 'a javascript: address is not allowed'],
    ['a tab inside the scheme', '<a href="java\tscript:alert(1)">x</a>\n', 'a javascript: address is not allowed'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)\n', 'a data: address is not allowed'],
    ['a vbscript: definition', '[d]: vbscript:msgbox(1)\n\n[x][d]\n', 'a vbscript: address is not allowed'],
    ['an image', '![a picture](https://example.com/p.png)\n', 'a story does not show images'],
    ['a fragment', '<>text</>\n', 'a fragment <>…</> is not allowed'],
  ];

  it.each(forbidden)('fails on %s, naming file, line and column', async (_name, text, message) => {
    const error = await check(before + text).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error, 'expected the build to fail').toBeInstanceOf(Error);
    expect(error!.message).toMatch(/^content\/story\/en\.mdx:3:\d+: /);
    expect(error!.message).toContain(message);
  });
});

describe('unsafeUrl', () => {
  it('allows http(s) and addresses on the site', () => {
    for (const url of ['https://example.com/', 'http://example.com/a?b#c', '/en/', '#p-3', 'page/', '?q=1']) expect(unsafeUrl(url), url).toBeUndefined();
  });
  it('refuses other schemes however they are disguised', () => {
    expect(unsafeUrl('javascript:alert(1)')).toBe('a javascript: address');
    expect(unsafeUrl('  JAVASCRIPT:alert(1)')).toBe('a javascript: address');
    expect(unsafeUrl('java\nscript:alert(1)')).toBe('a javascript: address');
    expect(unsafeUrl('&#x6A;avascript:alert(1)')).toBe('a javascript: address');
    expect(unsafeUrl('javascript&#58;alert(1)')).toBe('a javascript: address');
    expect(unsafeUrl('data:text/html,x')).toBe('a data: address');
    expect(unsafeUrl('VBScript:x')).toBe('a vbscript: address');
    expect(unsafeUrl('//evil.example/')).toContain('protocol-relative');
  });
});
