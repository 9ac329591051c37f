/**
 * `astro sync` in each site copy named on the command line, one after another in this one
 * process, so Astro is loaded once: prints one JSON line per copy, `{dir, code, output}`, where
 * `output` is the error message (with its stack) that `astro sync` or `astro build` would print.
 *
 *   node tests/content/sync-copies.ts /tmp/kaimen-site-a /tmp/kaimen-site-b
 */
import { sync } from 'astro';

for (const dir of process.argv.slice(2)) {
  // The content loaders read their files relative to the working directory, as in a build.
  process.chdir(dir);
  let result = { dir, code: 0, output: '' };
  try {
    await sync({ root: dir, logLevel: 'silent' });
  } catch (error) {
    result = { dir, code: 1, output: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) };
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
