/**
 * /embed.js — the host-side loader of the embed snippet (src/embed/embed-loader.ts), built
 * into one plain script. It reads the site's origin from its own URL when it runs.
 */
import type { APIRoute } from 'astro';
import { bundleEmbedScript } from '../embed/bundle.ts';

export const GET: APIRoute = async () => {
  const script = await bundleEmbedScript('embed-loader.entry.ts');
  return new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
