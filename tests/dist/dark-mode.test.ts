/**
 * Dark mode changes colours only: every colour is a light-dark() value that the root's
 * color-scheme picks, and no CSS rule or script asks for `prefers-color-scheme`. That is why
 * tests/e2e/all-pages.spec.ts runs axe's colour rules alone in dark: every other rule sees the
 * same page in both schemes. A stylesheet that changes more in dark fails here; then run the
 * full rule set in dark too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const dist = process.env.KAIMEN_DIST ?? 'dist';

it('no built stylesheet, page or script asks for prefers-color-scheme', () => {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:css|html|js)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  const texts = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  // The stylesheets are inside the pages (<style>), or beside them as .css files.
  expect(texts.some(({ file, text }) => file.endsWith('.css') || /<style\b/.test(text))).toBe(true);
  const schemeRules = texts.filter(({ text }) => /prefers-color-scheme/i.test(text)).map(({ file }) => file);
  expect(schemeRules).toEqual([]);
});
