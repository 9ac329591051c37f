/**
 * A stand-in for a news site that embeds our charts, on another origin than the site under
 * test. It writes the embed snippets with the real builder (src/embed/snippet.ts).
 *
 *   node tests/e2e/support/host-server.ts --port 4362 --site http://localhost:4361
 *
 *   /host/?chart=<id>&chart=<id>[&locale=en][&oembed][&noscript][&decoy]
 *     a page with one snippet per chart (each with its own copy of the /embed.js tag), with a
 *     400 px initial height; `oembed` takes each snippet from the site's oEmbed response
 *     instead, as a CMS would (so with the site's own initial height); `noscript` drops the
 *     script tags, `decoy` adds an iframe of the site that is not an embed.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { embedSnippet } from '../../../src/embed/snippet.ts';
import { oembedPath } from '../../../src/embed/urls.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4322' },
    host: { type: 'string', default: '127.0.0.1' },
    site: { type: 'string', default: process.env.SITE_URL ?? 'http://localhost:4321' },
  },
});
const site = new URL(values.site);

async function oembedHtml(locale: 'en' | 'zh-CN', chart: string): Promise<string> {
  const response = await fetch(new URL(`${oembedPath(locale, chart)}`, site));
  if (!response.ok) throw new Error(`oEmbed for ${chart}: HTTP ${response.status}`);
  return ((await response.json()) as { html: string }).html;
}

async function hostPage(params: URLSearchParams): Promise<string> {
  const locale = params.get('locale') === 'en' ? 'en' : 'zh-CN';
  const snippets = await Promise.all(params.getAll('chart').map(async (chart, index) => {
    const html = params.has('oembed')
      ? await oembedHtml(locale, chart)
      : embedSnippet({ site, locale, chart, title: `Test chart ${index + 1}`, height: 400 });
    const snippet = params.has('noscript') ? html.replace(/<script[^>]*><\/script>/, '') : html;
    return `<p>Paragraph before chart ${index + 1}, as a host would write it.</p>\n${snippet}`;
  }));
  const decoy = params.has('decoy') ? `<iframe id="decoy" title="Not an embed" src="${new URL('/favicon.svg', site).href}" height="60"></iframe>` : '';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title></head>
<body style="margin:0;padding:0 8px;font:16px/1.5 sans-serif">
<h1>A host page on another origin</h1>
${snippets.join('\n')}
${decoy}
<p>The end of the host's article.</p>
</body>
</html>`;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://host');
  if (url.pathname !== '/host/') {
    response.writeHead(url.pathname === '/' ? 200 : 404, { 'Content-Type': 'text/plain' }).end('host page: /host/?chart=<id>');
    return;
  }
  try {
    const html = await hostPage(url.searchParams);
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  } catch (error) {
    response.writeHead(400, { 'Content-Type': 'text/plain' }).end(String(error));
  }
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Host page at http://${values.host}:${values.port}/host/ embedding ${site.origin}`);
});
