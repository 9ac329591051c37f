/**
 * Serves the built site (dist/) on localhost as a static host would: the files through sirv,
 * with the headers of dist/_headers read as Cloudflare Pages reads them, text compressed once
 * (brotli 11 or gzip 9, see lib/compressed-files.ts), the nearest 404.html for a missing path,
 * and a redirect from a folder's URL without its slash.
 *
 *   node scripts/serve.ts [--port 4321] [--dir dist] [--host 127.0.0.1]   (PORT also sets the port)
 *
 * Only GET and HEAD are answered (405 otherwise); a request target that is not a path, or
 * whose %-escapes do not decode, gets 400; nothing outside --dir is ever read.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './lib/headers-file.ts';
import { compressedFileCache, negotiateEncoding } from './lib/compressed-files.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    dir: { type: 'string', default: 'dist' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const root = resolve(values.dir);
const headersFile = join(root, '_headers');
const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

/** sirv's types, with a charset for text (our CSV and pages are UTF-8). */
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
};

/** Host configuration files, which hosts read but never serve. */
const hostFiles = new Set(['/_headers', '/_redirects']);

/** A file or folder inside root for a decoded URL path, or undefined if it would leave root. */
function inRoot(decodedPath: string): string | undefined {
  const file = join(root, decodedPath);
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

function isFile(path: string | undefined): path is string {
  return path !== undefined && existsSync(path) && statSync(path).isFile();
}

function sendText(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end(text);
}

/** The nearest 404.html above the path (as Cloudflare Pages picks it), else plain text. */
function sendNotFound(response: ServerResponse, pathname: string, decodedPath: string) {
  const segments = decodedPath.split('/').slice(1, -1);
  for (let depth = segments.length; depth >= 0; depth--) {
    const page = inRoot(join('/', ...segments.slice(0, depth), '404.html'));
    if (!isFile(page)) continue;
    response.writeHead(404, {
      ...headersFor(rules, pathname),
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    response.end(readFileSync(page));
    return;
  }
  sendText(response, 404, 'Not found', { ...headersFor(rules, pathname), 'Cache-Control': 'no-store' });
}

const compressed = compressedFileCache();

/** The file a URL path names, as sirv finds it (a folder's index.html, or the path plus .html). */
function fileFor(decodedPath: string): string | undefined {
  const candidates = decodedPath.endsWith('/') ? [join(decodedPath, 'index.html')] : [decodedPath, `${decodedPath}.html`];
  return candidates.map(inRoot).find(isFile);
}

/**
 * Answers with the file compressed, if it is text and the client takes brotli or gzip; returns
 * false to leave everything else to sirv (which also answers Range requests on the raw file).
 */
function sendCompressed(request: IncomingMessage, response: ServerResponse, pathname: string, decodedPath: string): boolean {
  const file = fileFor(decodedPath);
  const type = file && types[extname(file)];
  const encoding = negotiateEncoding(request.headers['accept-encoding']);
  if (!file || !type || !encoding) return false;
  const { body, version } = compressed(file, encoding);
  const etag = `W/"${version}-${encoding}"`;
  const headers = { 'Content-Type': type, ...headersFor(rules, pathname), ETag: etag, Vary: 'Accept-Encoding' };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers).end();
    return true;
  }
  response.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': body.length });
  response.end(request.method === 'HEAD' ? undefined : body);
  return true;
}

function handle(request: IncomingMessage, response: ServerResponse) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const target = request.url ?? '';
  const pathname = target.split('?')[0]!;
  let decodedPath: string | undefined;
  try {
    decodedPath = decodeURIComponent(pathname);
  } catch {
    // A malformed %-escape: decodedPath stays undefined.
  }
  if (!pathname.startsWith('/') || decodedPath === undefined) {
    sendText(response, 400, 'Bad request');
    return;
  }
  if (decodedPath.includes('\0') || hostFiles.has(decodedPath)) {
    sendNotFound(response, pathname, '/');
    return;
  }

  // A folder's URL without the trailing slash redirects, as static hosts do. The Location is
  // rebuilt from the folder found inside root, so it is always a path on this site.
  const folder = pathname.endsWith('/') || extname(decodedPath) ? undefined : inRoot(decodedPath);
  if (folder && folder !== root && isFile(join(folder, 'index.html'))) {
    const path = relative(root, folder).split(sep).map(encodeURIComponent).join('/');
    const search = target.slice(pathname.length);
    response.writeHead(301, { Location: `/${path}/${search}` }).end();
    return;
  }

  if (sendCompressed(request, response, pathname, decodedPath)) return;
  serveFile(request, response, () => sendNotFound(response, pathname, decodedPath));
}

const serveFile = sirv(root, {
  dev: true, // look each file up on disk, so a rebuild is served without a restart
  etag: true,
  extensions: ['html'],
  setHeaders(response, pathname) {
    const type = types[extname(pathname)] ?? (pathname.endsWith('/') ? types['.html'] : undefined);
    if (type) response.setHeader('Content-Type', type);
    for (const [name, value] of Object.entries(headersFor(rules, pathname))) response.setHeader(name, value);
  },
});

const server = createServer((request, response) => {
  try {
    handle(request, response);
  } catch (error) {
    console.error(error);
    if (!response.headersSent) sendText(response, 500, 'Server error');
    else response.destroy();
  }
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${values.dir}/ at http://localhost:${values.port}/`);
});
