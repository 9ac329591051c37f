/** /robots.txt: every page may be crawled; names the sitemap by its absolute URL (SITE_URL). */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('/robots.txt needs `site` in astro.config.mjs (SITE_URL)');
  const text = `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`;
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
