/**
 * Visual checks: a full-page screenshot of every story and embed page at 390 and 1280 px,
 * light and dark, compared with the baselines in tests/e2e/__screenshots__/.
 *
 * When a page changes on purpose, refresh the baselines with `npm run test:visual:update`,
 * LOOK at every changed PNG (git shows them), and commit them with the change. A new page
 * or embed fails here until its baselines are made the same way.
 *
 * The baselines depend on the browser and the fonts: Debian's Chromium with fonts-noto-cjk,
 * fonts-dejavu-core and fonts-liberation (.ci/run installs them). After a Chromium update,
 * expect small differences: review them the same way before refreshing.
 */
import { expect, test } from '@playwright/test';
import { pageSlug, sitePages } from './support/site.ts';

/**
 * Every story page, but only two embed pages (one per language): there are 2 × the number of
 * charts embed pages, each four screenshots taken until two agree, which would make this
 * suite take minutes. The embeds share one layout and ChartFigure, whose story rendering is
 * checked above; the chart art itself is covered by tests/e2e/charts.spec.ts.
 */
const VISUAL_EMBEDS = ['/embed/wechat-mau/', '/en/embed/alibaba-spend-vs-consumers/'];
const pages = sitePages.filter((page) => page.kind === 'story' || VISUAL_EMBEDS.includes(page.path));
test('the embed pages with visual checks exist', () => {
  expect(pages.filter((page) => page.kind === 'embed').map((page) => page.path).sort()).toEqual([...VISUAL_EMBEDS].sort());
});

for (const { path } of pages) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      test(`${path} looks as reviewed, ${colorScheme}, ${width} px`, async ({ page }) => {
        test.slow(); // full-page screenshots of a long page, taken until two agree.
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        await expect(page).toHaveScreenshot(`${pageSlug(path)}-${width}-${colorScheme}.png`, { fullPage: true, timeout: 30_000 });
      });
    }
  }
}
