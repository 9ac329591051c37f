/**
 * Every built page (found in dist/, so each new page and embed is covered without being listed),
 * opened once and checked in four conditions, 390 and 1280 px × light and dark, switched inside
 * the visit. In each condition, one test step runs every page-level gate:
 *
 * - visual: compared with the reviewed screenshots in tests/e2e/__screenshots__/ (story pages:
 *   the opening screen and one chart frame, in the article's grid with its "Embed this chart"
 *   box; the whole story is dozens of screens tall and every other part of it is covered by the
 *   behaviour tests; embed pages: the whole page, in all four conditions for an embed whose
 *   drawing no SVG snapshot pins (the timeline), in two for a chart's (390 px light and 1280 px
 *   dark: narrow and wide, light and dark each once), whose every art-board in each language
 *   src/charts/snapshots.test.ts compares as text);
 * - axe: the full rule set in light, the colour rules in dark (the only rules a colour scheme
 *   changes); then again, scoped with `include`, with the page's hidden states shown: every
 *   <details> open, a term's definition and (on phones) a sidenote open, a timeline step active;
 * - health, while the page is scrolled from top to bottom: no CSP violation, no request to
 *   another origin, no console error or uncaught exception, no failed or 4xx/5xx request.
 *
 * An embed page is then also measured at 600 px: the initial height its oEmbed snippet
 * declares holds its whole frame, with no more than 120 px to spare.
 *
 * Assertions are soft and name the page and condition, so one failure does not hide the rest.
 *
 * When a page changes on purpose, refresh its screenshots with `npm run test:visual:update`,
 * LOOK at every changed PNG (git shows them) and commit them with the change. A new story or
 * embed page fails here until its screenshots are made the same way. They depend on the browser
 * and fonts: Debian's Chromium with fonts-noto-cjk, fonts-dejavu-core and fonts-liberation
 * (.ci/run installs them); after a Chromium update expect small differences, and review them
 * the same way before refreshing.
 */
import { readdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { PageKind } from '../../scripts/lib/site-pages.ts';
import { axeOnPage } from './support/axe.ts';
import { openLoaded, trackRequests } from './support/navigation.ts';
import { reportCspViolations, watchPageHealth } from './support/page-health.ts';
import { pageSlug, sitePages } from './support/site.ts';

const conditions = [
  { colorScheme: 'light', width: 390 },
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 390 },
  { colorScheme: 'dark', width: 1280 },
] as const;
type Condition = (typeof conditions)[number];
const viewportHeight = 900;

/** The axe rules whose outcome depends on colours, run again in dark mode. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** Parts of a story page to compare, by selector; `null` is the opening screen. Every chart
 *  frame is compared through its embed page; one is also compared in the story. */
const storyParts = [
  { name: 'top', selector: null },
  { name: 'chart', selector: 'figure[data-chart="users-vs-devices"]' },
] as const;

/** Scrolls a part into view and waits for it to stay put: on phones the blocks around it
 *  (content-visibility: auto) take their real size once near the viewport, and it is itself
 *  laid out only then, so its first box is a placeholder. Put means the same box, scrolled
 *  into view again, two frames later (where a timer could fire twice in one slow frame). */
async function scrollToSettled(part: Locator) {
  const settled = await part.evaluate(async (el) => {
    const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const box = () => {
      // Chromium's own, as Playwright's scrollIntoViewIfNeeded: centred, if not in view already.
      (el as unknown as { scrollIntoViewIfNeeded(center: boolean): void }).scrollIntoViewIfNeeded(true);
      return JSON.stringify(el.getBoundingClientRect());
    };
    for (let last = box(), tries = 0; tries < 200; tries++) {
      await frames();
      const now = box();
      if (now === last) return true;
      last = now;
    }
    return false;
  });
  expect(settled, 'the part stays put once scrolled into view').toBe(true);
}

/** The screenshot conditions of an embed whose chart's drawing src/charts/snapshots.test.ts pins. */
const pinnedEmbedConditions: readonly Condition[] = [conditions[0], conditions[3]];

const svgSnapshots = readdirSync('src/charts/__snapshots__').filter((file) => file.endsWith('.svg'));

