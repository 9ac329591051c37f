/**
 * scripts/serve.ts against hostile requests: a temp dist/ with a sibling folder dist-x/ whose
 * file must never be served, malformed request lines over raw sockets, redirects that must
 * stay on the site, and methods other than GET/HEAD. Loopback only, every wait bounded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SECRET = 'secret-from-dist-x';
let dir: string;
let server: ChildProcess;
let origin: string;
let port: number;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Sends raw bytes and returns what came back before the server closed or `wait` ms passed. */
function raw(bytes: string | Buffer, wait = 2000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('latin1'));
    };
    const timer = setTimeout(done, wait);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', done);
    socket.on('error', done);
    socket.on('connect', () => socket.write(bytes));
  });
}

/** One GET over a raw socket (the path exactly as given), with its status and headers. */
async function rawGet(path: string) {
  const answer = await raw(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

async function stillAnswers() {
  const response = await fetch(`${origin}/`);
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('home page');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kaimen-serve-'));
  const dist = join(dir, 'dist');
  for (const folder of ['en/about', 'embed/a', '_astro']) mkdirSync(join(dist, folder), { recursive: true });
  mkdirSync(join(dir, 'dist-x'));
  writeFileSync(join(dir, 'dist-x', 'secret.txt'), SECRET);
  writeFileSync(join(dir, 'dist-x', 'index.html'), SECRET);
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>home</title><p>home page');
  writeFileSync(join(dist, 'en', 'about', 'index.html'), '<!doctype html><title>about</title><p>about page');
  writeFileSync(join(dist, 'embed', 'a', 'index.html'), '<!doctype html><title>embed</title><p>embed page');
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>404</title><p>zh not found');
  writeFileSync(join(dist, 'en', '404.html'), '<!doctype html><title>404</title><p>en not found');
  writeFileSync(join(dist, '_astro', 'app.abc123.js'), `console.log(${JSON.stringify('x'.repeat(2000))});`);
  writeFileSync(join(dist, '_headers'), [
    '/*', "  Content-Security-Policy: frame-ancestors 'self'", '  Cache-Control: public, max-age=0, must-revalidate',
    '/embed/*', '  ! Content-Security-Policy', '  Content-Security-Policy: frame-ancestors *',
    '/_astro/*', '  ! Cache-Control', '  Cache-Control: public, max-age=31536000, immutable', '',
  ].join('\n'));

  port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(port), '--dir', dist], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('scripts/serve.ts did not start within 10 s')), 10_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => reject(new Error(`scripts/serve.ts exited with ${code}`)));
  });
}, 15_000);

