/**
 * /embed.js — the script a host page includes (once or more) next to our iframes. It sets
 * each of our iframes' heights from the embed page's resize message. The site's origin is the
 * one /embed.js itself was loaded from. A message is used only
 * if it comes from the site's own origin, from the window of one of our iframes on the page
 * (found afresh for each message, so iframes added later work too), has exactly the shape
 * in protocol.ts, and names the chart that iframe shows. Only its height is used.
 *
 * Since the script may run after an embed page has already reported its height, it starts
 * by asking each of our iframes (and no other page: the target origin is ours) to report again.
 */
import { helloMessage, parseResizeMessage } from './protocol.ts';
import { EMBED_PATH } from './urls.ts';

/** The chart id an iframe shows, if its src is an embed page of `origin`. */
export function chartOfFrame(iframe: HTMLIFrameElement, origin: string): string | undefined {
  let url: URL;
  try {
    url = new URL(iframe.src);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  return EMBED_PATH.exec(url.pathname)?.[1];
}

/**
 * The origin an /embed.js <script> element was loaded from (http or https only), or undefined
 * when the script cannot tell: `document.currentScript` is null in a module or a callback.
 */
export function siteOriginOfScript(script: unknown): string | undefined {
  const src = (script as { src?: unknown } | null)?.src;
  if (typeof src !== 'string' || src === '') return undefined;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Where the loader marks that it is installed, so a second copy does nothing. */
const INSTALLED = Symbol.for('kaimen.embed');

export function installEmbedLoader(win: Window, origin: string): void {
  const marked = win as unknown as Record<symbol, boolean>;
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;

  win.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== origin || event.source === null) return;
    const message = parseResizeMessage(event.data);
    if (!message) return;
    for (const iframe of win.document.querySelectorAll('iframe')) {
      if (iframe.contentWindow !== event.source) continue;
      if (chartOfFrame(iframe, origin) === message.chart) iframe.style.height = `${message.height}px`;
      return;
    }
  });

  for (const iframe of win.document.querySelectorAll('iframe')) {
    if (chartOfFrame(iframe, origin)) iframe.contentWindow?.postMessage(helloMessage(), origin);
  }
}
