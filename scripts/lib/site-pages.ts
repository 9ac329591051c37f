/**
 * The pages of the built site, discovered from dist/ so that every test and the benchmark
 * cover new pages (each embed, each language) without being told about them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** `story`: `/` and `/en/`; `embed`: anything under `/embed/` or `/<lang>/embed/`; else `other`. */
export type PageKind = 'story' | 'embed' | 'other';

export interface SitePage {
  /** URL path as served, e.g. `/en/` or `/embed/wechat-mau/`. */
  path: string;
  /** The HTML file, relative to the working directory, e.g. `dist/en/index.html`. */
  file: string;
  kind: PageKind;
}

/** `en/index.html` → `/en/`; `404.html` → `/404.html`. */
export function urlPathOf(fileInDist: string): string {
  const path = '/' + fileInDist.split(sep).join('/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export function pageKind(path: string): PageKind {
  if (/^\/(?:[a-z]{2}(?:-[A-Za-z]{2,4})?\/)?embed\//.test(path)) return 'embed';
  if (/^\/(?:[a-z]{2}(?:-[A-Za-z]{2,4})?\/)?$/.test(path)) return 'story';
  return 'other';
}

/** Every HTML page in `dir`, stories first, then embeds, then the rest, each sorted by path. */
export function discoverPages(dir = 'dist'): SitePage[] {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html not found: build the site first (npm run build).`);
  }
  const order: PageKind[] = ['story', 'embed', 'other'];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const path = urlPathOf(relative(dir, file));
      return { path, file, kind: pageKind(path) };
    })
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.path.localeCompare(b.path));
}

/** Rewrites each built page in `dir` through `rewrite`; a page it returns unchanged is not written. */
export function rewritePages(dir: string, rewrite: (html: string, page: SitePage) => string): void {
  for (const page of discoverPages(dir)) {
    const html = readFileSync(page.file, 'utf8');
    const rewritten = rewrite(html, page);
    if (rewritten !== html) writeFileSync(page.file, rewritten);
  }
}
