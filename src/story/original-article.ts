/**
 * Reads the paragraphs of the original article from its unchanged provenance copy
 * (content/source/*.html.txt: YAML frontmatter, then the article's HTML).
 * Images are dropped; every other block of text is one paragraph, as the reader saw it.
 */
export function originalParagraphs(source: string): string[] {
  const html = source.replace(/^\s*---\n[\s\S]*?\n---\n/, '');
  return html
    .replace(/<div class="img_box"[\s\S]*?<\/div><\/div>/g, '\n') // image boxes
    .split(/<\/?p>|<\/?div[^>]*>/) // paragraph and container boundaries
    .map((block) => decodeEntities(block.replace(/<[^>]+>/g, '')).trim())
    .filter((block) => block.length > 0);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
