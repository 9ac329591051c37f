import { describe, expect, it } from 'vitest';
import { parseYamlList } from '../data/yaml.ts';
import { factCheckSchema } from '../schemas/notes.ts';

const FILE = 'content/notes/factchecks.yaml';
const check = (fields: string, sources = SOURCES) => `- id: "test-check"
  paragraph: 3
${fields}
  claim: {zh: "甲", en: "A"}
  explanation: {zh: "乙", en: "B"}
  sources:
${sources}`;
const SOURCES = `  - {name: "Caixin", url: "https://example.com/c", accessed: "2026-11-30", tier: press, quote: "今年8月,淘宝曾停掉所有面向微信的开放接口"}
  - {name: "Mirror", url: "https://example.com/m", accessed: "2026-11-30", tier: other, quote: "a retelling"}
  - {name: "Where we looked", url: "https://example.com/w", accessed: "2026-11-30", tier: press}
`;
const read = (text: string) => parseYamlList(text, FILE, factCheckSchema);

describe('fact-check verdicts cite their evidence', () => {
  it('accept a verdict resting on a quoted press source', () => {
    expect(read(check('  verdict: "accurate"\n  evidence: [1, 2]'))[0]!.data.evidence).toEqual([1, 2]);
  });

  it('fail without evidence, naming the entry line', () => {
    expect(() => read(check('  verdict: "accurate"'))).toThrow(`${FILE}:1: "test-check": evidence: needs evidence`);
  });

  it('fail when evidence names a source that does not exist or has no quote', () => {
    expect(() => read(check('  verdict: "accurate"\n  evidence: [4]'))).toThrow('evidence.0: source 4 does not exist (the check has 3)');
    expect(() => read(check('  verdict: "accurate"\n  evidence: [3]'))).toThrow('evidence.0: source 3 has no quote');
  });

  it('fail when the verdict rests only on sources of tier other', () => {
    expect(() => read(check('  verdict: "accurate"\n  evidence: [2]'))).toThrow('evidence: the verdict rests only on sources of tier other');
    // "unverified" asserts nothing, so it may cite what little there is.
    expect(read(check('  verdict: "unverified"\n  evidence: [2]\n  missing: {zh: "官方日期", en: "An official date"}'))).toHaveLength(1);
  });

  it('fail an imprecise or unverified verdict that does not say what is missing', () => {
    expect(() => read(check('  verdict: "imprecise"\n  evidence: [1]'))).toThrow(`${FILE}:1: "test-check": missing: an "imprecise" verdict must say what is missing`);
  });
});
