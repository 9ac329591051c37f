import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { remarkStoryPairing } from './remark-story-pairing.ts';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** Writes both stories to a folder and runs the plugin on `en.mdx`. */
async function checkEnglish(en: string, zh: string): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), 'kaimen-pairing-'));
  writeFileSync(join(dir, 'en.mdx'), en);
  writeFileSync(join(dir, 'zh.mdx'), zh);
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkStoryPairing);
  // Astro hands the MDX compiler the body with the frontmatter blanked out.
  const body = en.replace(/^---\n[\s\S]*?\n---\n/, (m) => m.replace(/[^\n]/g, ''));
  const file = new VFile({ path: join(dir, 'en.mdx'), value: body });
  await processor.run(processor.parse(file), file);
}

const frontmatter = '---\ntitle: x\noriginal:\n  images:\n    - { url: "http://a/b.jpg", width: 1 }\n---\n\n';
const zh = `${frontmatter}第一段<Term id="t">词</Term>。\n\n<Chart id="a" />\n\n<Timeline />\n`;

describe('remarkStoryPairing', () => {
  it('accepts stories that place the same things', async () => {
    await expect(checkEnglish(`${frontmatter}First <Term id="t">word</Term>.\n\n<Chart id="a" />\n\n<Timeline />\n`, zh)).resolves.toBeUndefined();
  });

  it('fails on a chart placed in one language only, naming the file and line', async () => {
    const en = `${frontmatter}First <Term id="t">word</Term>.\n\n<Chart id="a" />\n\n<Chart id="b" />\n\n<Timeline />\n`;
    const error = await checkEnglish(en, zh).catch((e: Error) => e);
    const line = en.split('\n').indexOf('<Chart id="b" />') + 1;
    expect(String(error)).toContain(`${relative(process.cwd(), join(dir!, 'en.mdx'))}:${line}:1: <Chart id="b"> is placed in this story but not in`);
  });

  it('fails on a term used in one language only', async () => {
    const en = `${frontmatter}First <Term id="other">word</Term>.\n\n<Chart id="a" />\n\n<Timeline />\n`;
    await expect(checkEnglish(en, zh)).rejects.toThrow(/en\.mdx:8:7: <Term id="other"> is placed in this story but not in .*zh\.mdx/);
  });

  it('fails on the same chart twice in one story', async () => {
    const en = `${frontmatter}First <Term id="t">word</Term>.\n\n<Chart id="a" />\n\n<Timeline />\n\n<Chart id="a" />\n`;
    await expect(checkEnglish(en, zh)).rejects.toThrow(/en\.mdx:14:1: <Chart id="a"> is placed twice in this story \(first at line 10\)/);
  });
});
