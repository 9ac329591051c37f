/**
 * SVG → PNG at build time with resvg, with a CJK font so Chinese renders (never tofu).
 * Fonts: Noto Sans Hans from the @embedpdf/fonts-sc package (installed with the project), else
 * Debian's Noto Sans CJK (fonts-noto-cjk); with neither, the build stops and says why.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const SYSTEM_FONTS = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'];

/** The CJK font files the renderer loads (regular first), or throws one clear sentence. */
export function cjkFontFiles(): string[] {
  try {
    const dir = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc/package.json')), 'fonts');
    const files = ['NotoSansHans-Regular.otf', 'NotoSansHans-Bold.otf'].map((name) => join(dir, name));
    if (files.every((file) => existsSync(file))) return files;
  } catch {
    // Not installed: fall back to the system's fonts.
  }
  const system = SYSTEM_FONTS.filter((file) => existsSync(file));
  if (system.length) return system;
  throw new Error(
    'No CJK font found for the PNG exports: run `npm install` (it installs @embedpdf/fonts-sc), or install Noto Sans CJK (Debian/Ubuntu: apt-get install fonts-noto-cjk).',
  );
}

/** Renders SVG markup to a PNG `width` pixels wide (height follows the SVG's aspect ratio). */
export function svgToPng(svg: string, { width }: { width: number }): Buffer {
  const fontFiles = cjkFontFiles();
  const family = fontFiles[0]!.includes('Hans') ? 'Noto Sans Hans' : 'Noto Sans CJK SC';
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width) },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: family, sansSerifFamily: family },
    background: 'rgba(255, 255, 255, 1)',
  });
  return resvg.render().asPng();
}
