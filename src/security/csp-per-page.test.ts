import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowCspToPage } from './csp-per-page.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const style = 'body{color:red}';
const script = 'console.log(1)';
const elsewhere = 'p{margin:0}';

function page(policy: string, body: string): string {
  return `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
}

describe('narrowCspToPage', () => {
  it("keeps only the hashes of the page's own inline code, and every other source", () => {
    const policy = `default-src 'self';script-src 'self' ${sha256(script)} ${sha256('other()')};style-src 'self' ${sha256(style)} ${sha256(elsewhere)};style-src-attr 'unsafe-inline'`;
    const html = page(policy, `<style>${style}</style><script type="module">${script}</script>`);
    expect(narrowCspToPage(html)).toBe(
      page(`default-src 'self';script-src 'self' ${sha256(script)};style-src 'self' ${sha256(style)};style-src-attr 'unsafe-inline'`, `<style>${style}</style><script type="module">${script}</script>`),
    );
  });

  it('drops every hash from a page without inline code, and does not count data blocks as code', () => {
    const ld = '{"@type":"NewsArticle"}';
    const html = page(`script-src 'self' ${sha256(ld)};style-src 'self' ${sha256(style)}`, `<script type="application/ld+json">${ld}</script>`);
    expect(narrowCspToPage(html)).toContain(`content="script-src 'self';style-src 'self'"`);
  });

  it('leaves a page without a policy as it is', () => {
    const html = `<!doctype html><style>${style}</style>`;
    expect(narrowCspToPage(html)).toBe(html);
  });
});
