import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { unsafeHtml } from './unsafe-html.ts';

const script = 'console.log(1)';
const hash = createHash('sha256').update(script).digest('base64');
const page = (body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-${hash}';">` +
  `<script type="module">${script}</script><script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/x.js"></script></head>` +
  `<body><a href="https://example.com/">ok</a><a href="#p-1">ok</a><img src="/og/x.png" alt="">${body}</body></html>`;

describe('unsafeHtml', () => {
  it('passes a page with only hashed, same-origin scripts, JSON-LD and http(s) links', () => {
    expect(unsafeHtml(page(''))).toEqual([]);
  });

  it.each([
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', 'a redirect'],
    ['a meta refresh, upper case and unquoted', '<META HTTP-EQUIV=Refresh CONTENT="0">', 'a redirect'],
    ['a javascript: href', '<a href="javascript:alert(1)">x</a>', 'a javascript: address in href='],
    ['an obfuscated javascript: href', '<a href=" &#x6A;ava&#x09;script&colon;alert(1)">x</a>', 'a javascript: address in href='],
    ['a data: src', '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>', 'a data: address in src='],
    ['a vbscript: form action', "<form action='VBScript:x'></form>", 'a vbscript: address in action='],
    ['a javascript: formaction', '<button formaction="javascript:x">b</button>', 'a javascript: address in formaction='],
    ['an event handler', '<img src="/x.png" alt="" onerror="alert(1)">', 'an event handler onerror='],
    ['a raw inline script', '<script>alert(document.cookie)</script>', "not bundled by Astro"],
    ['a third-party script', '<script src="https://evil.example/x.js"></script>', 'loads code from another origin'],
  ])('finds %s', (_name, body, problem) => {
    const problems = unsafeHtml(page(body));
    expect(problems.join('\n')).toContain(problem);
  });

  it('does not mistake text or script contents for markup', () => {
    expect(unsafeHtml(page('<p>Never write javascript:alert(1) or href="javascript:x" in a link.</p>'))).toEqual([]);
  });
});
