/**
 * /embed.js — the host-side loader of the embed snippet (src/embed/embed-loader.ts), built
 * into one plain script for this site's origin.
 */
import type { APIRoute } from 'astro';
import { bundleEmbedScript } from '../embed/bundle.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('/embed.js needs `site` in astro.config.mjs (SITE_URL)');
  const script = await bundleEmbedScript('embed-loader.entry.ts', { __KAIMEN_ORIGIN__: site.origin });
  return new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
