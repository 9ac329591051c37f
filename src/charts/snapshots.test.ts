/**
 * SVG snapshots, as Observable Plot keeps them (test/output/*.svg): every chart × locale ×
 * art-board, drawn from the real content through the models the site renders, is compared as
 * text with `__snapshots__/<id>.<lang>.<artboard>.svg`. A difference fails and is written beside
 * it as `<name>-changed.svg` to review; `KAIMEN_UPDATE_SNAPSHOTS=1 npx vitest run
 * src/charts/snapshots.test.ts` rewrites them (review the diff before committing).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readCharts } from '../data/charts.ts';
import { readDatasets } from '../data/dataset.ts';
import { readCorrections } from '../truth/corrections.ts';
import { langOf } from '../i18n/index.ts';
import { createChartModels } from './chart-models.ts';
import { chartSvg } from './svg.ts';
import { fluidChartSvg } from './fluid-svg.ts';
import { INLINE_ARTBOARD } from './options.ts';

const dir = join(import.meta.dirname, '__snapshots__');
const update = process.env.KAIMEN_UPDATE_SNAPSHOTS === '1';
const datasets = readDatasets(join(process.cwd(), 'content/data'));
const models = createChartModels([...readCharts(join(process.cwd(), 'content/charts'), datasets).values()], datasets, readCorrections(join(process.cwd(), 'content')));

/** One element per line (breaks only between `>` and `<`), indented by depth, so that a diff reads line by line. */
export function prettySvg(svg: string): string {
  let depth = 0;
  const lines = svg.split(/(?<=>)(?=<)/).map((piece) => {
    const opens = (piece.match(/<[a-zA-Z][^>]*[^/]>|<[a-zA-Z]>/g) ?? []).length;
    const closes = (piece.match(/<\//g) ?? []).length;
    const line = '  '.repeat(Math.max(0, piece.startsWith('</') ? depth - 1 : depth)) + piece;
    depth += opens - closes;
    return line;
  });
  return `${lines.join('\n')}\n`;
}

const cases = models.charts.flatMap((chart) =>
  (['zh-CN', 'en'] as const).flatMap((locale) =>
    // As the site emits them: the inline art-board as a fluid SVG, the wider as the exports' drawing.
    models.get(chart.id, locale).artboards.map(({ board, model }) => ({
      name: `${chart.id}.${langOf(locale)}.${board.name}`,
      svg: board.name === INLINE_ARTBOARD.name ? fluidChartSvg(model) : chartSvg(model),
    })),
  ),
);

mkdirSync(dir, { recursive: true });

test.each(cases)('$name', ({ name, svg }) => {
  const file = join(dir, `${name}.svg`);
  const changed = join(dir, `${name}-changed.svg`);
  const actual = prettySvg(svg);
  if (update || !existsSync(file)) {
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return;
  }
  if (readFileSync(file, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect.fail(`${name}.svg differs from the snapshot: compare src/charts/__snapshots__/${name}-changed.svg with it, then rerun with KAIMEN_UPDATE_SNAPSHOTS=1 if the change is right`);
});

test('no snapshot is left without a chart (a removed chart or art-board removes its files)', () => {
  const expected = new Set(cases.map(({ name }) => `${name}.svg`));
  const stale = readdirSync(dir).filter((file) => file.endsWith('.svg') && !file.endsWith('-changed.svg') && !expected.has(file));
  if (update) for (const file of stale) rmSync(join(dir, file));
  else expect(stale).toEqual([]);
});
