/**
 * Astro's `security.csp` writes the hash of every inline script and stylesheet of the whole
 * site into every page's policy. After the build, this keeps in each page's policy only the
 * hashes of that page's own inline code: a page allows no code it does not carry (a hash in one
 * page's policy would let that code run on any page), and the 20-odd hashes no page needs, about
 * 1 KB that does not compress, leave every page's HTML.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineCode } from '../../scripts/lib/page-weight.ts';
import { rewritePages } from '../../scripts/lib/site-pages.ts';

const CSP_META = /(<meta\b[^>]*http-equiv="content-security-policy"[^>]*\scontent=")([^"]*)(")/i;
const HASH_SOURCE = /^'sha(?:256|384|512)-[A-Za-z0-9+/=]+'$/;
const HASHED_DIRECTIVES = new Set(['script-src', 'script-src-elem', 'style-src', 'style-src-elem']);

/** The CSP source that allows one inline script or stylesheet: `'sha256-…'` of its text. */
export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The page with each directive of its policy's <meta> rewritten by `rewrite` (name lower-cased). */
function rewritePolicy(html: string, rewrite: (name: string, sources: string[]) => string[]): string {
  return html.replace(CSP_META, (_match, start: string, policy: string, end: string) => {
    const directives = policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, ...rewrite(name.toLowerCase(), sources)].join(' ');
    });
    return `${start}${directives.join(';')}${end}`;
  });
}

/** The page with its policy's script and style hashes narrowed to the page's own inline code. */
export function narrowCspToPage(html: string): string {
  const { scripts, styles } = inlineCode(html);
  const own = new Set([...scripts, ...styles].map(cspHash));
  return rewritePolicy(html, (name, sources) =>
    HASHED_DIRECTIVES.has(name) ? sources.filter((source) => !HASH_SOURCE.test(source) || own.has(source)) : sources,
  );
}

/**
 * The page with `scripts`, inline code written into it after Astro's build, allowed by its
 * policy's script-src (Astro hashed only the code it wrote itself).
 */
export function allowInlineScripts(html: string, scripts: Iterable<string>): string {
  const hashes = [...scripts].map(cspHash);
  return rewritePolicy(html, (name, sources) => (name === 'script-src' ? [...sources, ...hashes] : sources));
}

/** Narrows every built page's policy; listed before pageBudget, which then measures the result. */
export function cspPerPage(): AstroIntegration {
  return {
    name: 'kaimen-csp-per-page',
    hooks: {
      'astro:build:done': ({ dir }) => rewritePages(fileURLToPath(dir), narrowCspToPage),
    },
  };
}
