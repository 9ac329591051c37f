/**
 * An Astro integration: moves the English 404 page from en/404/index.html (where the
 * `directory` build format puts src/pages/en/404.astro) to en/404.html, where Cloudflare Pages
 * looks for the nearest 404 page of a missing /en/… path, as scripts/serve.ts does too.
 */
import { renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function localized404(prefixes: string[]): AstroIntegration {
  return {
    name: 'kaimen-localized-404',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const prefix of prefixes) {
          renameSync(`${root}${prefix}/404/index.html`, `${root}${prefix}/404.html`);
          rmdirSync(`${root}${prefix}/404`);
        }
      },
    },
  };
}
