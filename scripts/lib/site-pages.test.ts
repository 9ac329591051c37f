import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverPages, pageKind, urlPathOf } from './site-pages.ts';

describe('site pages', () => {
  it('maps files to the URLs a static host serves them at', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf(join('en', 'index.html'))).toBe('/en/');
    expect(urlPathOf(join('embed', 'wechat-mau', 'index.html'))).toBe('/embed/wechat-mau/');
    expect(urlPathOf('404.html')).toBe('/404.html');
  });

  it('tells stories, embeds and other pages apart', () => {
    expect(pageKind('/')).toBe('story');
    expect(pageKind('/en/')).toBe('story');
    expect(pageKind('/embed/wechat-mau/')).toBe('embed');
    expect(pageKind('/en/embed/timeline/')).toBe('embed');
    expect(pageKind('/embedded/')).toBe('other');
    expect(pageKind('/404.html')).toBe('other');
    expect(pageKind('/en/glossary/')).toBe('other');
  });

  it('finds every HTML file below dist, stories first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaimen-pages-'));
    for (const file of ['index.html', 'en/index.html', 'embed/a/index.html', 'en/embed/a/index.html', '404.html', '_astro/x.js']) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), '');
    }
    expect(discoverPages(dir).map((p) => [p.path, p.kind])).toEqual([
      ['/', 'story'],
      ['/en/', 'story'],
      ['/embed/a/', 'embed'],
      ['/en/embed/a/', 'embed'],
      ['/404.html', 'other'],
    ]);
  });

  it('refuses a directory without a built site', () => {
    expect(() => discoverPages(mkdtempSync(join(tmpdir(), 'kaimen-empty-')))).toThrow('npm run build');
  });
});
