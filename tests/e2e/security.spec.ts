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

test.describe('the HTTP headers of each page', () => {
  for (const { path, kind } of sitePages) {
    test(`${path} sends the headers from public/_headers`, async ({ request }) => {
      const headers = (await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } })).headers();
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['content-security-policy']).toBe(kind === 'embed' ? 'frame-ancestors *' : "frame-ancestors 'self'");
      if (kind === 'embed') expect(headers['x-frame-options']).toBeUndefined();
      // scripts/serve.ts compresses text as a static host does, so Lighthouse measures real transfer sizes.
      expect(headers['content-encoding']).toBe('gzip');
    });
  }
});

test.describe('framing by another site', () => {
  for (const { path, kind } of sitePages) {
    const allowed = kind === 'embed';
    test(`${path} ${allowed ? 'can' : 'cannot'} be framed by another origin`, async ({ page, baseURL }) => {
      // Another origin on this machine: the test host page's server (a page that is not on the
      // local network would be stopped by Chromium's local network checks before our headers
      // count). Not a missing page of our own site: the 404 page's CSP would block the iframe.
      const site = new URL(baseURL!);
      await page.goto(`${hostOrigin}/`);
      await page.setContent(`<!doctype html><title>framer</title><iframe src="${new URL(path, site).href}"></iframe>`);
      const frame = page.frames().find((f) => f !== page.mainFrame())!;
      await frame.waitForLoadState();
      await expect.poll(() => frame.url()).not.toBe('about:blank');
      expect(frame.url().startsWith(site.origin)).toBe(allowed);
    });
  }
});
