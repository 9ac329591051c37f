/**
 * What a page weighs: loads it in Chromium, records every response until the network is
 * idle, and sums the bytes by kind, raw and gzip-compressed (as a static host sends text).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import type { Bytes } from './bench-report.ts';

export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  requests: number;
  transfer: Bytes;
}

const sizes = (body: Buffer | string): Bytes => {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
};
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const none: Bytes = { raw: 0, gzip: 0 };
/** Formats a static host compresses; images and fonts go as they are. */
const compressible = /^(?:text\/|application\/(?:javascript|json|xml|manifest)|image\/svg)/;

/** Inline `<script>` bodies that run (not JSON or JSON-LD data blocks), and inline `<style>` bodies. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b(?![^>]*\bsrc\s*=)([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => {
      const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes!)?.[1]?.toLowerCase();
      return !type || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
    })
    .map(([, , body]) => body!)
    .filter((body) => body.trim() !== '');
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body]) => body!);
  return { scripts, styles };
}

export async function measurePage(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const responses: { type: string; contentType: string; body: Promise<Buffer | undefined> }[] = [];
  page.on('response', (response) => {
    responses.push({
      type: response.request().resourceType(),
      contentType: response.headers()['content-type'] ?? '',
      body: response.body().catch(() => undefined),
    });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Late requests (the favicon, lazy content) can follow the first quiet moment: give them time.
  await page.waitForTimeout(1000);
  const weight: PageWeight = { html: none, css: none, js: none, requests: responses.length, transfer: none };
  for (const response of responses) {
    const body = (await response.body) ?? Buffer.alloc(0);
    const bytes = sizes(body);
    weight.transfer = add(weight.transfer, compressible.test(response.contentType) ? bytes : { raw: bytes.raw, gzip: bytes.raw });
    if (response.type === 'document') {
      weight.html = add(weight.html, bytes);
      const inline = inlineCode(body.toString('utf8'));
      for (const script of inline.scripts) weight.js = add(weight.js, sizes(script));
      for (const style of inline.styles) weight.css = add(weight.css, sizes(style));
    }
    if (response.type === 'script') weight.js = add(weight.js, bytes);
    if (response.type === 'stylesheet') weight.css = add(weight.css, bytes);
  }
  await context.close();
  return weight;
}
