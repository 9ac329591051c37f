/**
 * The one escaper for text placed in XML or HTML (SVG text and attributes, embed snippets,
 * social images): `& < > " '` become references, so a title can close neither an element nor an
 * attribute quoted either way, and characters XML 1.0 forbids (controls other than tab and line
 * breaks, unpaired surrogates, U+FFFE/U+FFFF) are dropped so the file stays well-formed.
 */
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[&<>"']/g, (c) => REFERENCES[c]!);
}
