/**
 * The Content-Security-Policy each built page declares in its <meta>: strict, and covering the
 * page's own inline code. (That no violation happens while a page runs is checked in the
 * browser, tests/e2e/all-pages.spec.ts.)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineCode } from '../../scripts/lib/page-weight.ts';
import { discoverPages } from '../../scripts/lib/site-pages.ts';

const pages = discoverPages(process.env.KAIMEN_DIST ?? 'dist');

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

describe('the Content-Security-Policy in each built page', () => {
  it('covers at least the two stories', () => expect(pages.length).toBeGreaterThanOrEqual(2));

  it.each(pages.map((p) => [p.path, p.file] as const))('%s declares a strict policy that covers its own inline code', (_path, file) => {
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
    // And no other hash: a page allows no inline code it does not carry (src/security/csp-per-page.ts).
    const own = new Set([...scripts, ...styles].map(sha256));
    const hashes = [...scriptSources, ...styleSources].filter((source) => source.startsWith("'sha"));
    expect(hashes.filter((hash) => !own.has(hash)), 'hashes for code this page does not carry').toEqual([]);
    // Handlers in attributes and javascript: URLs are blocked by the policy: none may be written.
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((tag) => /\son[a-z]+\s*=/i.test(tag))).toEqual([]);
    expect(tags.filter((tag) => /=\s*["']?\s*javascript:/i.test(tag))).toEqual([]);
  });
});
