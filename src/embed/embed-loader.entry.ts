/** Entry of the /embed.js bundle (src/pages/embed.js.ts): installs the loader for our origin. */
import { installEmbedLoader } from './embed-loader.ts';

/** The site's origin, set when the bundle is built. */
declare const __KAIMEN_ORIGIN__: string;

installEmbedLoader(window, __KAIMEN_ORIGIN__);
