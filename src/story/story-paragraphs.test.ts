import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { originalParagraphs } from './original-article.ts';
import { storyParagraphs } from './story-paragraphs.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const original = originalParagraphs(read('content/source/zaker-2021-12-01.html.txt'));

describe('the original article (content/source)', () => {
  it('has the 13 paragraphs of the ZAKER text, images removed', () => {
    expect(original).toHaveLength(13);
    expect(original[0]).toMatch(/^此前在今年 9 月，工信部召开/);
    expect(original[3]).toMatch(/^令人玩味的是/);
    expect(original[12]).toBe('【本文图片来自网络】');
    expect(original.join('')).not.toMatch(/<|myzaker|cors\./);
  });
});

describe('content/story/zh.mdx', () => {
  const story = storyParagraphs(read('content/story/zh.mdx'));

  it('keeps every paragraph of the original, word for word and in order', () => {
    expect(story).toEqual(original);
  });
});

describe('content/story/en.mdx', () => {
  const story = storyParagraphs(read('content/story/en.mdx'));

  it('translates every paragraph: one English paragraph per original paragraph', () => {
    expect(story).toHaveLength(original.length);
    for (const paragraph of story) expect(paragraph.length).toBeGreaterThan(20);
  });
});

describe('storyParagraphs', () => {
  it('counts Markdown paragraphs, not components, and keeps inline component text', () => {
    const mdx = '---\ntitle: x\n---\n\nOne <Term id="a">term</Term> here.\n\n<Chart id="c" />\n\nTwo\nlines.\n';
    expect(storyParagraphs(mdx)).toEqual(['One term here.', 'Two lines.']);
  });

  it('notices a dropped paragraph', () => {
    const mdx = original.slice(1).join('\n\n');
    expect(storyParagraphs(mdx)).not.toEqual(original);
  });
});
