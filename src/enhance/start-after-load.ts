/**
 * The story pages' script only enhances a page that is complete without it (page.ts), so it
 * starts once the page has loaded instead of from a `<script type="module" src>` in <head>.
 * Asked for from <head>, a module is fetched at high priority while the HTML is still arriving,
 * and Lighthouse's simulated phone counts the page's first paint as waiting for it (about one
 * round trip). Astro's `client:idle` islands wait the same way. Embed pages keep theirs in
 * <head>: it applies the embed's query flags (theme, plain), which their first paint should show.
 *
 * Astro cannot write this itself: it bundles a script with a dynamic import into a file of its
 * own, which would again be requested from <head>. So after the build each of Astro's module
 * tags becomes a one-line inline loader, and the page's policy allows that line by its hash.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rewritePages } from '../../scripts/lib/site-pages.ts';
import { allowInlineScripts } from '../security/csp-per-page.ts';

const ASTRO_MODULE_TAG = /<script type="module" src="(\/_astro\/[\w.-]+\.js)"><\/script>/g;

/** The loader of one module: imports it when the window's load event fires. */
export const loaderOf = (src: string) => `addEventListener("load",()=>import(${JSON.stringify(src)}),{once:true})`;

/** The page with each of Astro's module tags replaced by its loader, allowed by the page's policy. */
export function startModulesAfterLoad(html: string): string {
  const loaders = new Set<string>();
  const out = html.replace(ASTRO_MODULE_TAG, (_tag, src: string) => {
    const loader = loaderOf(src);
    loaders.add(loader);
    return `<script type="module">${loader}</script>`;
  });
  return loaders.size > 0 ? allowInlineScripts(out, loaders) : out;
}

/** Rewrites the built story pages; listed before cspPerPage, which keeps the loaders' hashes. */
export function modulesAfterLoad(): AstroIntegration {
  return {
    name: 'kaimen-modules-after-load',
    hooks: {
      'astro:build:done': ({ dir }) =>
        rewritePages(fileURLToPath(dir), (html, { kind }) => (kind === 'story' ? startModulesAfterLoad(html) : html)),
    },
  };
}
