import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.ts';

// public/_headers as Cloudflare Pages and scripts/serve.ts read it (Netlify's reading:
// tests/dist/netlify-headers.test.ts; Cloudflare's own code: tests/e2e/cloudflare-pages.spec.ts).
const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

describe('public/_headers', () => {
  it.each(['/', '/en/', '/index.html', '/_astro/x.css', '/embedded/', '/404.html', '/en/404.html'])('forbids framing %s by other sites', (path) => {
    expect(headersFor(rules, path)['Content-Security-Policy']).toBe("frame-ancestors 'self'");
  });

  it.each(['/embed/wechat-mau/', '/en/embed/wechat-mau/'])('lets any site frame %s', (path) => {
    expect(headersFor(rules, path)['Content-Security-Policy']).toBe('frame-ancestors *');
  });

  it.each(['/', '/en/', '/embed/wechat-mau/', '/en/embed/wechat-mau/'])('sends the privacy and sniffing headers on %s', (path) => {
    const headers = headersFor(rules, path);
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it.each([
    ['/_astro/index.B2xK9a.css', 'public, max-age=31536000, immutable'],
    ['/', 'public, max-age=0, must-revalidate'],
    ['/en/embed/wechat-mau/', 'public, max-age=0, must-revalidate'],
    ['/data/wechat-mau.csv', 'public, max-age=3600, must-revalidate'],
    ['/charts/wechat-mau.svg', 'public, max-age=3600, must-revalidate'],
    ['/og/charts/wechat-mau.png', 'public, max-age=3600, must-revalidate'],
    ['/embed.js', 'public, max-age=3600, must-revalidate'],
  ])('caches %s as %s', (path, cacheControl) => {
    expect(headersFor(rules, path)['Cache-Control']).toBe(cacheControl);
  });

  it('sets no X-Frame-Options, which would stop embeds being framed', () => {
    const names = rules.flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
    expect(names).not.toContain('x-frame-options');
  });
});
