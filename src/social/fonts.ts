import { SYSTEM_CJK_FONTS } from '../raster/svg-to-png.ts';

/**
 * The font of the social images: Noto Sans CJK SC (Debian/Ubuntu `fonts-noto-cjk`), which
 * has Chinese and Latin in one family, so no glyph falls back to a box ("tofu").
 */
export const OG_FONT_FAMILY = SYSTEM_CJK_FONTS.family;

/** Where Debian and Ubuntu install it (regular, bold); the build fails with a clear message if missing. */
export const OG_FONT_FILES = SYSTEM_CJK_FONTS.files;

/**
 * In Noto Sans CJK SC, curly quotes and the ellipsis are full-width (right for Chinese, too
 * wide in English). In English text they are drawn in this Latin face instead.
 */
export const LATIN_PUNCTUATION = '‘’“”…';
export const LATIN_PUNCTUATION_FAMILY = 'DejaVu Sans';
export const LATIN_PUNCTUATION_FILES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
];
