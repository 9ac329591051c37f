import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { originalParagraphs } from '../../src/story/original-article.ts';
import { watchPageHealth } from './support/page-health.ts';
import { openLoaded } from './support/navigation.ts';

const original = originalParagraphs(readFileSync('content/source/zaker-2021-12-01.html.txt', 'utf8'));
const pages = [
  { path: '/', lang: 'zh-CN', other: '/en/', otherLang: 'en' },
  { path: '/en/', lang: 'en', other: '/', otherLang: 'zh-CN' },
] as const;

/** The Chinese page carries every paragraph of the original, word for word. */
async function carriesTheOriginal(page: Page) {
  const paragraphs = await page.locator('[data-story-body] p[id^="p-"]').allTextContents();
  expect(paragraphs.map((p) => p.trim())).toEqual(original);
}

/** The English page is a full translation with a translation note. */
async function isAFullTranslation(page: Page) {
  const paragraphs = await page.locator('[data-story-body] p[id^="p-"]').allTextContents();
  expect(paragraphs).toHaveLength(original.length);
  // Translated, not pasted: Chinese appears only in the titles and terms we cite.
  for (const text of paragraphs) {
    const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
    expect(han / text.length).toBeLessThan(0.1);
  }
  await expect(page.locator('[data-translation-note]')).toContainText('translation');
  // Same anchors in both languages.
  const ids = await page.locator('[data-story-body] p[id^="p-"]').evaluateAll((els) => els.map((el) => el.id));
  expect(ids).toEqual(original.map((_, i) => `p-${i + 1}`));
}

/** Links its translation both ways and describes itself (canonical, hreflang, Open Graph, JSON-LD). */
async function describesItself(page: Page, story: (typeof pages)[number], site: string) {
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}${story.path}`);
  await expect(page.locator(`link[rel="alternate"][hreflang="${story.lang}"]`)).toHaveAttribute('href', `${site}${story.path}`);
  await expect(page.locator(`link[rel="alternate"][hreflang="${story.otherLang}"]`)).toHaveAttribute('href', `${site}${story.other}`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld['@type']).toBe('NewsArticle');
  expect(ld.inLanguage).toBe(story.lang);
  expect(ld.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent());
  expect(ld.datePublished).toBe('2021-12-01T04:47:00.000Z');
  expect(ld.author.name).toBe('ZAKER');
  expect(ld.isBasedOn).toMatchObject({ headline: '时隔八年后，微信群聊对淘宝链接敞开了大门', publisher: { name: 'ZAKER' } });
}

// One test per page, opened at each width in turn (a test's own browser context costs about
// as much as a check on it); the checks that do not depend on the width run at 1280 px.
for (const story of pages) {
  test(`${story.path} renders cleanly at 390 and 1280px, carries the whole text and describes itself`, async ({ page, baseURL }) => {
    const site = new URL(baseURL!).origin;
    const problems = watchPageHealth(page, site);
    for (const width of [390, 1280]) {
      await test.step(`${width}px`, async () => {
        await page.setViewportSize({ width, height: 900 });
        await openLoaded(page, story.path);
        await expect(page.locator('html')).toHaveAttribute('lang', story.lang);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('[data-story-body] p[id^="p-"]')).toHaveCount(original.length);
        // Nothing wider than the viewport: no sideways scrolling on a phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${width}px: sideways overflow`).toBeLessThanOrEqual(0);
        expect(problems, `${width}px: console errors, failed or third-party requests`).toEqual([]);
      });
    }
    await test.step(story.lang === 'zh-CN' ? 'every paragraph of the original, word for word' : 'a full translation with a translation note', () =>
      story.lang === 'zh-CN' ? carriesTheOriginal(page) : isAFullTranslation(page),
    );
    await test.step('links its translation both ways and describes itself', () => describesItself(page, story, site));
  });
}

test('the language switch goes to the other language and back', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('the skip link is wholly out of sight until the keyboard reaches it, then moves focus to the story', async ({ page }) => {
  for (const path of ['/', '/en/', '/sources/']) {
    await page.goto(path);
    const link = page.locator('.skip-link');
    // Chinese leading makes the link taller than English: none of it may show at the top, not
    // even the sliver a box ending at a fraction of a pixel from the edge paints there.
    const hidden = (await link.boundingBox())!;
    expect(hidden.y + hidden.height, path).toBeLessThanOrEqual(-1);
    await page.keyboard.press('Tab');
    await expect(link, path).toBeFocused();
    expect((await link.boundingBox())!.y, path).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect(page.locator('main'), path).toBeFocused();
  }
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('both pages are fully readable', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    for (const story of pages) {
      await page.goto(story.path);
      const paragraphs = page.locator('[data-story-body] p[id^="p-"]');
      await expect(paragraphs, story.path).toHaveCount(original.length);
      for (const paragraph of await paragraphs.all()) await expect(paragraph, story.path).toBeVisible();
    }
  });
});