afterAll(() => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/serve.ts', () => {
  it('serves pages with the headers of dist/_headers, read as Cloudflare Pages does', async () => {
    const home = await fetch(`${origin}/`);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(home.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    const embed = await fetch(`${origin}/embed/a/`);
    expect(embed.headers.get('content-security-policy')).toBe('frame-ancestors *');
    const asset = await fetch(`${origin}/_astro/app.abc123.js`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(await asset.text()).toContain('xxxx');
  });

  it('sends text as brotli or gzip, as the client accepts, with a validator per encoding', async () => {
    const page = '<!doctype html><title>about</title><p>about page';
    const get = (headers: Record<string, string>) => fetch(`${origin}/en/about/`, { headers });
    const br = await get({ 'Accept-Encoding': 'gzip, br' });
    expect([br.status, br.headers.get('content-encoding'), br.headers.get('vary'), await br.text()]).toEqual([200, 'br', 'Accept-Encoding', page]);
    const gzip = await get({ 'Accept-Encoding': 'gzip' });
    expect([gzip.headers.get('content-encoding'), await gzip.text()]).toEqual(['gzip', page]);
    expect(gzip.headers.get('etag')).not.toBe(br.headers.get('etag'));
    expect((await get({ 'Accept-Encoding': 'gzip', 'If-None-Match': gzip.headers.get('etag')! })).status).toBe(304);
    const plain = await get({ 'Accept-Encoding': 'identity' });
    expect([plain.status, plain.headers.get('content-encoding'), await plain.text()]).toEqual([200, null, page]);
  });

  it.each([
    '/..%2fdist-x/secret.txt',
    '/..%2Fdist-x/secret.txt',
    '/%2e%2e/dist-x/secret.txt',
    '/%2E%2E%2Fdist-x%2Fsecret.txt',
    '/..%5cdist-x/secret.txt',
    '/../dist-x/secret.txt',
    '/en/../../dist-x/secret.txt',
    '/%2e%2e%2f%2e%2e%2fdist-x/secret.txt',
    '/..%2fdist-x/',
    '/..%2fdist-x',
    '/%2e%2e/dist-x',
    '/.%2e/dist-x/secret.txt',
    '/%252e%252e/dist-x/secret.txt',
    '/_headers',
  ])('answers 404 for %s and never reads the sibling folder', async (path) => {
    const response = await rawGet(path);
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('zh not found');
    expect(response.body).not.toContain(SECRET);
  });

  it('answers a missing path with the nearest 404.html, with status 404', async () => {
    const zh = await fetch(`${origin}/nothing/here/`);
    expect([zh.status, zh.headers.get('content-type')]).toEqual([404, 'text/html; charset=utf-8']);
    expect(await zh.text()).toContain('zh not found');
    const en = await fetch(`${origin}/en/nothing/`);
    expect(en.status).toBe(404);
    expect(await en.text()).toContain('en not found');
  });

  it('redirects a folder without its slash to the same site only', async () => {
    expect((await rawGet('/en/about')).headers.location).toBe('/en/about/');
    expect((await rawGet('/en/about?x=1')).headers.location).toBe('/en/about/?x=1');
    for (const path of ['/.//evil.example/%2e%2e%2fen/about', '//evil.example/%2e%2e/en/about', '/%2fevil.example/..%2fen/about', '/%5cevil.example/%2e%2e/en/about', '//evil.example']) {
      const { status, headers } = await rawGet(path);
      expect(status, path).toBeGreaterThanOrEqual(300);
      if (headers.location !== undefined) expect(headers.location, path).toMatch(/^\/[^/\\]/);
    }
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT_ME'])('refuses %s with 405 and Allow', async (method) => {
    const answer = await raw(`${method} / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
    const status = Number(answer.split(' ')[1]);
    // Node's parser answers 400 itself for a method it does not know.
    expect(status, answer.slice(0, 80)).toBe(method === 'CONNECT_ME' ? 400 : 405);
    if (status === 405) expect(answer).toMatch(/\r\nAllow: GET, HEAD\r\n/i);
    expect(answer).not.toContain('home page');
  });

  it('answers HEAD with the headers and no body', async () => {
    const answer = await raw('HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).not.toContain('home page');
  });

  const longPath = `/${'a'.repeat(70_000)}`;
  it.each([
    ['//[', 'GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['a bare %', 'GET /% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['a bad %-escape', 'GET /%zz%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['an encoded NUL', 'GET /index.html%00.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['a raw NUL', 'GET /\0 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['an over-long URL', `GET ${longPath} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`],
    ['an absolute URL', 'GET http://evil.example/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['an asterisk', 'GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['an empty target', 'GET  HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['garbage', '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 not http at all\r\n\r\n'],
    ['binary noise', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
    ['a header without a colon', 'GET / HTTP/1.1\r\nHost x\r\n\r\n'],
    ['a huge header', `GET / HTTP/1.1\r\nHost: x\r\nX: ${'b'.repeat(70_000)}\r\n\r\n`],
    ['a truncated request', 'GET / HTT'],
    ['only line breaks', '\r\n\r\n\r\n'],
  ])('survives %s and still answers', async (_, bytes) => {
    const answer = await raw(bytes, 500);
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
    // Either no answer (a truncated request), or a refusal; never a page nor a server error.
    expect(status === 0 || (status >= 400 && status < 500), answer.slice(0, 120)).toBe(true);
    expect(answer).not.toContain(SECRET);
    await stillAnswers();
  });
});
