import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { remarkAnnotations } from '../markdown/remark-annotations.ts';
import { factCheckSchema, glossaryTermSchema, sidenoteSchema } from '../schemas/notes.ts';
import { annotationIndex } from './annotation-index.ts';
import { annotationsIn, chartsIn, type AnnotationKind, type AnnotationUse } from './annotations.ts';
import { readYamlList } from '../data/yaml.ts';

const read = (path: string) => readFileSync(path, 'utf8');
const zh = annotationsIn(read('content/story/zh.mdx'));
const en = annotationsIn(read('content/story/en.mdx'));
const of = (uses: AnnotationUse[], kind: AnnotationKind) => uses.filter((u) => u.kind === kind).map((u) => `${u.id} @${u.paragraph}`);
const firstUses = (uses: AnnotationUse[]) => {
  const first = new Map<string, number>();
  for (const u of uses) if (u.kind === 'Term' && !first.has(u.id)) first.set(u.id, u.paragraph);
  return [...first].map(([id, p]) => `${id} @${p}`).sort();
};
const ids = (file: string, schema: Parameters<typeof readYamlList>[1]) => readYamlList(file, schema).map((e) => e.id);

describe('both languages carry the same annotations', () => {
  it('the same sidenotes, in the same order and paragraphs (so they get the same numbers)', () => {
    expect(of(en, 'Sidenote')).toEqual(of(zh, 'Sidenote'));
  });

  it('the same fact-checks, in the same order after the same paragraphs', () => {
    expect(of(en, 'FactCheck')).toEqual(of(zh, 'FactCheck'));
  });

  it('the same terms, each first used in the same paragraph', () => {
    expect(firstUses(en)).toEqual(firstUses(zh));
  });

  it('every sidenote and fact-check of content/notes is placed once, and at least 12 sidenotes', () => {
    const sidenotes = ids('content/notes/sidenotes.yaml', sidenoteSchema);
    const checks = ids('content/notes/factchecks.yaml', factCheckSchema);
    expect(sidenotes.length).toBeGreaterThanOrEqual(12);
    expect(zh.filter((u) => u.kind === 'Sidenote').map((u) => u.id).sort()).toEqual([...sidenotes].sort());
    expect(zh.filter((u) => u.kind === 'FactCheck').map((u) => u.id).sort()).toEqual([...checks].sort());
  });

  it('uses only glossary terms that exist, and at least the eleven the issue names', () => {
    const glossary = new Set(ids('content/glossary.yaml', glossaryTermSchema));
    const used = new Set(zh.filter((u) => u.kind === 'Term').map((u) => u.id));
    for (const id of used) expect(glossary).toContain(id);
    expect(used.size).toBeGreaterThanOrEqual(11);
  });
});

describe('the story files pass the build-time annotation checks', () => {
  for (const path of ['content/story/zh.mdx', 'content/story/en.mdx']) {
    it(`${path}: each note at its paragraph; in zh, wrapping exactly its anchor`, async () => {
      const processor = unified().use(remarkParse).use(remarkMdx).use(remarkAnnotations, annotationIndex);
      const body = read(path).replace(/^\s*---\n[\s\S]*?\n---\n/, '');
      const file = new VFile({ path, value: body });
      await expect(processor.run(processor.parse(file), file)).resolves.toBeTruthy();
    });
  }
});

describe('chartsIn', () => {
  it('lists the charts a story places, in reading order, and nothing else', () => {
    const mdx = '---\ntitle: "<Chart id=\\"in-frontmatter\\" />"\n---\n\nText with a <Term id="t">term</Term>.\n\n<Chart id="second-in-name" />\n\n<Timeline />\n\n<Chart id="a-later-one" />\n';
    expect(chartsIn(mdx)).toEqual(['second-in-name', 'a-later-one']);
  });
});
