/**
 * The story's charts cite their numbered sources on the sources page (the embed pages list them
 * in the frame): each chart's data table cites only its own list there, and that list is exactly
 * what the table cites, every item linked to the page it names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const dist = process.env.KAIMEN_DIST ?? 'dist';
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const stories = [
  { story: 'index.html', sources: 'sources/index.html', path: '/sources/' },
  { story: 'en/index.html', sources: 'en/sources/index.html', path: '/en/sources/' },
];

for (const { story, sources, path } of stories) {
  it(`${story}: every chart's data table cites its own list on ${path}, which lists exactly those sources, linked`, () => {
    const storyHtml = read(story);
    const sourcesHtml = read(sources);
    const figures = [...storyHtml.matchAll(/<figure class="chart" id="chart-([a-z0-9-]+)"[\s\S]*?<\/figure>/g)];
    expect(figures.length).toBeGreaterThanOrEqual(5);
    for (const [figure, id] of figures) {
      expect(figure, id).toContain(`href="${path}#chart-${id}-sources"`);
      // No list of its own in the story's frame.
      expect(figure, id).not.toContain('chart-source-list');
      const table = figure.match(/<details class="chart-table">[\s\S]*?<table>[\s\S]*?<\/table>/)?.[0] ?? '';
      const cited = new Set([...table.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!));
      expect(cited.size, id).toBeGreaterThan(0);
      for (const href of cited) expect(href, id).toMatch(new RegExp(`^${path}#${id}-src-\\d+$`));
      const section = sourcesHtml.match(new RegExp(`<section[^>]*id="chart-${id}-sources"[\\s\\S]*?</section>`))?.[0] ?? '';
      const listed = [...section.matchAll(/<li id="([^"]+)">([\s\S]*?)<\/li>/g)];
      expect(new Set(listed.map(([, itemId]) => `${path}#${itemId}`)), id).toEqual(cited);
      for (const [, itemId, item] of listed) expect(item, itemId).toMatch(/^<a href="https?:\/\//);
    }
  });
}
