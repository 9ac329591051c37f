/**
 * The dataset truth checks on fixture text: each bad case must fail naming the file and the line
 * of the mistake (found in the fixture text here, not taken from the check's output).
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../data/dataset.ts';

const YAML = `title: {zh: "拼多多活跃买家", en: "Pinduoduo active buyers"}
description: {zh: "活跃买家", en: "Active buyers"}
unit: accounts
series:
  buyers: {zh: "活跃买家", en: "Active buyers"}
rows:
  - date: "2017-12-31"
    derived: {formula: "value(2018-12-31) / 1.71"}
  - date: "2020-09-30"
    relations:
      - {kind: yoy, percent: 36}
      - {kind: from, date: "2019-09-30", value: 536.3e6}
sources:
  release-2019:
    name: "Pinduoduo, results releases"
    url: "https://example.com/release"
    accessed: "2026-11-30"
    tier: primary
    quote: "Active buyers were 536.3 million … 418.5 million in the twelve-month period ended December 31, 2018"
  reuters:
    name: "Reuters, 2020-11-12"
    url: "https://example.com/reuters"
    accessed: "2026-11-30"
    tier: press
    quote: "active buyers rose 36% to 731.3 million"
  mirror:
    name: "Machine-translated commentary"
    url: "https://example.com/mirror"
    accessed: "2026-11-30"
    tier: other
    quote: "annual active buyers reached 733.3 million, an increase of 36%"
`;

const CSV = `date,series,value,source,estimate,note
2017-12-31,buyers,244700000,release-2019,true,derived
2018-12-31,buyers,418500000,release-2019,false,
2019-09-30,buyers,536300000,release-2019,false,
2020-09-30,buyers,731300000,reuters,false,
`;

const validate = (csvText: string, yamlText = YAML) =>
  validateDataset({ id: 'pdd', csvFile: 'content/data/pdd.csv', csvText, yamlFile: 'content/data/pdd.yaml', yamlText });

/** 1-based line of the first line of `text` that contains `marker`. */
const lineOf = (text: string, marker: string) => {
  const index = text.split('\n').findIndex((line) => line.includes(marker));
  if (index < 0) throw new Error(`"${marker}" is not in the fixture`);
  return index + 1;
};

describe('dataset truth checks', () => {
  it('pass on a dataset whose quotes carry its figures and whose relations hold', () => {
    expect(validate(CSV).rows).toHaveLength(4);
  });

  it('fail with the CSV row when the quote does not say the figure (731.3 changed to 733.3)', () => {
    const csv = CSV.replace('2020-09-30,buyers,731300000', '2020-09-30,buyers,733300000');
    expect(() => validate(csv)).toThrow(`content/data/pdd.csv:${lineOf(csv, '733300000')}: the figure 733,300,000 is not in its source's words`);
  });

  it('fail on the stated growth when a quote carries 733.3 but +36% from 536.3 does not give it', () => {
    const csv = CSV.replace('2020-09-30,buyers,731300000,reuters', '2020-09-30,buyers,733300000,mirror');
    const yaml = YAML.replace('tier: other', 'tier: press');
    expect(() => validate(csv, yaml)).toThrow(
      `content/data/pdd.yaml:${lineOf(yaml, '{kind: yoy, percent: 36}')}: the source states 36% growth since 2019-09-30, but 733,300,000 / 536,300,000 is +36.7%, which rounds to 37%`,
    );
  });

  it('fail when a "from" figure disagrees with the earlier row', () => {
    const yaml = YAML.replace('value: 536.3e6', 'value: 526.3e6');
    expect(() => validate(CSV, yaml)).toThrow(`content/data/pdd.yaml:${lineOf(yaml, 'value: 526.3e6')}: the source gives 526,300,000 for 2019-09-30`);
  });

  it('fail with the formula line when a derived row does not recompute', () => {
    const yaml = YAML.replace('/ 1.71', '/ 1.61');
    expect(() => validate(CSV, yaml)).toThrow(`content/data/pdd.yaml:${lineOf(yaml, '/ 1.61')}: the formula gives 259,937,888`);
  });

  it('fail when a derived row is not marked as an estimate', () => {
    const csv = CSV.replace('244700000,release-2019,true', '244700000,release-2019,false');
    expect(() => validate(csv)).toThrow(`content/data/pdd.yaml:${lineOf(YAML, 'formula:')}: the row content/data/pdd.csv:2 has a formula`);
  });

  it('fail when a figure rests only on a source of tier other', () => {
    const csv = CSV.replace('2020-09-30,buyers,731300000,reuters', '2020-09-30,buyers,733300000,mirror');
    expect(() => validate(csv)).toThrow(`content/data/pdd.csv:${lineOf(csv, 'mirror')}: the figure 733,300,000 rests only on source "mirror"`);
  });

  it('fail when a source has no tier', () => {
    const yaml = YAML.replace('    tier: press\n', '');
    expect(() => validate(CSV, yaml)).toThrow(`content/data/pdd.yaml:${lineOf(yaml, '  reuters:')}: sources.reuters.tier: every source needs a tier`);
  });

  it('fail when rows: names a date the CSV does not have', () => {
    const yaml = YAML.replace('- date: "2017-12-31"', '- date: "2016-12-31"');
    expect(() => validate(CSV, yaml)).toThrow(`content/data/pdd.yaml:${lineOf(yaml, '2016-12-31')}: no CSV row dated 2016-12-31`);
  });
});
