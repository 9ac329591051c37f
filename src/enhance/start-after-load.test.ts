import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowCspToPage } from '../security/csp-per-page.ts';
import { loaderOf, startModulesAfterLoad } from './start-after-load.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policy = `default-src 'self';script-src 'self';style-src 'self' 'sha256-abc='`;
const page = (head: string) => `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">${head}</head><body></body></html>`;
const src = '/_astro/PageScript.astro_astro_type_script_index_0_lang.AbC-12_x.js';

describe('startModulesAfterLoad', () => {
  it("replaces Astro's module tag with a loader that imports it on load, allowed by its hash only", () => {
    const html = startModulesAfterLoad(page(`<script type="module" src="${src}"></script>`));
    expect(html).not.toContain(`src="${src}"`);
    expect(html).toContain(`<script type="module">addEventListener("load",()=>import("${src}"),{once:true})</script>`);
    expect(html).toContain(`script-src 'self' ${sha256(loaderOf(src))};style-src 'self' 'sha256-abc='`);
  });

  it('runs the loader: nothing is imported before the load event, the module once after it', async () => {
    const imported: string[] = [];
    const listeners: Record<string, { listener: () => unknown; options: unknown }> = {};
    const run = new Function('addEventListener', 'import_', loaderOf(src).replace('import(', 'import_('));
    run((type: string, listener: () => unknown, options: unknown) => (listeners[type] = { listener, options }), (url: string) => imported.push(url));
    expect(imported).toEqual([]);
    expect(listeners.load?.options).toEqual({ once: true });
    await listeners.load!.listener();
    expect(imported).toEqual([src]);
  });

  it('keeps the loader through the per-page narrowing, and leaves pages without modules as they are', () => {
    const narrowed = narrowCspToPage(startModulesAfterLoad(page(`<script type="module" src="${src}"></script>`)));
    expect(narrowed).toContain(sha256(loaderOf(src)));
    const plain = page('<link rel="icon" href="/favicon.svg">');
    expect(startModulesAfterLoad(plain)).toBe(plain);
  });

  it('leaves scripts from elsewhere or with other attributes alone', () => {
    const other = page('<script type="module" src="/embed.js"></script><script async src="/_astro/x.js"></script>');
    expect(startModulesAfterLoad(other)).toBe(other);
  });
});
