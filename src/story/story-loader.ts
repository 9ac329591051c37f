import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { ContentError, zodProblem } from '../data/dataset.ts';
import { parseLocatedYaml } from '../data/yaml.ts';
import { storySchema } from '../schemas/story.ts';

/**
 * The story files (`content/story/*.mdx`), loaded by Astro's glob loader, with the frontmatter
 * checked first so a bad field fails as `content/story/zh.mdx:LINE: original.url: …` rather than
 * Astro's `story → zh data does not match collection schema` at `:0:0`.
 */
export function storyLoader(base: string): Loader {
  const inner = glob({ pattern: '*.mdx', base });
  return {
    ...inner,
    name: 'kaimen-story',
    load: (context) =>
      inner.load({
        ...context,
        parseData: (entry) => {
          if (entry.filePath) checkFrontmatter(entry.filePath);
          return context.parseData(entry);
        },
      }),
  };
}

/** Throws `file:line: field: problem` for frontmatter the story schema refuses. */
export function checkFrontmatter(filePath: string, text = readFileSync(filePath, 'utf8')): void {
  const file = isAbsolute(filePath) ? relative(process.cwd(), filePath) : filePath;
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new ContentError(`${file}:1: the story must start with frontmatter between two --- lines`);
  // Lines inside the frontmatter start after the opening `---`.
  const yaml = parseLocatedYaml(file, `\n${match[1]}`);
  const result = storySchema.safeParse(yaml.value ?? {});
  if (!result.success) throw zodProblem(yaml, result.error);
}
