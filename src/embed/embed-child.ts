/**
 * The embed page's part of its script (src/enhance/page.ts), inside the host's iframe. It applies the URL's query
 * flags, then posts the page's height to the parent: at start, on load, when fonts are
 * ready, and whenever the content changes size (ResizeObserver). It sends nothing when the
 * height has not changed, except when the parent's /embed.js, started after the page, asks
 * for it again with a hello message (nothing else from the parent is listened to).
 */
import { applyFlags, parseFlags } from './flags.ts';
import { isChartId, isHelloMessage, resizeMessage } from './protocol.ts';

/** Marks the element whose height is the page's height; `data-embed-chart` names the chart. */
export const CONTENT_SELECTOR = '[data-embed-content]';

export function startEmbedChild(win: Window = window): void {
  const doc = win.document;
  const content = doc.querySelector<HTMLElement>(CONTENT_SELECTOR);
  // Not an embed page (the story loads this module too): no flags, no messages.
  if (!content) return;
  applyFlags(doc.documentElement, parseFlags(win.location.search));
  const chart = content.dataset['embedChart'];
  // Opened on its own, not in a frame: nothing to tell anyone.
  if (!isChartId(chart) || win.parent === win) return;

  let sent = 0;
  const send = () => {
    // The content is a flow-root child of a margin-less body: its box is the page's height.
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === sent || height <= 0) return;
    sent = height;
    win.parent.postMessage(resizeMessage(chart, height), '*');
  };

  send();
  new ResizeObserver(send).observe(content);
  win.addEventListener('message', (event) => {
    if (event.source !== win.parent || !isHelloMessage(event.data)) return;
    sent = 0;
    send();
  });
  win.addEventListener('load', send);
  doc.fonts?.ready.then(send, () => {});
}
