/**
 * The timeline graphic (issue 13): the whole period with a mark per event and the traffic series
 * behind them, legible on phones, a step's card never under the sticky graphic, no-JS and reduced
 * motion, and its embed sized by the charts' resize protocol. One page load per test.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { enhanced } from './support/navigation.ts';
import { parse } from 'yaml';
import { hostOrigin } from './support/origins.ts';

/** The event ids and the series each names, read straight from the content file. */
const events = parse(readFileSync('content/timeline/events.yaml', 'utf8')) as { id: string; series?: string[] }[];
const ids = events.map((e) => e.id);
/** Series the issue names; the graphic must draw at least these two. */
const namedSeries = ['wechat-mau', 'pinduoduo-active-buyers'];

/** Ids of the graphic's shown series, and of the shown marks (with how many of each are shown). */
function shownMarksAndSeries(page: Page) {
  return page.locator('[data-scrolly-graphic], .graphic').first().evaluate((graphic) => {
    const shown = (el: Element) => el.getClientRects().length > 0 && (el as SVGGraphicsElement).getBoundingClientRect().width > 0;
    const marks: Record<string, number> = {};
    for (const el of graphic.querySelectorAll<SVGElement>('[data-event]')) if (shown(el)) marks[el.dataset.event!] = (marks[el.dataset.event!] ?? 0) + 1;
    const series = [...graphic.querySelectorAll<SVGElement>('[data-series]')].filter((el) => shown(el) && el.querySelector('path, circle')).map((el) => el.dataset.series!);
    return { marks, series };
  });
}

/** The smallest rendered text in the graphic, in CSS px: SVG text scaled with its SVG, and HTML text. */
function smallestText(page: Page) {
  return page.locator('[data-scrolly-graphic], .graphic').first().evaluate((graphic) => {
    const sizes: { px: number; text: string }[] = [];
    for (const svg of graphic.querySelectorAll('svg')) {
      if (svg.getClientRects().length === 0) continue;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const text of svg.querySelectorAll('text')) sizes.push({ px: parseFloat(getComputedStyle(text).fontSize) * scale, text: text.textContent ?? '' });
    }
    for (const el of graphic.querySelectorAll<HTMLElement>('.notes *')) {
      if (el.childElementCount === 0 && el.textContent?.trim()) sizes.push({ px: parseFloat(getComputedStyle(el).fontSize), text: el.textContent });
    }
    return sizes.reduce((a, b) => (b.px < a.px ? b : a), { px: Infinity, text: '' });
  });
}

const cases = [
  // The English page has the longer labels and notes: the phone's tighter case.
  { width: 390, height: 844, path: '/en/' },
  { width: 1280, height: 800, path: '/' },
] as const;

