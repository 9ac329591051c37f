import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readYamlList } from './yaml-list.ts';

/**
 * A content-layer loader for a YAML list of entries with ids (like Astro's `file()`), which
 * fails the build with the file and line of a bad entry, e.g.
 * `content/notes/sidenotes.yaml:12: "walls": sources: needs at least one source`.
 */
export function yamlList(file: string, schema: z.ZodType<{ id: string }>): Loader {
  return {
    name: 'kaimen-yaml-list',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const path = join(process.cwd(), file);
      const sync = async () => {
        const entries = readYamlList(file, schema);
        store.clear();
        for (const { id, data } of entries) {
          const parsed = await parseData({ id, data: data as Record<string, unknown>, filePath: file });
          store.set({ id, data: parsed, digest: generateDigest(parsed), filePath: file });
        }
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', async (changed) => {
        if (changed !== path) return;
        try {
          await sync();
          logger.info(`reloaded ${file}`);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
