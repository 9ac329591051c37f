/**
 * Every HTML page of the build passes the W3C Nu HTML Checker (npm vnu-jar, needs Java) with
 * no error. One Java run checks all pages, for speed.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const dist = process.env.KAIMEN_DIST ?? 'dist';
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * The checker's CSS validator (it reads the pages' inline stylesheets) predates CSS container
 * queries, `paint-order` and `light-dark()`, all in every current browser (Baseline 2023, 2017
 * and 2024): it reports the first two as unknown, and fails on a `light-dark()` whose second
 * colour is a custom property. Only those exact messages are passed over; any other CSS message,
 * and every HTML one, still fails.
 */
const cssTheCheckerLacks = /^CSS: (?:“(?:container-type|paint-order)”: Property “(?:container-type|paint-order)” doesn't exist\.|Unrecognized at-rule “@container”)$/;
const lightDarkCrash = 'CSS: “color”: Cannot invoke "org.w3c.css.values.CssValue.getType()" because "val" is null.';
const checkerLacks = (m: NuMessage) =>
  cssTheCheckerLacks.test(m.message) || (m.message === lightDarkCrash && /^,var\(--[\w-]+\)\)/.test(m.extract ?? ''));

it('the Nu HTML Checker finds no error in any page of dist/', async () => {
  const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
  expect(pages.length).toBeGreaterThanOrEqual(4);
  // vnu exits 1 when it reports errors; the JSON report is on stderr either way.
  const { stderr } = await promisify(execFile)('java', ['-jar', vnuJar, '--errors-only', '--no-langdetect', '--format', 'json', ...pages], { maxBuffer: 64 * 1024 * 1024 })
    .catch((error: { stderr?: string; code?: number }) => {
      if (error.code === 1 && error.stderr) return { stderr: error.stderr };
      throw error;
    });
  const { messages } = JSON.parse(stderr) as { messages: NuMessage[] };
  const problems = messages
    .filter((m) => m.type !== 'info' && !checkerLacks(m))
    .map((m) => `${m.url.replace(/^file:.*?\/(?=[^/]*dist\/)/, '')}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` (${m.extract.trim().slice(0, 80)})` : ''}`);
  expect(problems).toEqual([]);
  // One Java run takes about 20 s alone, and over a minute beside the browser tests and the
  // content builds, which npm test runs at the same time (scripts/test-all.ts).
}, 240_000);
