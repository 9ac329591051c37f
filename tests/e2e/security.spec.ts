/**
 * Security gates over every built page that need the server: the HTTP headers from
 * public/_headers (framing allowed only for embeds). The policy each page declares is checked
 * in tests/dist/csp.test.ts; violations and requests to other origins while each page runs, in
 * tests/e2e/all-pages.spec.ts, whose watch the control test here proves.
 */
import { expect, test } from '@playwright/test';
import { reportCspViolations, watchPageHealth } from './support/page-health.ts';
import { sitePages } from './support/site.ts';
import { hostOrigin } from './support/origins.ts';

test('a violation would be caught: an injected inline script is blocked and reported', async ({ page, baseURL }) => {
  await reportCspViolations(page);
  const problems = watchPageHealth(page, new URL(baseURL!).origin);
  await page.goto('/');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    return new Promise((resolve) => setTimeout(() => resolve((window as { __injected?: boolean }).__injected ?? false), 100));
  });
  expect(ran).toBe(false);
  await expect.poll(() => problems.join('\n')).toMatch(/securitypolicyviolation: script-src/);
});

// One test per gate over every page (soft assertions naming the page): a test each would pay
// for a browser context and, for framing, a host page, fifty times over.
test('every page sends the headers from public/_headers', async ({ request }) => {
  for (const { path, kind } of sitePages) {
    const headers = (await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } })).headers();
    expect.soft(headers['referrer-policy'], `${path}: Referrer-Policy`).toBe('strict-origin-when-cross-origin');
    expect.soft(headers['x-content-type-options'], `${path}: X-Content-Type-Options`).toBe('nosniff');
    expect.soft(headers['content-security-policy'], `${path}: Content-Security-Policy`).toBe(kind === 'embed' ? 'frame-ancestors *' : "frame-ancestors 'self'");
    if (kind === 'embed') expect.soft(headers['x-frame-options'], `${path}: X-Frame-Options`).toBeUndefined();
    // scripts/serve.ts compresses text as a static host does, so Lighthouse measures real transfer sizes.
    expect.soft(headers['content-encoding'], `${path}: Content-Encoding`).toBe('gzip');
  }
});

test('another origin can frame every embed page and no other page', async ({ page, baseURL }) => {
  // Another origin on this machine: the test host page's server (a page that is not on the
  // local network would be stopped by Chromium's local network checks before our headers
  // count). Not a missing page of our own site: the 404 page's CSP would block the iframes.
  const site = new URL(baseURL!);
  await page.goto(`${hostOrigin}/`);
  await page.setContent(`<!doctype html><title>framer</title>${sitePages.map(({ path }) => `<iframe src="${new URL(path, site).href}"></iframe>`).join('')}`);
  const iframes = await page.locator('iframe').elementHandles();
  expect(iframes).toHaveLength(sitePages.length);
  for (const [index, { path, kind }] of sitePages.entries()) {
    const frame = (await iframes[index]!.contentFrame())!;
    await frame.waitForLoadState();
    await expect.poll(() => frame.url(), { message: path }).not.toBe('about:blank');
    expect.soft(frame.url().startsWith(site.origin), `${path} ${kind === 'embed' ? 'can' : 'cannot'} be framed (framed: ${frame.url()})`).toBe(kind === 'embed');
  }
});
