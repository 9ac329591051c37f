/** Every chart spec in content/charts/ is placed in both stories, once. */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';

const chartIds = readdirSync('content/charts').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();
const placed = (file: string) => [...readFileSync(file, 'utf8').matchAll(/<Chart id="([^"]+)" \/>/g)].map((m) => m[1]!);

it('every chart is placed in both stories', () => {
  expect(chartIds.length).toBeGreaterThanOrEqual(5);
  for (const story of ['content/story/zh.mdx', 'content/story/en.mdx']) expect(placed(story).sort(), story).toEqual(chartIds);
});
