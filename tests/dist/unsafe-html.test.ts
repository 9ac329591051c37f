/**
 * Every page of the build is free of redirects, script addresses, event handlers and scripts
 * Astro did not bundle, whatever the content held (src/security/unsafe-html.ts). Run after a
 * build: `npx vitest run --dir tests/dist` (KAIMEN_DIST names another build folder).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsafeHtml } from '../../src/security/unsafe-html.ts';

const DIST = process.env.KAIMEN_DIST ?? 'dist';

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? pages(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

describe.skipIf(!existsSync(DIST))(`the pages in ${DIST}/ are safe`, () => {
  const files = existsSync(DIST) ? pages(DIST) : [];

  it('finds the story pages', () => {
    expect(files.map((f) => relative(DIST, f))).toEqual(expect.arrayContaining(['index.html', join('en', 'index.html')]));
  });

  it.each(files.map((f) => [relative(DIST, f), f]))('%s', (_name, file) => {
    expect(unsafeHtml(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('would fail on a built page seeded with a meta refresh, a javascript: link and a raw script', () => {
    const story = readFileSync(join(DIST, 'index.html'), 'utf8');
    const seeded = story.replace('</head>', '<meta http-equiv="refresh" content="0;url=https://evil.example/"></head>').replace('</main>', '<a href="javascript:alert(1)">x</a><script>alert(1)</script></main>');
    expect(seeded).not.toBe(story);
    const problems = unsafeHtml(seeded).join('\n');
    expect(problems).toContain('a redirect');
    expect(problems).toContain('a javascript: address in href=');
    expect(problems).toContain('not bundled by Astro');
  });
});
