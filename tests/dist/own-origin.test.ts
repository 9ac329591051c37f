/** No built page names anything to load from another host. (Requests at run time: tests/e2e/all-pages.spec.ts.) */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** Every built HTML file, as [path, html]. */
function builtPages(dir = process.env.KAIMEN_DIST ?? 'dist'): [string, string][] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path, readFileSync(path, 'utf8')];
    });
}

// Attributes through which an element makes the browser fetch something.
const loading = [
  /<(?:img|script|iframe|source|video|audio|track|embed|input)\b[^>]*?\s(?:src|srcset|poster|data)\s*=\s*["']?([^"'\s>]+)/gi,
  /<link\b(?=[^>]*\brel=["']?(?:stylesheet|icon|preload|modulepreload|prefetch|preconnect|dns-prefetch|manifest|apple-touch-icon)\b)[^>]*\bhref=["']?([^"'\s>]+)/gi,
  /url\(\s*["']?([^"')]+)/gi,
  /@import\s+["']([^"']+)/gi,
];

it('no built page loads anything from another host', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThanOrEqual(2);
  const offenders: string[] = [];
  for (const [path, html] of pages) {
    for (const pattern of loading) {
      for (const [, url] of html.matchAll(pattern)) {
        if (/^(?:[a-z]+:)?\/\//i.test(url!) && !url!.startsWith('data:')) offenders.push(`${path}: ${url}`);
      }
    }
  }
  expect(offenders).toEqual([]);
});

it('the original images are kept as provenance only, never loaded', () => {
  for (const [, html] of builtPages()) {
    expect(html).not.toMatch(/myzaker\.com|cors\.zfour/);
  }
});
