/**
 * How each built page starts its script: the story pages once they have loaded (a loader that
 * imports the module, src/enhance/start-after-load.ts), the embed pages from <head>, since their
 * script applies the embed's query flags before the first paint.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverPages } from '../../scripts/lib/site-pages.ts';

const dist = process.env.KAIMEN_DIST ?? 'dist';
const pages = discoverPages(dist);
const head = (file: string) => readFileSync(file, 'utf8').split('</head>')[0]!;

describe('page scripts', () => {
  it.each(pages.filter((p) => p.kind === 'story').map((p) => [p.path, p.file] as const))(
    '%s asks for no script while it loads, and imports its module from a load listener',
    (_path, file) => {
      const html = readFileSync(file, 'utf8');
      expect(html).not.toMatch(/<script\b[^>]*\ssrc=/);
      expect(html).not.toMatch(/<link\b[^>]*rel="?modulepreload/);
      const loaders = [...html.matchAll(/<script type="module">addEventListener\("load",\(\)=>import\("(\/_astro\/[^"]+\.js)"\),\{once:true\}\)<\/script>/g)];
      expect(loaders).toHaveLength(1);
      expect(existsSync(join(dist, loaders[0]![1]!)), loaders[0]![1]).toBe(true);
    },
  );

  it.each(pages.filter((p) => p.kind === 'embed').map((p) => [p.path, p.file] as const))('%s asks for its module from <head>', (_path, file) => {
    const src = /<script type="module" src="(\/_astro\/[^"]+\.js)"><\/script>/.exec(head(file))?.[1];
    expect(src).toBeDefined();
    expect(existsSync(join(dist, src!))).toBe(true);
  });
});