/** Whether an embed page's chart has SVG snapshots in its language (`/en/embed/<id>/`: `<id>.en.*.svg`). */
function hasSvgSnapshots(path: string): boolean {
  const [, lang = 'zh', id] = /^\/(?:(en)\/)?embed\/([^/]+)\/$/.exec(path) ?? [];
  return id !== undefined && svgSnapshots.some((file) => file.startsWith(`${id}.${lang}.`));
}

async function compareScreenshots(page: Page, path: string, kind: PageKind, condition: Condition, label: string) {
  const { colorScheme, width } = condition;
  if (kind === 'embed') {
    if (hasSvgSnapshots(path) && !pinnedEmbedConditions.includes(condition)) return;
    await expect.soft(page, `${label}: screenshot`).toHaveScreenshot(`${pageSlug(path)}-${width}-${colorScheme}.png`, { fullPage: true });
    return;
  }
  for (const { name, selector } of storyParts) {
    const file = `${pageSlug(path)}-${name}-${width}-${colorScheme}.png`;
    if (selector === null) {
      await expect.soft(page, `${label}: screenshot of the opening screen`).toHaveScreenshot(file);
      continue;
    }
    const part = page.locator(selector).first();
    await scrollToSettled(part);
    // Chromium shoots a part taller than the viewport by stretching the viewport over the page
    // for the capture, which under load came out blank (content-visibility skipped the part).
    // Make the viewport tall enough to hold the part instead.
    const { height } = (await part.boundingBox())!;
    if (height > viewportHeight) {
      await page.setViewportSize({ width, height: Math.ceil(height) + 40 });
      await scrollToSettled(part);
    }
    await expect.soft(part, `${label}: screenshot of ${selector}`).toHaveScreenshot(file);
    await page.setViewportSize({ width, height: viewportHeight });
  }
}

/**
 * axe cannot judge the contrast of text that content-visibility: auto has not laid out yet (on
 * phones, the story's charts, checks and back matter until scrolled to): it files them under
 * "needs review". Readers see them laid out, so lay them out for the scan; `restore` undoes it.
 */
async function layOutEverything(page: Page) {
  await page.evaluate(async () => {
    const forced: HTMLElement[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('*')) {
      if (getComputedStyle(el).contentVisibility === 'auto') {
        el.style.contentVisibility = 'visible';
        forced.push(el);
      }
    }
    (window as unknown as { __laidOut: HTMLElement[] }).__laidOut = forced;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  return {
    restore: () => page.evaluate(() => {
      for (const el of (window as unknown as { __laidOut: HTMLElement[] }).__laidOut) el.style.contentVisibility = '';
    }),
  };
}

/**
 * Shows the states a reader can open and returns the selectors of what was shown: every closed
 * <details>, a term's definition, a sidenote where it opens in the flow (phones), and a timeline
 * step made active by scrolling it to the reading line (30% of the viewport beside the graphic,
 * 45% on narrow screens, where the graphic sticks at the top). `close` puts the page back.
 */
async function openHiddenStates(page: Page) {
  const shown: string[] = [];
  const closedDetails = await page.evaluate(() => {
    const closed = [...document.querySelectorAll('details:not([open])')];
    for (const details of closed) details.setAttribute('open', '');
    (window as unknown as { __opened: Element[] }).__opened = closed;
    return closed.length;
  });
  if (closedDetails > 0) shown.push('details');

  // Where sidenotes sit in the margin they are always shown; where they open in the flow, the
  // first marker's note is hidden until the marker is pressed.
  const sidenoteMarker = page.locator('button[data-sidenote-ref]').first();
  const sidenoteInFlow =
    (await sidenoteMarker.count()) > 0 && (await page.locator(`#${await sidenoteMarker.getAttribute('aria-controls')}`).isHidden());
  if (sidenoteInFlow) {
    await sidenoteMarker.click();
    await expect(page.locator('[data-sidenote][data-open]')).toHaveCount(1);
    shown.push('[data-sidenote][data-open]');
  }

  const step = page.locator('[data-scrolly] [data-step]').nth(3);
  if ((await step.count()) > 0) {
    const id = (await step.getAttribute('data-step'))!;
    await step.evaluate((el) => {
      const at = window.innerWidth < 960 ? 0.45 : 0.3;
      window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top - window.innerHeight * at, behavior: 'instant' });
    });
    await expect(step).toHaveAttribute('aria-current', 'step');
    await expect(page.locator('[data-scrolly-graphic]')).toHaveAttribute('data-active', id);
    shown.push('[data-scrolly]');
  }

  const term = page.locator('button[data-term]').first();
  if ((await term.count()) > 0) {
    await term.click();
    await expect(page.locator('[data-term-popover]:popover-open')).toHaveCount(1);
    shown.push('[data-term-popover]:popover-open');
  }

  return {
    shown,
    close: async () => {
      if (shown.includes('[data-term-popover]:popover-open')) {
        await page.keyboard.press('Escape');
        await expect(page.locator('[data-term-popover]:popover-open')).toHaveCount(0);
      }
      if (sidenoteInFlow) {
        await sidenoteMarker.click();
        await expect(page.locator('[data-sidenote][data-open]')).toHaveCount(0);
      }
      await page.evaluate(() => {
        for (const details of (window as unknown as { __opened: Element[] }).__opened) details.removeAttribute('open');
      });
    },
  };
}

