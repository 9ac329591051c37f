/**
 * Text files compressed once per version, as a static host serves them: brotli at its highest
 * quality (11, as hosts precompress static files) for clients that accept it, gzip 9 for the
 * others. Compressing on every request at a cheap level, as a dynamic server must, made the
 * story's HTML a fifth larger.
 */
import { readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** The encoding to send for an Accept-Encoding header: brotli if accepted, then gzip, else none. */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}

function compress(bytes: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      })
    : gzipSync(bytes, { level: 9 });
}

/** A file's compressed bytes and the version (size and modification time) they were made from. */
export interface CompressedFile {
  body: Buffer;
  version: string;
}

/** A file's compressed bytes, kept until the file changes (a rebuild is served without a restart). */
export function compressedFileCache() {
  const cache = new Map<string, CompressedFile>();
  return (file: string, encoding: Encoding): CompressedFile => {
    const { size, mtimeMs } = statSync(file);
    const version = `${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}`;
    const key = `${encoding}:${file}`;
    const hit = cache.get(key);
    if (hit?.version === version) return hit;
    const compressed = { body: compress(readFileSync(file), encoding), version };
    cache.set(key, compressed);
    return compressed;
  };
}
