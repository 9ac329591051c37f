/**
 * Visual checks at 390 and 1280 px, light and dark, compared with the baselines in
 * tests/e2e/__screenshots__/:
 * - each story page: the opening screen and one chart frame (the whole story is dozens of
 *   screens tall: a full-page shot per run would take minutes and megabytes, and every other
 *   part of it is covered by the behaviour tests);
 * - each embed page: the whole page (embeds are short).
 *
 * When a page changes on purpose, refresh the baselines with `npm run test:visual:update`,
 * LOOK at every changed PNG (git shows them), and commit them with the change. A new page
 * or embed fails here until its baselines are made the same way.
 *
 * The baselines depend on the browser and the fonts: Debian's Chromium with fonts-noto-cjk,
 * fonts-dejavu-core and fonts-liberation (.ci/run installs them). After a Chromium update,
 * expect small differences: review them the same way before refreshing.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { pageSlug, sitePages } from './support/site.ts';
import { openLoaded } from './support/navigation.ts';

const schemes = ['light', 'dark'] as const;
const widths = [390, 1280] as const;

/** Parts of a story page to compare, by selector; `null` is the opening screen. Every chart
 *  frame is compared through its embed page; one is also compared in the story, where it sits
 *  in the article's grid with its "Embed this chart" box. */
const storyParts = [
  { name: 'top', selector: null },
  { name: 'chart', selector: 'figure[data-chart="users-vs-devices"]' },
] as const;

/** Scrolls a part into view and waits for it to stay put: on phones the blocks around it
 *  (content-visibility: auto) take their real size once near the viewport, and it is itself
 *  laid out only then, so its first box is a placeholder. */
async function scrollToSettled(part: Locator) {
  let last = '';
  await expect
    .poll(async () => {
      await part.scrollIntoViewIfNeeded();
      const box = JSON.stringify(await part.boundingBox());
      const settled = box === last;
      last = box;
      return settled;
    }, { intervals: [250] })
    .toBe(true);
}

async function open(page: Page, path: string, colorScheme: 'light' | 'dark', width: number) {
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  await page.setViewportSize({ width, height: 900 });
  await openLoaded(page, path);
  await page.evaluate(() => document.fonts.ready);
}

for (const { path } of sitePages.filter((p) => p.kind === 'story')) {
  for (const colorScheme of schemes) {
    for (const width of widths) {
      test(`${path} looks as reviewed, ${colorScheme}, ${width} px`, async ({ page }) => {
        test.slow();
        await open(page, path, colorScheme, width);
        for (const { name, selector } of storyParts) {
          const file = `${pageSlug(path)}-${name}-${width}-${colorScheme}.png`;
          if (selector === null) await expect(page).toHaveScreenshot(file);
          else {
            const part = page.locator(selector).first();
            await scrollToSettled(part);
            // Chromium shoots a part taller than the viewport by stretching the viewport over
            // the page for the capture, which under load came out blank (content-visibility
            // skipped the part). Make the viewport tall enough to hold the part instead.
            const { height } = (await part.boundingBox())!;
            if (height > page.viewportSize()!.height) {
              await page.setViewportSize({ width, height: Math.ceil(height) + 40 });
              await scrollToSettled(part);
            }
            await expect(part).toHaveScreenshot(file);
          }
        }
      });
    }
  }
}

for (const { path } of sitePages.filter((p) => p.kind === 'embed')) {
  for (const colorScheme of schemes) {
    for (const width of widths) {
      test(`${path} looks as reviewed, ${colorScheme}, ${width} px`, async ({ page }) => {
        await open(page, path, colorScheme, width);
        await expect(page).toHaveScreenshot(`${pageSlug(path)}-${width}-${colorScheme}.png`, { fullPage: true });
      });
    }
  }
}
