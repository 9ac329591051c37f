/**
 * Checks that every same-site link in a built site resolves: each href/src/srcset (and
 * same-origin URL in a <meta content>, and url() in CSS) names a file that exists, or a
 * directory with an index.html; and each `#fragment` names an element id in the target page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A built site: its files by path relative to the site root (`en/index.html`), with text content for HTML and CSS. */
export interface SiteFiles {
  paths: Set<string>;
  text: Map<string, string>;
}

export interface BrokenLink {
  /** The file the link is in, relative to the site root. */
  from: string;
  /** The link as written. */
  url: string;
  reason: string;
}

export function loadSite(dir: string): SiteFiles {
  const paths = new Set<string>();
  const text = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    paths.add(path);
    if (/\.(?:html|css)$/.test(path)) text.set(path, readFileSync(join(dir, path), 'utf8'));
  }
  return { paths, text };
}

const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'gi');

/** The URLs an HTML document links to or loads, as written (entities decoded). */
export function htmlUrls(document: string): string[] {
  // Only attributes of start tags count: text, even text that spells markup (an escaped embed
  // snippet in <pre>), or the raw text of <textarea>, <script> and <style>, holds no links.
  const html = document
    .replace(/<(textarea|script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2>')
    .match(/<[a-z][^>]*>/gi)
    ?.join('') ?? '';
  const urls: string[] = [];
  const values = (name: string) => [...html.matchAll(attribute(name))].map((m) => decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
  for (const name of ['href', 'src', 'poster', 'action', 'data', 'xlink:href']) urls.push(...values(name));
  for (const srcset of values('srcset')) urls.push(...srcset.split(',').map((c) => c.trim().split(/\s+/)[0]!).filter(Boolean));
  // og:url, og:image and the like: absolute URLs, checked when they are on this site.
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const content = /\scontent\s*=\s*"([^"]*)"/i.exec(tag)?.[1];
    if (content && /^https?:\/\//i.test(content)) urls.push(decodeEntities(content));
  }
  return urls;
}

/** The ids (and `<a name>` targets) a fragment can point at in a document. */
export function htmlIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/<[a-z][^>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
    ids.add(decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
  }
  return ids;
}

function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** The HTML file a site path is served from, or undefined when nothing is there. */
function targetFile(site: SiteFiles, pathname: string): string | undefined {
  const path = pathname.replace(/^\//, '');
  if (path === '' || path.endsWith('/')) return site.paths.has(`${path}index.html`) ? `${path}index.html` : undefined;
  if (site.paths.has(path)) return path;
  if (site.paths.has(`${path}/index.html`)) return `${path}/index.html`;
  return undefined;
}

/**
 * Every same-site link in the site that does not resolve. `origin` is the site's own origin
 * (SITE_URL): absolute URLs on it are checked like root-relative ones; other origins are skipped.
 */
export function findBrokenLinks(site: SiteFiles, origin: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idsCache.has(file)) idsCache.set(file, htmlIds(site.text.get(file) ?? ''));
    return idsCache.get(file)!;
  };

  for (const [from, text] of site.text) {
    const isHtml = from.endsWith('.html');
    const base = new URL(from.endsWith('index.html') ? from.slice(0, -'index.html'.length) : from, `${origin}/`);
    for (const raw of isHtml ? htmlUrls(text) : cssUrls(text)) {
      if (raw === '' || /^(?:data|mailto|tel|blob|about):/i.test(raw)) continue;
      if (/^javascript:/i.test(raw)) {
        broken.push({ from, url: raw, reason: 'javascript: URL' });
        continue;
      }
      let url: URL;
      try {
        url = new URL(raw, base);
      } catch {
        broken.push({ from, url: raw, reason: 'not a valid URL' });
        continue;
      }
      if (url.origin !== origin) continue;
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        broken.push({ from, url: raw, reason: 'badly escaped path' });
        continue;
      }
      const file = targetFile(site, pathname);
      if (!file) {
        broken.push({ from, url: raw, reason: `no file at ${pathname}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment === '' || fragment === 'top' || !file.endsWith('.html')) continue;
      if (!idsOf(file).has(fragment)) broken.push({ from, url: raw, reason: `no id "${fragment}" in ${file}` });
    }
  }
  return broken;
}
