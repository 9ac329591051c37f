/**
 * A last check on the built pages, whatever produced them: the CSP blocks scripts and
 * `javascript:` URLs at run time, but not a `<meta http-equiv="refresh">` redirect, and nothing
 * unsafe should reach a reader's page in the first place. Finds, in one HTML page:
 *
 * - a `<meta http-equiv="refresh">`;
 * - a `javascript:`, `data:` or `vbscript:` address in href, src, action, formaction (and the like);
 * - an event-handler attribute (`onclick=`…);
 * - a `<script>` that is not Astro's: an inline script whose SHA-256 is not in the page's own
 *   CSP `script-src`, or a script loaded from another origin. JSON-LD (data, not code) is allowed.
 */
import { cspHash } from './csp-per-page.ts';

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'cite', 'background', 'srcset']);
const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** Decodes the character references a browser decodes in an attribute value (so `&#106;avascript&colon;` reads as `javascript:`). */
export function decodeAttribute(value: string): string {
  const named: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', sol: '/', lpar: '(', rpar: ')', period: '.' };
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

/** The scheme a browser would see in an address, lower-cased, ignoring whitespace and controls. */
export function schemeOf(url: string): string | undefined {
  const normalised = decodeAttribute(url).replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(normalised)?.[1];
}

function attributesOf(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) found.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  return found;
}

/** The problems in one page, as short descriptions (empty when the page is safe). */
export function unsafeHtml(html: string): string[] {
  const problems: string[] = [];
  const csp = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const scriptSrc = /script-src([^;]*)/.exec(decodeAttribute(csp))?.[1] ?? '';

  for (const [, attributeText, body] of html.matchAll(SCRIPT)) {
    const attributes = attributesOf(attributeText!);
    const type = attributes.get('type')?.toLowerCase();
    const src = attributes.get('src');
    if (type === 'application/ld+json') continue;
    if (src !== undefined) {
      if (!src.startsWith('/') || src.startsWith('//')) problems.push(`<script src="${src}"> loads code from another origin`);
      continue;
    }
    if (!scriptSrc.includes(cspHash(body!))) problems.push(`<script> not bundled by Astro (its hash is not in the page's CSP): ${body!.trim().slice(0, 60)}`);
  }

  // Tags outside scripts (a script's text may hold anything that looks like a tag).
  const markup = html.replace(SCRIPT, '<script></script>');
  for (const [tag, name, attributeText] of markup.matchAll(TAG)) {
    const attributes = attributesOf(attributeText ?? '');
    if (name!.toLowerCase() === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'refresh') problems.push(`a redirect: ${tag}`);
    for (const [key, value] of attributes) {
      if (/^on/.test(key)) problems.push(`an event handler ${key}= in ${tag.slice(0, 80)}`);
      if (!URL_ATTRIBUTES.has(key)) continue;
      const scheme = schemeOf(value);
      if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript') problems.push(`a ${scheme}: address in ${key}= of ${tag.slice(0, 80)}`);
    }
  }
  return problems;
}
