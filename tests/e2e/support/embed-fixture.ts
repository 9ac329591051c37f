/**
 * Stand-in embed pages at the site's own origin, for testing the resize loop before real
 * chart embeds exist: page.route() answers `<site>/embed/test-fixture-*` with
 * tests/fixtures/embed/chart.html, carrying the real embed CSS and the real child script
 * (src/embed/embed-child.ts, bundled here with esbuild). Nothing of this is in dist/.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import { siteOrigin } from './origins.ts';

export const FIXTURE_CHARTS = {
  'test-fixture-a': { ratio: '3 / 2', dek: 'A short dek.' },
  'test-fixture-b': { ratio: '4 / 3', dek: 'A longer dek that wraps onto several lines on a narrow host, so that the height of the page depends on its width in two ways at once: text and the chart box.' },
} as const;

const template = readFileSync('tests/fixtures/embed/chart.html', 'utf8');
const css = ['src/styles/global.css', 'src/styles/embed.css'].map((file) => readFileSync(file, 'utf8')).join('\n');
let childScript: Promise<string> | undefined;

function bundleChild(): Promise<string> {
  childScript ??= build({
    stdin: { contents: "import { startEmbedChild } from './embed-child.ts'; startEmbedChild();", resolveDir: 'src/embed', loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return childScript;
}

/** Serves the fixture embed pages (and their script) at the site's origin, for this page. */
export async function routeEmbedFixtures(page: Page): Promise<void> {
  await page.route(`${siteOrigin}/__fixture/embed-child.js`, async (route) =>
    route.fulfill({ contentType: 'text/javascript', body: await bundleChild() }),
  );
  await page.route(new RegExp(`^${siteOrigin}/(?:en/)?embed/test-fixture-[ab]/(?:\\?.*)?$`), (route) => {
    const chart = new URL(route.request().url()).pathname.split('/').at(-2) as keyof typeof FIXTURE_CHARTS;
    const { ratio, dek } = FIXTURE_CHARTS[chart];
    const html = template.replaceAll('{{CHART}}', chart).replace('{{RATIO}}', ratio).replace('{{DEK}}', dek).replace('{{CSS}}', () => css);
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
  });
}
