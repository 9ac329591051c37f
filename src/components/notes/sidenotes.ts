/**
 * Progressive enhancement for the margin notes (SidenoteNotes.astro). Without scripts every note
 * is visible: beside its paragraph on wide screens, after it on small ones.
 *
 * - Small screens: each marker becomes a disclosure button (aria-expanded) that shows its note
 *   under the paragraph. The notes start folded so the article reads without interruption: CSS
 *   folds them when scripts run (`scripting: enabled`), from the first paint, not this script.
 * - Wide screens: each note is moved level with its marker, then nudged down just enough not to
 *   overlap the note above or anything else in the margin column (wide charts…).
 * - Hovering or focusing a note highlights the passage it belongs to, and vice versa.
 */

const wide = window.matchMedia('screen and (min-width: 75rem)');
const GAP = 12;
const body = document.querySelector<HTMLElement>('[data-story-body]');
const groups = [...document.querySelectorAll<HTMLElement>('[data-sidenotes]')];

interface Note {
  id: string;
  aside: HTMLElement;
  anchor: HTMLElement | null;
  marker: HTMLButtonElement;
}

function upgradeMarker(link: HTMLAnchorElement, aside: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = link.className;
  button.id = link.id;
  button.dataset.sidenoteRef = link.dataset.sidenoteRef;
  button.dataset.n = link.dataset.n;
  button.setAttribute('aria-label', link.getAttribute('aria-label') ?? '');
  button.setAttribute('aria-controls', aside.id);
  link.replaceWith(button);
  return button;
}

const notes: Note[] = [];
for (const group of groups) {
  for (const aside of group.querySelectorAll<HTMLElement>('[data-sidenote]')) {
    const id = aside.dataset.sidenote!;
    const link = document.querySelector<HTMLAnchorElement>(`a[data-sidenote-ref="${CSS.escape(id)}"]`);
    if (!link) continue;
    const marker = upgradeMarker(link, aside);
    const anchor = document.querySelector<HTMLElement>(`[data-sidenote-anchor="${CSS.escape(id)}"]`);
    notes.push({ id, aside, anchor, marker });
  }
}

function setOpen(note: Note, open: boolean) {
  note.aside.toggleAttribute('data-open', open);
  if (!wide.matches) note.marker.setAttribute('aria-expanded', String(open));
}

function highlight(note: Note, on: boolean) {
  note.anchor?.toggleAttribute('data-active', on);
  note.aside.toggleAttribute('data-active', on);
}

for (const note of notes) {
  note.marker.addEventListener('click', () => {
    if (wide.matches) {
      highlight(note, true);
      note.aside.focus({ preventScroll: true });
      window.setTimeout(() => highlight(note, false), 1600);
    } else {
      setOpen(note, !note.aside.hasAttribute('data-open'));
    }
  });
  for (const element of [note.aside, note.marker]) {
    element.addEventListener('mouseenter', () => highlight(note, true));
    element.addEventListener('mouseleave', () => highlight(note, false));
    element.addEventListener('focusin', () => highlight(note, true));
    element.addEventListener('focusout', () => highlight(note, false));
  }
}

/** A note reached by a link (#sn-…, e.g. from the source list) opens on small screens. */
function openTarget() {
  const note = notes.find((n) => `#${n.aside.id}` === decodeURIComponent(location.hash));
  if (!note || wide.matches || note.aside.hasAttribute('data-open')) return;
  setOpen(note, true);
  note.aside.scrollIntoView({ block: 'start' });
}

const pageTop = (rect: DOMRect) => rect.top + window.scrollY;

/**
 * Wide screens: move each note level with its marker, never over another note or a wide block.
 * The CSS layout (which is also the no-JS one) stays in place; notes are only translated, so
 * placing them causes no layout shift.
 */
function layout() {
  if (!body) return;
  body.style.paddingBottom = '';
  if (!wide.matches) {
    for (const note of notes) note.aside.style.transform = '';
    return;
  }
  const column = groups[0]?.getBoundingClientRect();
  if (!column) return;
  // Anything else in the story that reaches into the margin column.
  const obstacles = [...body.children]
    .filter((el) => !el.matches('[data-sidenotes], [popover]'))
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.height > 0 && r.right > column.left && r.left < column.right)
    .map((r) => ({ top: pageTop(r), bottom: pageTop(r) + r.height }));
  // Where each note sits in the CSS layout, before any translation.
  for (const note of notes) note.aside.style.transform = '';
  const natural = notes.map((note) => pageTop(note.aside.getBoundingClientRect()));
  let bottom = -Infinity;
  notes.forEach((note, i) => {
    const line = note.marker.getBoundingClientRect();
    const height = note.aside.getBoundingClientRect().height;
    let top = Math.max(pageTop(line), bottom + GAP);
    for (const o of obstacles) {
      if (top < o.bottom + GAP && top + height > o.top - GAP) top = o.bottom + GAP;
    }
    note.aside.style.transform = `translateY(${Math.round(top - natural[i]!)}px)`;
    bottom = top + height;
  });
  const bodyBottom = pageTop(body.getBoundingClientRect()) + body.getBoundingClientRect().height;
  if (bottom > bodyBottom) body.style.paddingBottom = `${Math.ceil(bottom - bodyBottom)}px`;
}

function sync() {
  for (const note of notes) {
    if (wide.matches) note.marker.removeAttribute('aria-expanded');
    else note.marker.setAttribute('aria-expanded', String(note.aside.hasAttribute('data-open')));
  }
  layout();
}

let frame = 0;
const relayout = () => {
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(layout);
};

sync();
openTarget();
wide.addEventListener('change', sync);
window.addEventListener('hashchange', openTarget);
if (body) new ResizeObserver(relayout).observe(body);
document.fonts?.ready.then(relayout);

export {};
