import type { Page } from '@playwright/test';

/**
 * Opens a page and waits until it is parsed, loaded (every subresource the HTML names) and its
 * fonts are ready: what a reader sees. Not `networkidle`: that waits 500 ms of quiet per page
 * (Playwright discourages it) and, alone, could fire while a long page was still being parsed.
 */
export async function openLoaded(page: Page, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * Counts the page's requests in flight; `settled()` resolves once none is left, for code that
 * fetches after load (scroll- or visibility-driven) to finish before its requests are judged.
 */
export function trackRequests(page: Page) {
  const inFlight = new Set<unknown>();
  page.on('request', (request) => inFlight.add(request));
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  return {
    async settled(): Promise<void> {
      for (let quiet = 0; quiet < 2; ) {
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        quiet = inFlight.size === 0 ? quiet + 1 : 0;
      }
    },
  };
}
