/**
 * Embeds keep working when the build is served from an origin it was not built for (a
 * preview deploy, a mirror, a build made without SITE_URL): /embed.js reads the site's origin
 * from its own URL. The same dist/ is served by scripts/serve.ts at 127.0.0.1 on another
 * port than SITE_URL's, and a host page on a third origin embeds two charts from there.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { embedSnippet } from '../../src/embed/snippet.ts';
import { hostOrigin, siteOrigin, sitePort } from './support/origins.ts';
import { startServer, type SpawnedServer } from './support/spawned-server.ts';

const test = base.extend<object, { mirror: SpawnedServer }>({
  mirror: [async ({}, use) => {
    const port = sitePort + 5;
    const server = await startServer(process.execPath, ['scripts/serve.ts', '--port', String(port)], `http://127.0.0.1:${port}`);
    await use(server);
    await server.stop();
  }, { scope: 'worker', timeout: 30_000 }],
});

const charts = ['wechat-mau', 'alibaba-spend-vs-consumers'];

/** The iframe's height on the host page, and its content's height inside. */
async function heights(page: Page, chart: string) {
  const iframe = page.locator(`iframe[src*="/embed/${chart}/"]`);
  const frame = await iframe.elementHandle().then((handle) => handle?.contentFrame());
  if (!frame) throw new Error(`no iframe for ${chart}`);
  await frame.waitForSelector('[data-embed-content]');
  const content = await frame.evaluate(() => document.querySelector('[data-embed-content]')!.getBoundingClientRect().height);
  const outer = await iframe.evaluate((element) => element.getBoundingClientRect().height);
  return { outer, content };
}

test('an embed served from another origin than SITE_URL still fits its content', async ({ mirror, page }) => {
  expect(new URL(mirror.origin).origin).not.toBe(siteOrigin);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).origin));
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`${hostOrigin}/`);
  const snippets = charts.map((chart, index) => embedSnippet({ site: new URL(mirror.origin), locale: index ? 'en' : 'zh-CN', chart, title: `Chart ${index + 1}`, height: 400 }));
  await page.setContent(`<!doctype html><html lang="en"><title>Host</title><body style="margin:0"><h1>Host</h1>${snippets.join('<p>Between.</p>')}</body></html>`, { waitUntil: 'load' });
  for (const chart of charts) {
    await page.locator(`iframe[src*="/embed/${chart}/"]`).scrollIntoViewIfNeeded();
    await expect.poll(async () => {
      const { outer, content } = await heights(page, chart);
      return Math.abs(outer - content) <= 2 && outer !== 400;
    }, { message: `${chart}: the iframe's height follows its content`, timeout: 15_000 }).toBe(true);
  }
  // Everything came from the mirror (and the host page); nothing from the SITE_URL origin.
  expect(requested).not.toContain(siteOrigin);
  expect(requested).toContain(mirror.origin);
});
