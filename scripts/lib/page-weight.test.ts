import { describe, expect, it } from 'vitest';
import { inlineCode } from './page-weight.ts';

describe('inlineCode', () => {
  it('finds inline scripts that run and inline styles, not data blocks or external scripts', () => {
    const html = `<head>
      <script type="application/ld+json">{"@type":"NewsArticle"}</script>
      <script type="module" src="/_astro/a.js"></script>
      <script type="module">console.log(1)</script>
      <script>console.log(2)</script>
      <style>p{color:red}</style>
    </head>`;
    expect(inlineCode(html)).toEqual({ scripts: ['console.log(1)', 'console.log(2)'], styles: ['p{color:red}'] });
  });
});
