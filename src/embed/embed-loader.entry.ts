/**
 * Entry of the /embed.js bundle (src/pages/embed.js.ts): installs the loader for the origin
 * this script was loaded from, read at run time, so a preview deploy, a mirror or a build
 * made without SITE_URL sizes its own embeds.
 */
import { installEmbedLoader, siteOriginOfScript } from './embed-loader.ts';

const origin = siteOriginOfScript(document.currentScript);
if (origin) installEmbedLoader(window, origin);
