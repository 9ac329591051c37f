/**
 * Scrollytelling for the timeline, by IntersectionObserver only (no scroll listeners, no
 * scroll hijacking). The step that crosses a reading line at 60% of the viewport becomes active:
 * it gets aria-current="step", and the graphic gets data-active="<id>" plus the pan/zoom of that
 * event (--tx, --k, precomputed at build time on its mark) and shows the event's note.
 */
export function initScrolly(section: HTMLElement): () => void {
  const graphic = section.querySelector<HTMLElement>('[data-scrolly-graphic]');
  const steps = section.querySelectorAll<HTMLElement>('[data-step]');
  if (!graphic || steps.length === 0 || !('IntersectionObserver' in window)) return () => {};
  const find = (attribute: string, id: string) => graphic.querySelector<HTMLElement | SVGElement>(`[${attribute}="${CSS.escape(id)}"]`);
  let current: HTMLElement | undefined;

  const activate = (step: HTMLElement) => {
    const id = step.dataset.step;
    if (step === current || !id) return;
    if (current) {
      current.removeAttribute('aria-current');
      for (const el of graphic.querySelectorAll('.is-active')) el.classList.remove('is-active');
    }
    current = step;
    step.setAttribute('aria-current', 'step');
    graphic.dataset.active = id;
    const mark = find('data-mark', id);
    if (mark) {
      graphic.style.setProperty('--tx', mark.dataset.tx ?? '0');
      graphic.style.setProperty('--k', mark.dataset.k ?? '1');
      mark.classList.add('is-active');
    }
    find('data-note', id)?.classList.add('is-active');
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