/**
 * Scrolls from top to bottom, a screen less 100 px a frame, so that scroll- and
 * visibility-driven code runs for every part of the page. Each position is scrolled to at the
 * start of a frame (in a requestAnimationFrame callback), so that frame's rendering, where
 * intersection observers and content-visibility take their measure, sees it.
 */
async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    await frame();
    window.scrollTo({ top: 0, behavior: 'instant' });
    for (let last = -1; window.scrollY !== last; ) {
      await frame();
      last = window.scrollY;
      window.scrollBy({ top: window.innerHeight - 100, behavior: 'instant' });
    }
  });
}

for (const { path, kind } of sitePages) {
  test(`${path} passes the page checks at 390 and 1280 px, light and dark`, async ({ page, baseURL }) => {
    // axe's contrast rule takes seconds on a long page, and minutes on a loaded machine.
    test.setTimeout(kind === 'story' ? 600_000 : 180_000);
    await reportCspViolations(page);
    const problems = watchPageHealth(page, new URL(baseURL!).origin);
    const requests = trackRequests(page);
    let axe!: Awaited<ReturnType<typeof axeOnPage>>;

    for (const [index, condition] of conditions.entries()) {
      const { colorScheme, width } = condition;
      const label = `${path}, ${colorScheme}, ${width} px`;
      await test.step(`${colorScheme}, ${width} px`, async () => {
        const before = problems.length;
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await page.setViewportSize({ width, height: viewportHeight });
        if (index === 0) {
          await openLoaded(page, path);
          axe = await axeOnPage(page);
        } else await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
        expect(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, colorScheme), `${label}: colour scheme`).toBe(true);

        if (kind !== 'other') await compareScreenshots(page, path, kind, condition, label);

        // The rest as a reader with motion would run it.
        await page.emulateMedia({ colorScheme, reducedMotion: 'no-preference' });
        const layout = await layOutEverything(page);
        const rules = colorScheme === 'dark' ? colourRules : undefined;
        expect.soft(await axe.violations({ rules }), `${label}: axe`).toEqual([]);
        const states = await openHiddenStates(page);
        if (states.shown.length > 0) {
          expect.soft(await axe.violations({ rules, include: states.shown }), `${label}: axe with ${states.shown.join(', ')} shown`).toEqual([]);
        }
        await states.close();
        await layout.restore();

        await scrollThrough(page);
        await requests.settled();
        expect.soft(problems.slice(before), `${label}: CSP violations, other origins, errors`).toEqual([]);
      });
    }

    if (kind === 'embed') {
      await test.step('at 600 px, the initial height in its oEmbed snippet holds the whole frame', async () => {
        const oembed = (await (await page.request.get(`${path}oembed.json`)).json()) as { height: number; html: string };
        expect.soft(oembed.html, `${path}: the snippet's height is the oEmbed height`).toContain(`height="${oembed.height}"`);
        await page.emulateMedia({ colorScheme: 'light' });
        await page.setViewportSize({ width: 600, height: viewportHeight });
        const content = await page.locator('[data-embed-content]').evaluate(async (e) => {
          await document.fonts.ready;
          return e.getBoundingClientRect().height;
        });
        expect.soft(content, `${path} fits in ${oembed.height} px`).toBeLessThanOrEqual(oembed.height);
        expect.soft(oembed.height - content, `${path}: ${oembed.height} px is not far above ${content}`).toBeLessThanOrEqual(120);
      });
    }
  });
}
