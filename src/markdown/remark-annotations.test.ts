import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { remarkAnnotations, type AnnotationIndex } from './remark-annotations.ts';
import { remarkCheckReferences } from './remark-check-references.ts';
import { referenceRules } from './references.ts';

const index: AnnotationIndex = {
  sidenotes: () =>
    new Map([
      ['meeting', { paragraph: 1, anchor: '行政指导会' }],
      ['walls', { paragraph: 1, anchor: '高墙' }],
      ['phased', { paragraph: 2, anchor: '分步骤' }],
    ]),
  factchecks: () => new Map([['september', { paragraph: 1, claim: { zh: '今年 9 月', en: 'in September' } }]]),
};

async function run(mdx: string, path = 'content/story/zh.mdx'): Promise<Root> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkAnnotations, index);
  const file = new VFile({ path, value: mdx });
  return (await processor.run(processor.parse(file), file)) as Root;
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
const attrs = (node: Jsx) => Object.fromEntries(node.attributes.map((a) => [(a as { name: string }).name, a.value]));
function elements(tree: Root, name: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as Jsx).name === name) found.push(attrs(node as Jsx));
  });
  return found;
}

const story = [
  '今年 9 月，<Term id="miit">工信部</Term>召开<Sidenote id="meeting">行政<Term id="guidance">指导会</Term></Sidenote>，拆掉<Sidenote id="walls">高墙</Sidenote>。',
  '<FactCheck id="september" />',
  '<Term id="miit">工信部</Term>说要<Sidenote id="phased">分步骤</Sidenote>。',
].join('\n\n');

describe('remarkAnnotations', () => {
  it('numbers sidenotes in reading order and puts their notes right after the paragraph', async () => {
    const tree = await run(story);
    expect(elements(tree, 'Sidenote').map((a) => [a.id, a.n])).toEqual([
      ['meeting', '1'],
      ['walls', '2'],
      ['phased', '3'],
    ]);
    const kinds = tree.children.map((n) => (n.type === 'paragraph' ? 'p' : (n as Jsx).name));
    expect(kinds).toEqual(['p', 'TermPopovers', 'SidenoteNotes', 'FactCheck', 'p', 'SidenoteNotes']);
    expect(elements(tree, 'SidenoteNotes')).toEqual([
      { ids: 'meeting walls', start: '1', span: '2', locale: 'zh-CN' }, // runs alongside the fact-check
      { ids: 'phased', start: '3', span: '1', locale: 'zh-CN' },
    ]);
    expect(elements(tree, 'FactCheck')).toEqual([{ id: 'september', n: '1', locale: 'zh-CN' }]);
  });

  it('marks only the first use of a term, and puts its definition after that paragraph', async () => {
    const tree = await run(story);
    expect(elements(tree, 'Term').map((a) => [a.id, a.first])).toEqual([
      ['miit', 'true'],
      ['guidance', 'true'],
      ['miit', undefined],
    ]);
    expect(elements(tree, 'TermPopovers')).toEqual([{ ids: 'miit guidance', locale: 'zh-CN' }]);
  });

  it('takes the locale from the file name', async () => {
    const english = story.replace('行政<Term id="guidance">指导会</Term>', 'guidance meeting').replace('高墙', 'walls').replace('今年 9 月', 'in September');
    const tree = await run(english, '/somewhere/content/story/en.mdx');
    expect(elements(tree, 'Sidenote').every((a) => a.locale === 'en')).toBe(true);
  });

  it('fails, naming file, line and column, when a zh sidenote does not wrap its anchor exactly', async () => {
    await expect(run('今年 9 月，召开<Sidenote id="meeting">指导会</Sidenote>。\n')).rejects.toThrow(
      'content/story/zh.mdx:1:10: <Sidenote id="meeting">: must wrap exactly its anchor "行政指导会" (wraps "指导会")',
    );
  });

  it('fails when a note or a check sits at the wrong paragraph', async () => {
    await expect(run('一。\n\n<Sidenote id="walls">高墙</Sidenote>。\n', 'content/story/en.mdx')).rejects.toThrow(
      'content/story/en.mdx:3:1: <Sidenote id="walls">: belongs to paragraph 1 (sidenotes.yaml) but is in paragraph 2',
    );
    await expect(run('今年 9 月。\n\n二。\n\n<FactCheck id="september" />\n')).rejects.toThrow(
      'content/story/zh.mdx:5:1: <FactCheck id="september">: checks paragraph 1 (factchecks.yaml) but follows paragraph 2',
    );
  });

  it('fails when a fact-check’s claim is not in its paragraph, in either language', async () => {
    await expect(run('今年 10 月。\n\n<FactCheck id="september" />\n')).rejects.toThrow('its claim "今年 9 月" is not in paragraph 1');
    await expect(run('In October.\n\n<FactCheck id="september" />\n', 'content/story/en.mdx')).rejects.toThrow('its claim "in September" is not in paragraph 1');
    await expect(run('Earlier, in September.\n\n<FactCheck id="september" />\n', 'content/story/en.mdx')).resolves.toBeTruthy();
  });

  it('fails a fact-check inside a paragraph, a sidenote on its own line, an empty sidenote, and a sidenote used twice', async () => {
    await expect(run('今年 9 月 <FactCheck id="september" />。\n')).rejects.toThrow('goes on its own line after the paragraph');
    await expect(run('今年 9 月。\n\n<Sidenote id="walls" />\n')).rejects.toThrow('goes inside a paragraph');
    await expect(run('高墙<Sidenote id="walls" />。\n', 'content/story/en.mdx')).rejects.toThrow('must wrap the words');
    await expect(run('<Sidenote id="walls">高墙</Sidenote><Sidenote id="walls">高墙</Sidenote>\n')).rejects.toThrow('is used twice');
  });
});

describe('the reference rules for annotations', () => {
  async function check(mdx: string) {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCheckReferences, referenceRules);
    const file = new VFile({ path: 'content/story/en.mdx', value: mdx });
    await processor.run(processor.parse(file), file);
  }

  it('fail the build on an unknown term, sidenote or fact-check id, naming the MDX file', async () => {
    await expect(check('A <Term id="no-such-term">word</Term>.\n')).rejects.toThrow(
      /^content\/story\/en\.mdx:1:3: <Term id="no-such-term">: no such id in content\/glossary\.yaml/,
    );
    await expect(check('A <Sidenote id="no-such-note">word</Sidenote>.\n')).rejects.toThrow(
      /^content\/story\/en\.mdx:1:3: <Sidenote id="no-such-note">: no such id in content\/notes\/sidenotes\.yaml/,
    );
    await expect(check('Text.\n\n<FactCheck id="no-such-check" />\n')).rejects.toThrow(
      /^content\/story\/en\.mdx:3:1: <FactCheck id="no-such-check">: no such id in content\/notes\/factchecks\.yaml/,
    );
  });

  it('accept the ids that exist', async () => {
    await expect(check('A <Term id="hulian-hutong">word</Term> <Sidenote id="walls-since-2008">walls</Sidenote>.\n\n<FactCheck id="walls-decade" />\n')).resolves.toBeUndefined();
  });
});
