/**
 * Security gates over every built page: the Content-Security-Policy each page declares, no
 * violation of it while the page runs, no request to another origin, and the HTTP headers
 * from public/_headers (framing allowed only for embeds).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { inlineCode } from '../../scripts/lib/page-weight.ts';
import { sitePages } from './support/site.ts';
import { openLoaded } from './support/navigation.ts';
import { hostOrigin } from './support/origins.ts';

/** The page's <meta http-equiv="content-security-policy">, as a map of directive → sources. */
function metaCsp(html: string): Map<string, string[]> | undefined {
  const tag = /<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
  const content = tag && /\scontent="([^"]*)"/i.exec(tag)?.[1];
  if (!content) return undefined;
  const policy = new Map<string, string[]>();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test.describe('the Content-Security-Policy in each built page', () => {
  for (const { path, file } of sitePages) {
    test(`${path} declares a strict policy that covers its own inline code`, () => {
      const html = readFileSync(file, 'utf8');
      const policy = metaCsp(html);
      expect(policy, `${file} has no <meta http-equiv="content-security-policy">`).toBeDefined();
      expect(policy!.get('default-src')).toEqual(["'self'"]);
      expect(policy!.get('object-src')).toEqual(["'none'"]);
      expect(policy!.get('base-uri')).toEqual(["'self'"]);
      expect(policy!.get('form-action')).toEqual(["'self'"]);
      expect(policy!.get('img-src')).toEqual(["'self'", 'data:']);
      const scriptSources = [...(policy!.get('script-src') ?? []), ...(policy!.get('script-src-elem') ?? [])];
      expect(scriptSources).toContain("'self'");
      expect(scriptSources).not.toContain("'unsafe-inline'");
      expect(scriptSources).not.toContain("'unsafe-eval'");
      // No other origin anywhere in the policy: only keywords, hashes and data: for images.
      for (const [directive, sources] of policy!) {
        for (const source of sources) {
          expect(source, `${directive} ${source}`).toMatch(/^(?:'[a-z-]+'|'sha(?:256|384|512)-[A-Za-z0-9+/=]+'|data:)$/);
        }
      }
      // Every inline script that runs has its hash in the policy (Astro adds them), and so
      // does every inline <style>; an `is:inline` script would be missing here.
      const { scripts, styles } = inlineCode(html);
      for (const script of scripts) expect(scriptSources, `inline script not hashed: ${script.slice(0, 80)}`).toContain(sha256(script));
      const styleSources = [...(policy!.get('style-src') ?? []), ...(policy!.get('style-src-elem') ?? [])];
      for (const style of styles) expect(styleSources, `inline <style> not hashed: ${style.slice(0, 80)}`).toContain(sha256(style));
      // Handlers in attributes and javascript: URLs are blocked by the policy: none may be written.
      const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
      expect(tags.filter((tag) => /\son[a-z]+\s*=/i.test(tag))).toEqual([]);
      expect(tags.filter((tag) => /=\s*["']?\s*javascript:/i.test(tag))).toEqual([]);
    });
  }
});

/** Records CSP violations (reported by the browser) and requests to other origins. */
async function watchSecurity(page: Page, origin: string) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`securitypolicyviolation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/securitypolicyviolation|Content Security Policy/i.test(text)) problems.push(`CSP: ${text}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`request to another origin: ${request.url()}`);
  });
  return problems;
}

test.describe('each built page in the browser', () => {
  for (const { path } of sitePages) {
    test(`${path} runs without a CSP violation or a request to another origin`, async ({ page, baseURL }) => {
      const problems = await watchSecurity(page, new URL(baseURL!).origin);
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await openLoaded(page, path);
        // Scroll through the page so that scroll- and visibility-driven code runs too.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0; y < height; y += 700) await page.mouse.wheel(0, 700);
        await page.waitForLoadState('networkidle');
      }
      expect(problems).toEqual([]);
    });
  }

  test('a violation would be caught: an injected inline script is blocked and reported', async ({ page, baseURL }) => {
    const problems = await watchSecurity(page, new URL(baseURL!).origin);
    await page.goto('/');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      return new Promise((resolve) => setTimeout(() => resolve((window as { __injected?: boolean }).__injected ?? false), 100));
    });
    expect(ran).toBe(false);
    await expect.poll(() => problems.join('\n')).toMatch(/script-src/);
  });
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
