import type { Page } from '@playwright/test';

/**
 * Opens a page and waits until it is parsed and loaded and the network is quiet. Playwright's
 * `networkidle` alone can fire while a long story page is still being parsed (no request for
 * 500 ms, `readyState` still "loading"), which left tests looking at half a page.
 */
export async function openLoaded(page: Page, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
}
