/**
 * Scrollytelling for the timeline, by IntersectionObserver only (no scroll listeners, no
 * scroll hijacking). The step that crosses a reading line at 60% of the viewport becomes active:
 * it gets aria-current="step", and the graphic gets data-active="<id>"; the event's marks
 * (one per art-board), its note and the series it is about (`data-emphasis` on its mark) get
 * `.is-active`. The graphic's CSS does the rest.
 *
 * The notes (date, kind and title of the active event, over the graphic) are written here from
 * the steps, which carry the same text: without scripting no note but the overview is shown, so
 * the page does not send them twice.
 */

/** The graphic's note for a step: `2013年8月1日 · 屏蔽` and the title, as in the step. */
function noteOf(step: HTMLElement): HTMLElement {
  const span = (className: string, text: string) => Object.assign(document.createElement('span'), { className, textContent: text });
  const note = document.createElement('p');
  note.className = 'note';
  note.dataset.note = step.dataset.step;
  note.dataset.category = step.dataset.category;
  const when = step.querySelector('time')?.textContent ?? '';
  const kind = step.querySelector('.category')?.textContent ?? '';
  note.append(span('note-meta', `${when} · ${kind}`), ' ', span('note-title', step.querySelector('h3')?.textContent ?? ''));
  return note;
}

export function initScrolly(section: HTMLElement): () => void {
  const graphic = section.querySelector<HTMLElement>('[data-scrolly-graphic]');
  const steps = section.querySelectorAll<HTMLElement>('[data-step]');
  if (!graphic || steps.length === 0 || !('IntersectionObserver' in window)) return () => {};
  graphic.querySelector('.notes')?.append(...[...steps].map(noteOf));
  const all = (attribute: string, id: string) => graphic.querySelectorAll<HTMLElement | SVGElement>(`[${attribute}="${CSS.escape(id)}"]`);
  let current: HTMLElement | undefined;

  const activate = (step: HTMLElement) => {
    const id = step.dataset.step;
    if (step === current || !id) return;
    current?.removeAttribute('aria-current');
    for (const el of graphic.querySelectorAll('.is-active')) el.classList.remove('is-active');
    current = step;
    step.setAttribute('aria-current', 'step');
    graphic.dataset.active = id;
    const series = new Set<string>();
    for (const mark of all('data-event', id)) {
      mark.classList.add('is-active');
      for (const name of mark.dataset.emphasis?.split(' ') ?? []) series.add(name);
    }
    for (const name of series) for (const el of all('data-series', name)) el.classList.add('is-active');
    graphic.classList.toggle('has-emphasis', series.size > 0);
    for (const note of all('data-note', id)) note.classList.add('is-active');
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) activate(entry.target as HTMLElement);
    },
    { rootMargin: '-60% 0px -40% 0px' },
  );
  for (const step of steps) observer.observe(step);
  return () => observer.disconnect();
}
