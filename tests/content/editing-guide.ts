/**
 * Follows EDITING.md on a copy of the site: adds a chart (section 9) over an existing dataset,
 * places it in both stories between paragraphs, and adds a timeline event (section 7); after the
 * build, both must be on the built pages. If this fails, the guide is wrong or the code moved:
 * fix whichever is wrong.
 *
 * Run by bad-content.test.ts in the copy it builds for its successful cases: the guide's
 * additions are independent of those cases' edits, and one build (about 20 s of CPU) serves both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { SiteCopy } from './site-copy.ts';

const CHART_ID = 'guide-test-wechat-mau';
const EVENT_ID = 'guide-test-event';

// Section 9, "Adding a chart": a YAML file in content/charts/ named after the chart's id.
const chartSpec = `type: line
title: {zh: "微信月活跃账户（指南测试）", en: "WeChat monthly active accounts (guide test)"}
dek: {zh: "季度末数值。", en: "Values at quarter end."}
alt: {zh: "微信月活跃账户逐年增长。", en: "WeChat's monthly active accounts grew every year."}
series:
  - {dataset: wechat-mau, series: mau}
claims:
  - {kind: rises}
`;

// Section 7, "Adding a timeline event": appended at the end, after the latest event, so the
// list stays in date order. A test fixture in a throwaway copy, never published.
const newEvent = `
- id: ${EVENT_ID}
  date: "2026-11-01"
  precision: month
  category: product
  epilogue: true
  title: {zh: "指南测试事件", en: "Guide test event"}
  body: {zh: "由编辑指南的测试添加。", en: "Added by the editing guide's test."}
  sources:
    - {name: "Editing guide test fixture", url: "https://example.com/", accessed: "2026-11-25", tier: press}
`;

/** Section 3: a block goes between paragraphs, on its own line, with an empty line around it. */
function placeChartAfter(story: string, existing: string): string {
  const line = `<Chart id="${existing}" />\n`;
  expect(story, `the story has no ${line}`).toContain(line);
  return story.replace(line, `${line}\n<Chart id="${CHART_ID}" />\n`);
}

/** Makes the guide's edits in the copy (before it is built). */
export function followEditingGuide(copy: SiteCopy): void {
  copy.write(`content/charts/${CHART_ID}.yaml`, chartSpec);
  for (const story of ['content/story/zh.mdx', 'content/story/en.mdx']) copy.write(story, placeChartAfter(copy.read(story), 'wechat-mau'));
  copy.write('content/timeline/events.yaml', copy.read('content/timeline/events.yaml').replace(/\n*$/, '\n') + newEvent);
}

/** The guide's tests, on the copy's build: `built()` gives its exit code, output and folder. */
export function editingGuideTests(built: () => { code: number; output: string; dir: string }): void {
  it('builds', () => {
    const { code, output } = built();
    expect(code, output.slice(-4000)).toBe(0);
  });

  for (const page of ['index.html', 'en/index.html']) {
    it(`${page} shows the new chart and the new event`, () => {
      const html = readFileSync(join(built().dir, 'dist', page), 'utf8');
      expect(html).toMatch(new RegExp(`<figure[^>]*\\sdata-chart="${CHART_ID}"`));
      expect(html).toMatch(new RegExp(`<[a-z]+[^>]*\\sdata-step="${EVENT_ID}"`));
    });
  }
}
