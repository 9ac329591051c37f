/**
 * Cuts a font down to the characters one image draws (HarfBuzz's subsetter, as WebAssembly).
 *
 * Why: resvg re-reads a font file for every <text> element, and the CJK fonts are 8–19 MB each, so
 * a chart with twenty labels took over a second to rasterise. A subset of the few hundred
 * characters in the image is a few kilobytes and renders in milliseconds. The source font is
 * parsed once (and preprocessed for repeated subsetting); each image then costs one subset.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface HarfBuzzSubset {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_preprocess(face: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;

let harfbuzz: HarfBuzzSubset | undefined;

function loadHarfBuzz(): HarfBuzzSubset {
  if (!harfbuzz) {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm), {});
    harfbuzz = instance.exports as unknown as HarfBuzzSubset;
    harfbuzz._initialize();
  }
  return harfbuzz;
}

/** A function that returns the font cut down to the given characters (always keeping .notdef). */
export type FontSubsetter = (text: string) => Buffer;

/**
 * The index of the face named `family` in an OpenType file or collection (.ttc), read from the
 * name table (family, nameID 1, or typographic family, nameID 16); -1 when none is.
 */
export function fontFaceIndex(font: Uint8Array, family: string): number {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tag = (offset: number) => String.fromCharCode(...font.subarray(offset, offset + 4));
  const faces = tag(0) === 'ttcf' ? Array.from({ length: view.getUint32(8) }, (_, i) => view.getUint32(12 + 4 * i)) : [0];
  return faces.findIndex((face) => {
    const tables = view.getUint16(face + 4);
    for (let t = 0; t < tables; t++) {
      const record = face + 12 + 16 * t;
      if (tag(record) !== 'name') continue;
      const name = view.getUint32(record + 8);
      const count = view.getUint16(name + 2);
      const strings = name + view.getUint16(name + 4);
      for (let r = 0; r < count; r++) {
        const entry = name + 6 + 12 * r;
        const [platform, nameId, length, offset] = [view.getUint16(entry), view.getUint16(entry + 6), view.getUint16(entry + 8), view.getUint16(entry + 10)];
        // Windows platform names are UTF-16BE.
        if (platform !== 3 || (nameId !== 1 && nameId !== 16)) continue;
        const units = Array.from({ length: length / 2 }, (_, i) => view.getUint16(strings + offset + 2 * i));
        if (String.fromCharCode(...units) === family) return true;
      }
    }
    return false;
  });
}

/**
 * Loads the face named `family` from `font` (an OpenType file or collection's bytes) once and
 * returns its subsetter; the subsets keep the family's name.
 */
export function createFontSubsetter(font: Uint8Array, family: string): FontSubsetter {
  const index = fontFaceIndex(font, family);
  if (index < 0) throw new Error(`No face named "${family}" in the font file`);
  const hb = loadHarfBuzz();
  const data = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, data);
  const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
  const source = hb.hb_face_create(blob, index);
  hb.hb_blob_destroy(blob);
  // The font's bytes and its preprocessed face are kept for the life of the process: the build
  // renders many images from the same font.
  const face = hb.hb_subset_preprocess(source);
  hb.hb_face_destroy(source);

  return (text) => {
    const input = hb.hb_subset_input_create_or_fail();
    if (!input) throw new Error('HarfBuzz could not allocate a subset input');
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const char of new Set(text)) hb.hb_set_add(unicodes, char.codePointAt(0)!);
    const subset = hb.hb_subset_or_fail(face, input);
    hb.hb_subset_input_destroy(input);
    if (!subset) throw new Error('HarfBuzz could not subset the font');
    const result = hb.hb_face_reference_blob(subset);
    const offset = hb.hb_blob_get_data(result, 0);
    // Copy out before the blob is freed (and before a later malloc can grow the memory).
    const bytes = Buffer.from(new Uint8Array(hb.memory.buffer, offset, hb.hb_blob_get_length(result)));
    hb.hb_blob_destroy(result);
    hb.hb_face_destroy(subset);
    return bytes;
  };
}
