/**
 * In the story, a chart's data table explains only its estimates and computed values; the note
 * on every row (how the figure was found and checked) is on the chart's embed page, which the
 * table links to. Row by row, the story's note is the embed page's note or nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const dist = process.env.KAIMEN_DIST ?? 'dist';
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

interface Row {
  explained: boolean;
  note: string;
}

/** The rows of a chart's data table: whether it is an estimate or computed, and its note cell. */
function rows(html: string, chart: string): Row[] {
  const figure = html.match(new RegExp(`<figure class="chart"[^>]*data-chart="${chart}"[\\s\\S]*?</figure>`))?.[0] ?? '';
  const tbody = figure.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? '';
  return [...tbody.matchAll(/<tr([^>]*)>([\s\S]*?)<\/tr>/g)].map(([, attributes, cells]) => ({
    explained: /data-(?:estimate|derived)="true"/.test(attributes!),
    note: [...cells!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].at(-1)?.[1] ?? '',
  }));
}

for (const { story, prefix } of [{ story: 'index.html', prefix: '' }, { story: 'en/index.html', prefix: 'en/' }]) {
  it(`${story}: each table's notes are its embed page's notes on estimates and computed values, and it links there`, () => {
    const storyHtml = read(story);
    const charts = [...storyHtml.matchAll(/<figure class="chart" id="chart-([a-z0-9-]+)"/g)].map((m) => m[1]!);
    expect(charts.length).toBeGreaterThanOrEqual(5);
    let hidden = 0;
    for (const chart of charts) {
      const embedHtml = read(`${prefix}embed/${chart}/index.html`);
      const inStory = rows(storyHtml, chart);
      const onEmbed = rows(embedHtml, chart);
      expect(inStory.length, chart).toBeGreaterThan(0);
      expect(inStory.map((row) => row.explained), chart).toEqual(onEmbed.map((row) => row.explained));
      expect(inStory.map((row) => row.note), chart).toEqual(onEmbed.map((row) => (row.explained ? row.note : '')));
      hidden += onEmbed.filter((row) => !row.explained && row.note !== '').length;
      expect(storyHtml, chart).toMatch(new RegExp(`data-chart="${chart}"[\\s\\S]*?<p class="chart-table-scope">[^<]*<a href="/${prefix}embed/${chart}/">`));
    }
    // The rule is doing something: some rows' notes are only on the embed pages.
    expect(hidden).toBeGreaterThan(0);
  });
}
