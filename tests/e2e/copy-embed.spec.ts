/**
 * "Embed this chart" under each story chart and on each embed page: the snippet a reader takes
 * must be the one the oEmbed JSON publishes, with or without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import { openLoaded } from './support/navigation.ts';

const cases = [
  { page: '/', oembed: '/embed/wechat-mau/oembed.json', block: '#chart-wechat-mau', done: '已复制嵌入代码。' },
  { page: '/en/embed/douyin-dau/', oembed: '/en/embed/douyin-dau/oembed.json', block: 'body', done: 'Embed code copied.' },
];

async function publishedSnippet(page: Page, path: string): Promise<string> {
  const response = await page.request.get(path);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { html: string }).html;
}

for (const c of cases) {
  test.describe(c.page, () => {
    test('the copy button puts the published snippet on the clipboard and says so', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const snippet = await publishedSnippet(page, c.oembed);
      await openLoaded(page, c.page);
      const block = page.locator(c.block).locator('[data-copy-embed]');
      await block.locator('summary').click();
      await block.getByRole('button').click();
      await expect(block.getByRole('status')).toHaveText(c.done);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    });

    test('when copying is refused, the whole snippet is selected instead', async ({ page }) => {
      await page.addInitScript(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
      });
      const snippet = await publishedSnippet(page, c.oembed);
      await openLoaded(page, c.page);
      const block = page.locator(c.block).locator('[data-copy-embed]');
      await block.locator('summary').click();
      await block.getByRole('button').click();
      await expect(block.getByRole('status')).not.toBeEmpty();
      expect(await page.evaluate(() => getSelection()?.toString())).toBe(snippet);
    });
  });

  test.describe(`${c.page} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test('the snippet is readable in full and a click selects all of it', async ({ page }) => {
      const snippet = await publishedSnippet(page, c.oembed);
      await openLoaded(page, c.page);
      const block = page.locator(c.block).locator('[data-copy-embed]');
      await block.locator('summary').click();
      await expect(block.getByRole('button')).toBeHidden();
      const code = block.locator('code');
      await expect(code).toBeVisible();
      expect(await code.textContent()).toBe(snippet);
      await code.click();
      expect(await page.evaluate(() => getSelection()?.toString())).toBe(snippet);
    });
  });
}
