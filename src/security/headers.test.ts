import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.ts';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

describe('public/_headers', () => {
  it.each(['/', '/en/', '/index.html', '/_astro/x.css', '/embedded/'])('forbids framing %s by other sites', (path) => {
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

  it('sets no X-Frame-Options, which would stop embeds being framed', () => {
    const names = rules.flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
    expect(names).not.toContain('x-frame-options');
  });
});
