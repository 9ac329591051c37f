/**
 * Serves the built site (dist/) on localhost, with the headers from dist/_headers and
 * gzip for text, as a static host would. Usage: node scripts/serve.ts [--port 4321] [--dir dist]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule } from './lib/headers-file.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    dir: { type: 'string', default: 'dist' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const root = resolve(values.dir);
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

async function loadRules(): Promise<HeaderRule[]> {
  try {
    return parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Maps a URL path to a file in dist/, never outside it; directories serve index.html. */
async function resolveFile(pathname: string): Promise<string | undefined> {
  const file = normalize(join(root, decodeURIComponent(pathname)));
  if (!file.startsWith(root)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) {
    const index = join(file, 'index.html');
    if ((await stat(index).catch(() => undefined))?.isFile()) return index;
  }
  return undefined;
}

/** Text formats are sent gzip-compressed to clients that accept it, as static hosts do. */
const compressible = /^(?:text\/|application\/(?:json|xml)|image\/svg)/;
const gzipped = new Map<string, Buffer>();

function encode(file: string, type: string, body: Buffer, acceptEncoding: string | undefined) {
  if (!compressible.test(type) || body.length < 1024 || !/\bgzip\b/.test(acceptEncoding ?? '')) return { body, headers: {} };
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
  return { body: gzipped.get(file)!, headers: { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } };
}

const rules = await loadRules();
const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  try {
    // Directory URLs without a trailing slash redirect, as static hosts do.
    if (!url.pathname.endsWith('/') && !extname(url.pathname) && (await resolveFile(url.pathname + '/'))) {
      response.writeHead(301, { Location: url.pathname + '/' + url.search }).end();
      return;
    }
    const file = await resolveFile(url.pathname);
    const status = file ? 200 : 404;
    const raw = file ? await readFile(file) : await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
    const type = file ? (types[extname(file)] ?? 'application/octet-stream') : 'text/html; charset=utf-8';
    const { body, headers } = encode(file ?? '404', type, raw, request.headers['accept-encoding']);
    response.writeHead(status, { 'Content-Type': type, ...headers, ...headersFor(rules, url.pathname) });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch (error) {
    response.writeHead(500, { 'Content-Type': 'text/plain' }).end('Server error');
    console.error(error);
  }
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${values.dir}/ at http://localhost:${values.port}/`);
});
