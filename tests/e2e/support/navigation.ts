import type { Page } from '@playwright/test';

/**
 * Opens a page and waits until it is parsed, loaded (every subresource the HTML names), its
 * fonts are ready and its script has run: what a reader sees. Not `networkidle`: that waits
 * 500 ms of quiet per page (Playwright discourages it) and, alone, could fire while a long page
 * was still being parsed.
 */
export async function openLoaded(page: Page, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await enhanced(page);
}

/**
 * Waits until the page's script (src/enhance/page.ts) has run, on a page that has one and with
 * scripting on. It starts after the load event (src/enhance/start-after-load.ts), so a test that
 * uses what it adds (tooltips, the embed's query flags, the timeline's notes) waits for it.
 */
export async function enhanced(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.documentElement.hasAttribute('data-enhanced') ||
      !document.querySelector('script[type="module"]') ||
      !matchMedia('(scripting: enabled)').matches,
  );
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
