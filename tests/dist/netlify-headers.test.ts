/**
 * dist/_headers as Netlify reads it: parsed by Netlify's own @netlify/headers-parser, matched
 * as the Netlify CLI does (headersForPath below). Each path of the build must get the same
 * headers as Cloudflare Pages and scripts/serve.ts give it (scripts/lib/headers-file.ts, itself
 * checked against Cloudflare's own code in tests/e2e/cloudflare-pages.spec.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.ts';

const dist = process.env.KAIMEN_DIST ?? 'dist';
const headersFile = join(dist, '_headers');

/** netlify-cli, src/utils/headers.ts: every matching rule, a later one overriding a header. */
function headersForPath(headers: Header[], path: string): Record<string, string> {
  const matching = headers.filter(({ forRegExp }) => forRegExp.test(path)).map(({ values }) => values);
  return Object.assign({}, ...matching) as Record<string, string>;
}

const lowerCased = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

/** URL paths of every file in dist/, pages as served (`/en/`, not `/en/index.html`). */
function servedPaths(): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== '_headers')
    .map((entry) => '/' + relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .map((path) => path.replace(/\/index\.html$/, '/'));
}

describe('dist/_headers on Netlify', async () => {
  const { headers, errors } = await parseAllHeaders({ headersFiles: [headersFile], configHeaders: [], minimal: false });
  const paths = servedPaths();

  it('parses without an error', () => {
    expect(errors.map((error) => error.message)).toEqual([]);
    expect(headers.length).toBeGreaterThanOrEqual(5);
  });

  it('lets any site frame the embed pages, and no other page', () => {
    const pages = paths.filter((path) => path.endsWith('/') || path.endsWith('.html'));
    expect(pages).toEqual(expect.arrayContaining(['/', '/en/', '/404.html', '/en/404.html', '/embed/wechat-mau/', '/en/embed/wechat-mau/']));
    for (const path of pages) {
      const embed = /^\/(?:en\/)?embed\//.test(path);
      expect(headersForPath(headers as Header[], path)['Content-Security-Policy'], path).toBe(embed ? 'frame-ancestors *' : "frame-ancestors 'self'");
    }
  });

  it('caches hashed assets for a year, and pages for no time without asking again', () => {
    const assets = paths.filter((path) => path.startsWith('/_astro/'));
    expect(assets.length).toBeGreaterThan(0);
    for (const path of assets) expect(headersForPath(headers as Header[], path)['Cache-Control'], path).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/en/', '/embed/wechat-mau/']) expect(headersForPath(headers as Header[], path)['Cache-Control'], path).toBe('public, max-age=0, must-revalidate');
    for (const path of paths.filter((p) => /^\/(?:charts|data|og)\//.test(p)).concat('/embed.js')) {
      expect(headersForPath(headers as Header[], path)['Cache-Control'], path).toBe('public, max-age=3600, must-revalidate');
    }
  });

  it('gives every file of the build the same headers as Cloudflare Pages and scripts/serve.ts', () => {
    const ours = parseHeadersFile(readFileSync(headersFile, 'utf8'));
    const differences = paths.filter((path) => !isDeepStrictEqual(lowerCased(headersForPath(headers as Header[], path)), lowerCased(headersFor(ours, path))));
    expect(paths.length).toBeGreaterThan(20);
    expect(differences).toEqual([]);
  });
});
