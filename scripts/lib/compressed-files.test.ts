import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { compressedFileCache, negotiateEncoding } from './compressed-files.ts';

describe('negotiateEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['BR;q=0.5', 'br'],
    ['gzip;q=0', undefined],
    ['identity', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (header, expected) => expect(negotiateEncoding(header)).toBe(expected));
});

describe('compressedFileCache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kaimen-compressed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the compressed bytes of the file as it is now, recompressing after a change', () => {
    const file = join(dir, 'page.html');
    const compressed = compressedFileCache();
    writeFileSync(file, '<p>first</p>'.repeat(100));
    expect(brotliDecompressSync(compressed(file, 'br').body).toString()).toBe('<p>first</p>'.repeat(100));
    expect(gunzipSync(compressed(file, 'gzip').body).toString()).toBe('<p>first</p>'.repeat(100));
    writeFileSync(file, '<p>second, longer</p>'.repeat(100));
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(brotliDecompressSync(compressed(file, 'br').body).toString()).toBe('<p>second, longer</p>'.repeat(100));
  });
});