for (const { width, height, path } of cases) {
  test(`at ${width}px (${path}): a mark per step, the series behind, text ≥ 12 px, no card under the graphic`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height });
    await page.goto(path, { waitUntil: 'load' });
    await enhanced(page);
    await expect(page.locator('[data-scrolly] [data-step]')).toHaveCount(ids.length);

    const { marks, series } = await shownMarksAndSeries(page);
    // Exactly one shown mark per step (one art-board at a time), and no mark without a step.
    expect(Object.keys(marks).sort()).toEqual([...ids].sort());
    expect(Object.values(marks).every((n) => n === 1)).toBe(true);
    expect(new Set(series).size).toBeGreaterThanOrEqual(2);
    for (const id of namedSeries) expect(series).toContain(id);

    const smallest = await smallestText(page);
    expect(smallest.px, `"${smallest.text}" is drawn at ${smallest.px.toFixed(2)} px`).toBeGreaterThanOrEqual(12);

    const graphic = page.locator('[data-scrolly-graphic]');
    for (const id of ids) {
      // The step's top at 60% of the viewport: where the reader starts reading it.
      const covered = await page.locator(`[data-step="${id}"]`).evaluate((step) => {
        window.scrollTo({ top: window.scrollY + step.getBoundingClientRect().top - window.innerHeight * 0.6, behavior: 'instant' });
        const first = step.querySelector('.card .meta')!.getBoundingClientRect();
        // Probe the first line at its left, middle and right: each point must hit the step itself.
        return [first.left + 4, (first.left + first.right) / 2, first.right - 4]
          .map((x) => document.elementFromPoint(x, first.top + first.height / 2))
          .filter((hit) => !hit || !step.contains(hit))
          .map((hit) => (hit ? `${hit.localName}.${[...hit.classList].join('.')}` : 'nothing'));
      });
      expect(covered, `${id}: first line covered by`).toEqual([]);
    }

    // The graphic stays on screen; on phones it sticks at the top and takes at most 55% of the height.
    const box = (await graphic.evaluate((el) => {
      let sticky: Element | null = el;
      while (sticky && getComputedStyle(sticky).position !== 'sticky') sticky = sticky.parentElement;
      const r = (sticky ?? el).getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: r.height };
    }))!;
    expect(box.bottom).toBeLessThanOrEqual(height);
    if (width <= 600) {
      expect(box.top).toBeLessThanOrEqual(1);
      expect(box.height / height, `sticky graphic is ${Math.round(box.height)} px of ${height}`).toBeLessThanOrEqual(0.55);
    }
  });
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('a static full-period graphic with every event and series, then every card', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/en/', { waitUntil: 'load' });
    await enhanced(page);
    const graphic = page.locator('[data-scrolly-graphic]');
    await expect(graphic).not.toHaveAttribute('data-active');
    await graphic.scrollIntoViewIfNeeded();
    const { marks, series } = await shownMarksAndSeries(page);
    expect(Object.keys(marks).sort()).toEqual([...ids].sort());
    for (const id of namedSeries) expect(series).toContain(id);
    // Nothing is dimmed: all events and series at full strength.
    const opacities = await graphic.evaluate((el) =>
      [...el.querySelectorAll('[data-event], [data-series]')].filter((m) => m.getClientRects().length).map((m) => getComputedStyle(m).opacity),
    );
    expect(new Set(opacities)).toEqual(new Set(['1']));
    expect((await smallestText(page)).px).toBeGreaterThanOrEqual(12);
    // The graphic is not sticky: it comes first, then every card, each in the flow below it.
    const graphicBottom = (await graphic.boundingBox())!.y + (await graphic.boundingBox())!.height;
    const steps = page.locator('[data-scrolly] [data-step]');
    await expect(steps).toHaveCount(ids.length);
    const firstTop = (await steps.first().boundingBox())!.y;
    expect(firstTop).toBeGreaterThanOrEqual(graphicBottom);
    expect(await graphic.evaluate((el) => getComputedStyle(el.parentElement!).position)).not.toBe('sticky');
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a step about a series shows the change at once, without movement', async ({ page }) => {
    const about = events.find((e) => (e.series?.length ?? 0) > 0 && e.series!.includes('pinduoduo-active-buyers'))!;
    expect(about, 'events.yaml has a step about Pinduoduo').toBeDefined();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/', { waitUntil: 'load' });
    await enhanced(page);
    await page.locator(`[data-step="${about.id}"]`).evaluate((step) => {
      window.scrollTo({ top: window.scrollY + step.getBoundingClientRect().top - window.innerHeight * 0.5, behavior: 'instant' });
    });
    const graphic = page.locator('[data-scrolly-graphic]');
    await expect(graphic).toHaveAttribute('data-active', about.id);
    const state = await graphic.evaluate((el, named) => {
      const shown = (m: Element) => m.getClientRects().length > 0;
      const mark = [...el.querySelectorAll(`[data-event="${(el as HTMLElement).dataset.active}"] .tl-shape`)].find(shown)!;
      const series = [...el.querySelectorAll<SVGElement>('[data-series]')].filter(shown);
      return {
        running: el.getAnimations({ subtree: true }).length,
        markTransform: getComputedStyle(mark).transform,
        emphasised: series.filter((s) => named.includes(s.dataset.series!)).map((s) => getComputedStyle(s).opacity),
        others: series.filter((s) => !named.includes(s.dataset.series!)).map((s) => getComputedStyle(s).opacity),
      };
    }, about.series!);
    // Already in its end state, with no transition running: the mark grown, its series forward.
    expect(state.running).toBe(0);
    expect(state.markTransform).not.toBe('none');
    expect(state.emphasised.length).toBeGreaterThan(0);
    expect(new Set(state.emphasised)).toEqual(new Set(['1']));
    expect(state.others.length).toBeGreaterThan(0);
    for (const opacity of state.others) expect(Number(opacity)).toBeLessThan(0.5);
  });
});

test('the timeline embed is sized by the resize protocol, like the chart embeds', async ({ page }) => {
  for (const width of [360, 1000]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${hostOrigin}/host/?chart=timeline&locale=en`);
    const iframe = page.locator('iframe[src*="/embed/timeline/"]');
    await iframe.scrollIntoViewIfNeeded();
    const frame = (await iframe.elementHandle().then((h) => h!.contentFrame()))!;
    await frame.waitForSelector('[data-embed-content][data-embed-chart="timeline"]');
    const measure = async () => ({
      frame: await iframe.evaluate((e) => e.getBoundingClientRect().height),
      ...(await frame.evaluate(() => ({
        content: document.querySelector('[data-embed-content]')!.getBoundingClientRect().height,
        scrollHeight: document.documentElement.scrollHeight,
        innerHeight: window.innerHeight,
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }))),
    });
    await expect.poll(async () => {
      const m = await measure();
      return Math.abs(m.frame - m.content) <= 2 && m.frame !== 400;
    }, { timeout: 15_000 }).toBe(true);
    const m = await measure();
    expect(m.scrollHeight).toBeLessThanOrEqual(m.innerHeight);
    expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
    // The embed shows the whole graphic: a mark per event.
    expect(await frame.locator('[data-event]:visible').count()).toBe(ids.length);
  }
});
