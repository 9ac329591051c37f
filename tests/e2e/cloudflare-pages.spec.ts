/**
 * The build under Cloudflare Pages' own code: `wrangler pages dev dist` (Cloudflare's runtime,
 * locally, no account, no network) reads dist/_headers as Pages does, where every matching
 * rule applies and a header set twice is joined with a comma. Embed pages must be framable
 * from another origin, story pages not; each file gets the headers our own server sends.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.ts';
import { hostOrigin, sitePort } from './support/origins.ts';
import { sitePages } from './support/site.ts';
import { startServer, type SpawnedServer } from './support/spawned-server.ts';

const test = base.extend<object, { pages: SpawnedServer }>({
  pages: [async ({}, use) => {
    const port = sitePort + 4;
    const server = await startServer(
      process.execPath,
      ['node_modules/wrangler/bin/wrangler.js', 'pages', 'dev', 'dist', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(sitePort + 6),
        '--compatibility-date', '2026-11-17', '--persist-to', mkdtempSync(join(tmpdir(), 'kaimen-wrangler-')), '--log-level', 'error',
        '--show-interactive-dev-session=false'],
      `http://127.0.0.1:${port}`,
      { WRANGLER_SEND_METRICS: 'false', CI: 'true', NO_COLOR: '1' },
    );
    await use(server);
    await server.stop();
  }, { scope: 'worker', timeout: 60_000 }],
});

// One wrangler for the file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });

const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
const [embedZh, embedEn] = ['/embed/wechat-mau/', '/en/embed/wechat-mau/'];
const compared = ['content-security-policy', 'cache-control', 'referrer-policy', 'x-content-type-options', 'x-frame-options'];

test('every page and kind of file gets the headers our server sends', async ({ pages, request }) => {
  const assets = readFileSync('dist/index.html', 'utf8').match(/\/_astro\/[\w.-]+\.(?:css|js)/g) ?? [];
  expect(assets.length).toBeGreaterThan(0);
  const first = (folder: string, extension: string) => `/${folder}/${readdirSync(`dist/${folder}`).find((name) => name.endsWith(extension))}`;
  const exports = [first('data', '.csv'), first('charts', '.svg'), first('charts', '.png'), '/og/story.en.png'];
  const paths = [...sitePages.map((p) => p.path), assets[0]!, '/embed.js', ...exports, '/feed.xml', '/sitemap.xml', '/robots.txt'];
  for (const path of paths) {
    const response = await request.get(`${pages.origin}${path}`, { maxRedirects: 0 });
    // Pages serves /404.html at /404 (it drops .html with a redirect); the headers are the same rules.
    const served = response.status() === 308 ? await request.get(`${pages.origin}${response.headers().location}`) : response;
    expect(served.status(), path).toBe(200);
    const expected = Object.fromEntries(Object.entries(headersFor(rules, path)).map(([name, value]) => [name.toLowerCase(), value]));
    const got = Object.fromEntries(compared.filter((name) => served.headers()[name] !== undefined).map((name) => [name, served.headers()[name]]));
    expect(got, path).toEqual(Object.fromEntries(compared.filter((name) => expected[name] !== undefined).map((name) => [name, expected[name]])));
  }
  const headersOf = async (path: string) => (await request.get(`${pages.origin}${path}`)).headers();
  expect((await headersOf(embedZh))['content-security-policy']).toBe('frame-ancestors *');
  expect((await headersOf('/en/'))['content-security-policy']).toBe("frame-ancestors 'self'");
  expect((await headersOf(assets[0]!))['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('another origin can frame the embed pages and cannot frame the story pages', async ({ pages, page }) => {
  // The framing page is on the test host's origin (another port of 127.0.0.1).
  await page.goto(`${hostOrigin}/`);
  const paths = [embedZh, embedEn, '/', '/en/'];
  await page.setContent(`<!doctype html><title>framer</title>${paths.map((path) => `<iframe src="${pages.origin}${path}"></iframe>`).join('')}`, { waitUntil: 'load' });
  const frames = page.frames().filter((frame) => frame !== page.mainFrame());
  expect(frames).toHaveLength(paths.length);
  for (const [index, path] of paths.entries()) {
    const frame = frames[index]!;
    const allowed = path.includes('/embed/');
    await expect.poll(() => frame.url(), { message: path }).not.toBe('about:blank');
    expect(frame.url().startsWith(pages.origin), `${path} framed: ${frame.url()}`).toBe(allowed);
    if (allowed) await expect(frame.locator('[data-embed-content]')).toBeAttached();
  }
});

test('a missing page gets the 404 page of its language, with status 404', async ({ pages, request }) => {
  const zh = await request.get(`${pages.origin}/no-such-page/`);
  expect(zh.status()).toBe(404);
  expect(await zh.text()).toContain('<html lang="zh-CN"');
  const en = await request.get(`${pages.origin}/en/no-such-page/`);
  expect(en.status()).toBe(404);
  expect(await en.text()).toContain('<html lang="en"');
});
