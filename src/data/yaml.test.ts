import { describe, expect, it } from 'vitest';
import { factCheckSchema, glossaryTermSchema, sidenoteSchema } from '../schemas/notes.ts';
import { parseYamlList, readYamlList } from './yaml.ts';

const fixture = (name: string) => `src/data/fixtures/${name}`;

describe('readYamlList', () => {
  it('reads valid entries with their ids and lines, applying defaults', () => {
    const entries = readYamlList(fixture('sidenotes-ok.yaml'), sidenoteSchema);
    expect(entries.map((e) => [e.id, e.line])).toEqual([
      ['first-note', 2],
      ['second-note', 15],
    ]);
    expect(entries[1]!.data.kind).toBe('context'); // default
    expect(entries[1]!.data.sources[0]!.url).toBe('http://example.org/page'); // kept as seen
  });

  it('fails a sidenote without a source, naming the file and the line of the field', () => {
    const read = () => readYamlList(fixture('sidenotes-no-source.yaml'), sidenoteSchema);
    expect(read).toThrow('src/data/fixtures/sidenotes-no-source.yaml:20: "unsourced": sources: needs at least one source');
    expect(read).toThrow('src/data/fixtures/sidenotes-no-source.yaml:21: "no-sources-key": sources: needs at least one source');
    expect(read).not.toThrow(/"sourced"/);
  });

  it('fails a fact-check whose source has no url, and an unknown verdict', () => {
    const read = () => readYamlList(fixture('factchecks-bad-source.yaml'), factCheckSchema);
    expect(read).toThrow(/factchecks-bad-source\.yaml:11: "claim-without-url": sources\.0\.url: /);
    expect(read).toThrow(/factchecks-bad-source\.yaml:19: "claim-with-bad-verdict": verdict: /);
  });

  it('fails duplicate ids', () => {
    expect(() => readYamlList(fixture('glossary-duplicate.yaml'), glossaryTermSchema)).toThrow(
      'glossary-duplicate.yaml:7: "hulian-hutong": duplicate id (first at line 1)',
    );
  });

  it('names the file of a YAML syntax error or a file that is not a list', () => {
    expect(() => parseYamlList('- id: "a"\n  x: [1,\n', 'content/x.yaml', sidenoteSchema)).toThrow(/^content\/x\.yaml:\d+: /);
    expect(() => parseYamlList('id: a\n', 'content/x.yaml', sidenoteSchema)).toThrow('content/x.yaml:1: expected a YAML list');
  });
});

describe('the research files in content/', () => {
  it('are valid: every note, check and term has at least one source with a url', () => {
    const glossary = readYamlList('content/glossary.yaml', glossaryTermSchema);
    const sidenotes = readYamlList('content/notes/sidenotes.yaml', sidenoteSchema);
    const checks = readYamlList('content/notes/factchecks.yaml', factCheckSchema);
    expect(glossary.length).toBeGreaterThanOrEqual(11);
    expect(sidenotes.length).toBeGreaterThanOrEqual(12);
    expect(checks.length).toBeGreaterThan(0);
    for (const { data } of [...glossary, ...sidenotes, ...checks]) {
      expect(data.sources.length).toBeGreaterThan(0);
      for (const source of data.sources) expect(source.url).toMatch(/^https?:\/\//);
    }
  });

  it('has the glossary terms the issue asks for', () => {
    const terms = readYamlList('content/glossary.yaml', glossaryTermSchema).map((e) => e.data.term.zh).join(' ');
    for (const word of ['互联互通', '屏蔽外链', '私域流量', '社交电商', '砍一刀', '淘宝客', '淘宝直通车', '流量采购', '获客成本', '折叠群聊', '外部链接内容管理规范', '工信部']) {
      expect(terms).toContain(word);
    }
  });
});

describe('YAML aliases', () => {
  const bomb = ['  bomb-a: &a [x, x, x, x, x, x, x, x, x, x]', '  bomb-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', '  bomb-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', '  bomb-d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'];
  const text = ['- id: "one"', '  source: &s {name: "A"}', '- id: "two"', '  again: *s', '- id: "three"', ...bomb, ''].join('\n');

  it('names the line of the alias that expands too far, not an earlier harmless one', () => {
    expect(() => parseYamlList(text, 'content/x.yaml', glossaryTermSchema)).toThrow(/^content\/x\.yaml:7: YAML aliases \(\*name\) here expand to too much data/);
  });
});
