/**
 * The PNG and social images are drawn with one CJK face (Noto Sans CJK: Latin, Greek, Cyrillic,
 * Chinese, Japanese, Korean, punctuation), never with system fallbacks. A character outside it
 * (emoji, Arabic or Hebrew, bidi controls) would be drawn as an empty box, so it is left out of
 * the image instead; the HTML and SVG keep it, drawn by the reader's own fonts.
 */
const DRAWABLE = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\p{Script=Common}\p{Script=Inherited}]/u;
const NEVER = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0e\ufe0f\u200e\u200f\u202a-\u202e\u2066-\u2069\u{e0020}-\u{e007f}]/u;

/** `text` without the characters the image fonts cannot draw; spaces left doubled are merged. */
export function drawableText(text: string): string {
  let out = '';
  let dropped = false;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    // ASCII (markup, when the text is SVG) is always kept.
    if (code < 0x80 || (DRAWABLE.test(char) && !NEVER.test(char))) out += char;
    else dropped = true;
  }
  return dropped ? out.replace(/ {2,}/g, ' ').replace(/ ([，。、：；！？）」』》])/g, '$1') : out;
}
