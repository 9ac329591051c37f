/**
 * Tooltips and a crosshair for the build-time chart SVGs: progressive enhancement, no library.
 * Mouse: hover the chart. Keyboard: focus the chart, arrow keys step through the values,
 * Home/End jump to the ends, Escape hides the tooltip. Without this script the chart, its
 * data table and its sources are all still there.
 */

interface Point {
  el: SVGElement;
  /** Where the tooltip points: x as a share of the SVG's width (its box is the plot, which stretches), y in px. */
  x: number;
  y: number;
  series: string;
  date: string;
  value: string;
  estimate: boolean;
}

type Axis = 'x' | 'y' | 'none';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A data-table row's cells: date, series, value (its first text, without the estimate tag). */
function rowText(row: HTMLTableRowElement | undefined) {
  const cells = row?.cells;
  return {
    date: cells?.[0]?.textContent ?? '',
    series: cells?.[1]?.textContent ?? '',
    value: cells?.[2]?.firstChild?.textContent ?? '',
    estimate: row?.dataset.estimate === 'true',
  };
}

/**
 * Points of one SVG, grouped by the axis the crosshair moves along (a group = one date or one
 * bar). Positions come from the marks as drawn; text from the data table (row n = mark n).
 */
function groups(svg: SVGSVGElement, rows: HTMLTableRowElement[], axis: Axis): Point[][] {
  const svgBox = svg.getBoundingClientRect();
  const points: Point[] = [...svg.querySelectorAll<SVGElement>('[data-point]')].map((el) => {
    const box = el.getBoundingClientRect();
    return {
      el,
      x: Math.round(((box.left + box.width / 2 - svgBox.left) / svgBox.width) * 1000) / 1000,
      y: Math.round(box.top + box.height / 2 - svgBox.top),
      ...rowText(rows[Number(el.dataset.point)]),
    };
  });
  if (axis === 'none') return points.sort((a, b) => a.x - b.x || a.y - b.y).map((p) => [p]);
  const key = (p: Point) => (axis === 'x' ? p.x : p.y);
  const byKey = new Map<number, Point[]>();
  for (const point of points) byKey.set(key(point), [...(byKey.get(key(point)) ?? []), point]);
  return [...byKey.entries()].sort((a, b) => a[0] - b[0]).map(([, group]) => group);
}

function enhance(wrapper: HTMLElement, estimateWord: string) {
  if (wrapper.dataset.enhanced) return;
  wrapper.dataset.enhanced = 'true';
  wrapper.tabIndex = 0;
  wrapper.setAttribute('role', 'group');
  wrapper.setAttribute('aria-label', wrapper.dataset.exploreLabel ?? '');

  const rows = [...(wrapper.closest('figure')?.querySelectorAll<HTMLTableRowElement>('.chart-table tbody tr') ?? [])];
  const tip = document.createElement('div');
  tip.className = 'chart-tooltip';
  tip.hidden = true;
  tip.setAttribute('role', 'status');
  wrapper.append(tip);

  let current = -1;
  let active: { svg: SVGSVGElement; line: SVGLineElement; groups: Point[][]; axis: Axis } | undefined;

  /** The SVG of the art-board the container query shows now (it may change on resize). */
  function visible() {
    const svg = [...wrapper.querySelectorAll<SVGSVGElement>('svg.chart-svg')].find((s) => s.getClientRects().length > 0);
    if (!svg) return undefined;
    if (active?.svg !== svg) {
      active?.line.remove();
      const axis = (svg.dataset.crosshair as Axis) ?? 'x';
      const line = document.createElementNS(SVG_NS, 'line');
      line.setAttribute('class', 'chart-crosshair');
      line.setAttribute('aria-hidden', 'true');
      line.style.display = 'none';
      svg.append(line);
      active = { svg, line, groups: groups(svg, rows, axis), axis };
      current = -1;
    }
    return active;
  }

  function show(index: number) {
    const chart = visible();
    if (!chart || chart.groups.length === 0) return;
    current = Math.max(0, Math.min(chart.groups.length - 1, index));
    const group = chart.groups[current]!;
    const svgBox = chart.svg.getBoundingClientRect();
    const { width, height } = svgBox;

    for (const el of chart.svg.querySelectorAll('.is-active')) el.classList.remove('is-active');
    for (const point of group) point.el.classList.add('is-active');

    const { line } = chart;
    const anchor = group[0]!;
    if (chart.axis === 'none') line.style.display = 'none';
    else {
      const vertical = chart.axis === 'x';
      line.setAttribute('x1', String(vertical ? anchor.x * width : 0));
      line.setAttribute('x2', String(vertical ? anchor.x * width : width));
      line.setAttribute('y1', String(vertical ? 0 : anchor.y));
      line.setAttribute('y2', String(vertical ? height : anchor.y));
      line.style.display = '';
    }

    tip.replaceChildren();
    const title = document.createElement('strong');
    title.textContent = anchor.date;
    tip.append(title);
    for (const point of group) {
      const row = document.createElement('span');
      row.textContent = `${point.series}: ${point.value}${point.estimate ? ` (${estimateWord})` : ''}`;
      tip.append(row);
    }
    tip.hidden = false;
    const box = wrapper.getBoundingClientRect();
    const x = svgBox.left - box.left + anchor.x * width;
    const y = svgBox.top - box.top + Math.min(...group.map((p) => p.y));
    const tipWidth = tip.offsetWidth;
    tip.style.left = `${Math.max(0, Math.min(box.width - tipWidth, x - tipWidth / 2))}px`;
    tip.style.top = `${Math.max(0, y - tip.offsetHeight - 10)}px`;
  }

  function hide() {
    tip.hidden = true;
    if (active) {
      active.line.style.display = 'none';
      for (const el of active.svg.querySelectorAll('.is-active')) el.classList.remove('is-active');
    }
  }

  wrapper.addEventListener('pointermove', (event) => {
    const chart = visible();
    if (!chart || chart.groups.length === 0) return;
    const box = chart.svg.getBoundingClientRect();
    const px = event.clientX - box.left;
    const py = event.clientY - box.top;
    const distance = (group: Point[]) => {
      const p = group[0]!;
      return chart.axis === 'x' ? Math.abs(p.x * box.width - px) : chart.axis === 'y' ? Math.abs(p.y - py) : Math.hypot(p.x * box.width - px, p.y - py);
    };
    let nearest = 0;
    chart.groups.forEach((group, i) => {
      if (distance(group) < distance(chart.groups[nearest]!)) nearest = i;
    });
    show(nearest);
  });
  wrapper.addEventListener('pointerleave', hide);
  wrapper.addEventListener('blur', hide);
  wrapper.addEventListener('keydown', (event) => {
    const count = visible()?.groups.length ?? 0;
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowDown: current + 1, ArrowLeft: current - 1, ArrowUp: current - 1, Home: 0, End: count - 1 };
    if (event.key === 'Escape') {
      hide();
      return;
    }
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    show(current === -1 && (event.key === 'ArrowLeft' || event.key === 'ArrowUp') ? count - 1 : Math.max(0, next));
  });
}

/** Enhances every chart under `root` (idempotent). */
export function enhanceCharts(root: ParentNode) {
  const estimateWord = document.documentElement.lang.startsWith('en') ? 'estimate' : '估算';
  for (const wrapper of root.querySelectorAll<HTMLElement>('[data-chart-artboards]')) enhance(wrapper, estimateWord);
}
