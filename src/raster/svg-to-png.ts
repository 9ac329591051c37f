/**
 * SVG → PNG at build time with resvg, with a CJK font so Chinese renders (never tofu).
 * Fonts: Noto Sans CJK SC from Debian's fonts-noto-cjk (full CJK coverage; the social images are
 * laid out with its metrics), else Noto Sans Hans from the @embedpdf/fonts-sc package (GB 2312
 * coverage); with neither, the build stops and says why. Each image gets the fonts cut down to
 * its own characters (font-subset.ts): rendering with the whole 16 MB fonts took seconds.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { drawableText } from './drawable-text.ts';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { createFontSubsetter, type FontSubsetter } from './font-subset.ts';

export interface CjkFonts {
  family: string;
  /** Regular, then bold. */
  files: string[];
}

/** Debian's Noto Sans CJK (fonts-noto-cjk): the social images are laid out with its metrics. */
export const SYSTEM_CJK_FONTS: CjkFonts = {
  family: 'Noto Sans CJK SC',
  files: ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'],
};

function packageFonts(): CjkFonts | undefined {
  try {
    // The package exports only its code (dist/); its fonts sit beside that folder.
    const dir = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '..', 'fonts');
    return { family: 'Noto Sans Hans', files: ['NotoSansHans-Regular.otf', 'NotoSansHans-Bold.otf'].map((name) => join(dir, name)) };
  } catch {
    return undefined;
  }
}

/** The CJK fonts the renderer uses, or throws one clear sentence. */
export function cjkFonts(): CjkFonts {
  for (const fonts of [SYSTEM_CJK_FONTS, packageFonts()]) {
    if (fonts?.files.every((file) => existsSync(file))) return fonts;
  }
  throw new Error(
    'No CJK font found for the PNG exports: install Noto Sans CJK (Debian/Ubuntu: apt-get install fonts-noto-cjk), or run `npm install` (it installs @embedpdf/fonts-sc).',
  );
}

interface RasterFonts {
  family: string;
  subsetters: FontSubsetter[];
  /** Where this process writes each image's subset fonts (resvg reads font files fastest). */
  dir: string;
}

let rasterFonts: RasterFonts | undefined;

function loadRasterFonts(): RasterFonts {
  if (!rasterFonts) {
    const { family, files } = cjkFonts();
    const dir = mkdtempSync(join(tmpdir(), 'kaimen-fonts-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    rasterFonts = { family, subsetters: files.map((file) => createFontSubsetter(readFileSync(file), family)), dir };
  }
  return rasterFonts;
}

export interface PngOptions {
  /** Output width in pixels (height follows the SVG's aspect ratio). */
  width: number;
  /** Further fonts (small files, used whole), e.g. a Latin face for some punctuation. */
  extraFontFiles?: string[];
}

/** A PNG drawn at a multiple of its SVG's size, and that size (as resvg reads it). */
export interface ScaledPng {
  png: Buffer;
  width: number;
  height: number;
}

function rasteriser(markup: string, fitTo: ResvgRenderOptions['fitTo'], extraFontFiles: string[]): Resvg {
  const { family, subsetters, dir } = loadRasterFonts();
  // Emoji and right-to-left text would be empty boxes in the image's fonts: left out instead.
  const svg = drawableText(markup);
  // Every character of the markup is kept: a superset of the text the image draws.
  const fontFiles = subsetters.map((subset, index) => {
    const file = join(dir, `${index}.otf`);
    writeFileSync(file, subset(svg));
    return file;
  });
  return new Resvg(svg, {
    fitTo,
    font: { fontFiles: [...fontFiles, ...extraFontFiles], loadSystemFonts: false, defaultFontFamily: family, sansSerifFamily: family },
    background: 'rgba(255, 255, 255, 1)',
  });
}

/** Renders SVG markup to a PNG on white. */
export function svgToPng(markup: string, { width, extraFontFiles = [] }: PngOptions): Buffer {
  return rasteriser(markup, { mode: 'width', value: Math.round(width) }, extraFontFiles).render().asPng();
}

/** Renders SVG markup to a PNG on white at `scale` times its own size, and says that size. */
export function svgToScaledPng(markup: string, scale: number): ScaledPng {
  const resvg = rasteriser(markup, { mode: 'zoom', value: scale }, []);
  return { png: resvg.render().asPng(), width: resvg.width, height: resvg.height };
}
