/**
 * Places each term's definition (a `[popover]`, opened by the Popover API without any script)
 * just below its term, or above it when there is no room, and keeps it there while the page
 * scrolls. Without this script the browser shows the popover centred in the viewport.
 */

const GAP = 6;
const MARGIN = 8;

function invokerOf(popover: HTMLElement): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[popovertarget="${CSS.escape(popover.id)}"]:not([popovertargetaction="hide"])`);
}

function place(popover: HTMLElement, invoker: HTMLElement) {
  // The last line box of the term: a term broken across lines points from where it ends.
  const boxes = invoker.getClientRects();
  const box = boxes[boxes.length - 1] ?? invoker.getBoundingClientRect();
  popover.setAttribute('data-anchored', '');
  const { width, height } = popover.getBoundingClientRect();
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = window.innerHeight;
  const left = Math.min(Math.max(MARGIN, box.left), Math.max(MARGIN, viewportWidth - width - MARGIN));
  const below = box.bottom + GAP;
  const above = box.top - GAP - height;
  const top = below + height <= viewportHeight - MARGIN || above < MARGIN ? below : above;
  popover.style.left = `${Math.round(left)}px`;
  popover.style.top = `${Math.round(Math.max(MARGIN, top))}px`;
}

for (const popover of document.querySelectorAll<HTMLElement>('[data-term-popover]')) {
  const invoker = invokerOf(popover);
  if (!invoker) continue;
  let frame = 0;
  const follow = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => place(popover, invoker));
  };
  popover.addEventListener('toggle', (event) => {
    const open = (event as ToggleEvent).newState === 'open';
    invoker.toggleAttribute('data-open', open);
    if (open) {
      place(popover, invoker);
      window.addEventListener('scroll', follow, { passive: true });
      window.addEventListener('resize', follow, { passive: true });
    } else {
      window.removeEventListener('scroll', follow);
      window.removeEventListener('resize', follow);
    }
  });
}

export {};
