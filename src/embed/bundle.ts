/**
 * Bundles a script of src/embed/ into one plain, minified classic script (an IIFE), for
 * files served at a fixed address such as /embed.js. The sources come through Vite's
 * `?raw` glob, so this works the same in `astro dev` and `astro build`, from any directory.
 */
import { build, type Plugin } from 'esbuild';

const sources = import.meta.glob<string>(['./*.ts', '!./*.test.ts'], { query: '?raw', import: 'default', eager: true });

/** Resolves `./x.ts` imports between src/embed/ files from the raw sources above. */
const embedSources: Plugin = {
  name: 'embed-sources',
  setup(build) {
    build.onResolve({ filter: /^\.\/[\w.-]+\.ts$/ }, (args) => ({ path: args.path, namespace: 'embed' }));
    build.onResolve({ filter: /.*/ }, (args) => ({ errors: [{ text: `src/embed bundles may only import ./*.ts files, not ${args.path}` }] }));
    build.onLoad({ filter: /.*/, namespace: 'embed' }, (args) => {
      const contents = sources[args.path];
      return contents === undefined ? { errors: [{ text: `no such file: src/embed/${args.path.slice(2)}` }] } : { contents, loader: 'ts' };
    });
  },
};

/** Bundles `src/embed/<entry>` with `define`d constants into a minified IIFE. */
export async function bundleEmbedScript(entry: string, define: Record<string, string> = {}): Promise<string> {
  const result = await build({
    entryPoints: [`./${entry}`],
    plugins: [embedSources],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    define: Object.fromEntries(Object.entries(define).map(([name, value]) => [name, JSON.stringify(value)])),
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
