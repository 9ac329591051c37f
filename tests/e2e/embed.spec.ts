/**
 * The embed loop across origins: a host page on another origin embeds two charts with the
 * snippet; /embed.js sizes each iframe from the embed page's resize messages.
 *
 * The embedded pages are two real chart embeds of the built site, chosen to differ in height
 * (the second has a longer frame: more sources and notes); /embed.js is the real, built one.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { enhanced } from './support/navigation.ts';
import { hostOrigin, siteOrigin } from './support/origins.ts';
import { watchPageHealth } from './support/page-health.ts';

const charts = ['wechat-mau', 'alibaba-spend-vs-consumers'];
const [chartA, chartB] = charts as [string, string];
const hostUrl = (extra = '') => `${hostOrigin}/host/?${charts.map((c) => `chart=${c}`).join('&')}${extra}`;

async function embedFrame(page: Page, chart: string): Promise<Frame> {
  const frame = await page.locator(`iframe[src*="/embed/${chart}/"]`).elementHandle().then((handle) => handle?.contentFrame());
  if (!frame) throw new Error(`no iframe for ${chart}`);
  await frame.waitForSelector('[data-embed-content]');
  return frame;
}

/** The iframe's height on the host, and what its page measures inside. */
async function measure(page: Page, chart: string) {
  const iframe = page.locator(`iframe[src*="/embed/${chart}/"]`);
  const frame = await embedFrame(page, chart);
  const inside = await frame.evaluate(() => {
    const root = document.documentElement;
    return {
      content: document.querySelector('[data-embed-content]')!.getBoundingClientRect().height,
      scrollHeight: root.scrollHeight,
      scrollWidth: root.scrollWidth,
      innerHeight: window.innerHeight,
      innerWidth: window.innerWidth,
    };
  });
  const frameHeight = await iframe.evaluate((element) => element.getBoundingClientRect().height);
  return { frameHeight, ...inside };
}

/**
 * Checks each iframe in turn, scrolled into view as a reader would: Chromium neither loads a
 * lazy iframe nor runs a cross-origin iframe's rendering (so its ResizeObserver) while it is
 * far off screen; it catches up as soon as the iframe comes into view.
 */
async function expectFitted(page: Page) {
  for (const chart of charts) {
    await page.locator(`iframe[src*="/embed/${chart}/"]`).scrollIntoViewIfNeeded();
    await expect.poll(async () => {
      const m = await measure(page, chart);
      return Math.abs(m.frameHeight - m.content) <= 2;
    }, { message: `${chart}: iframe height follows its content`, timeout: 15_000 }).toBe(true);
    const m = await measure(page, chart);
    expect(m.scrollHeight, `${chart} scrolls vertically`).toBeLessThanOrEqual(m.innerHeight);
    expect(m.scrollWidth, `${chart} scrolls horizontally`).toBeLessThanOrEqual(m.innerWidth);
  }
}

for (const width of [360, 1000]) {
  test(`at ${width} px each iframe is as tall as its content and does not scroll`, async ({ page }) => {
    const problems = watchPageHealth(page, hostOrigin);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(hostUrl());
    await expectFitted(page);
    // The snippet's 400 px was replaced: the two charts differ in height at this width.
    const heights = await Promise.all(charts.map(async (chart) => (await measure(page, chart)).frameHeight));
    expect(heights).not.toContain(400);
    // Only our own origin's embeds and loader were fetched, and nothing failed.
    expect(problems.filter((p) => !p.startsWith(`third-party request: ${siteOrigin}/`))).toEqual([]);
  });
}

test('after the host resizes, the heights follow', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(hostUrl());
  await expectFitted(page);
  const wide = await measure(page, chartB);
  await page.setViewportSize({ width: 360, height: 900 });
  await expectFitted(page);
  const narrow = await measure(page, chartB);
  // Narrower: another art-board and more lines of text; either way the height changed.
  expect(Math.abs(narrow.frameHeight - wide.frameHeight)).toBeGreaterThan(20);
  await page.setViewportSize({ width: 700, height: 900 });
  await expectFitted(page);
});

test('a loader that starts after the embeds reported their heights still sizes them', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`${siteOrigin}/embed.js`, async (route) => {
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
  });
  await page.goto(hostUrl(), { waitUntil: 'domcontentloaded' });
  for (const chart of charts) {
    const frame = await embedFrame(page, chart);
    await frame.waitForFunction(() => document.readyState === 'complete');
    await frame.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => setTimeout(resolve, 100))));
  }
  // Every message so far went unheard: the iframes still have the snippet's height.
  for (const chart of charts) expect((await measure(page, chart)).frameHeight).toBe(400);
  release();
  await expectFitted(page);
});

test('/embed.js is a plain script that does nothing more when included twice', async ({ page, request }) => {
  const response = await request.get('/embed.js');
  expect(response.headers()['content-type']).toMatch(/javascript/);
  const source = await response.text();
  expect(source).not.toMatch(/^\s*(?:import|export)\b/m);
  // The site's origin is read from the script's own URL when it runs, not baked in at build time.
  expect(source).toContain('currentScript');
  expect(source).not.toContain(siteOrigin);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(hostUrl()); // each snippet carries the script tag: it runs twice
  await expectFitted(page);
  expect(await page.locator('script[src$="/embed.js"]').count()).toBe(2);
  expect(errors).toEqual([]);
});

test.describe('messages /embed.js must ignore', () => {
  /** Records every height the host's iframes are given, from the host page itself. */
  async function recordHeights(page: Page) {
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenHeights: string[] }).seenHeights = seen;
      const observer = new MutationObserver((records) => {
        for (const record of records) seen.push((record.target as HTMLIFrameElement).style.height);
      });
      for (const iframe of document.querySelectorAll('iframe')) observer.observe(iframe, { attributeFilter: ['style'] });
    });
  }
  const seenHeights = (page: Page) => page.evaluate(() => (window as unknown as { seenHeights: string[] }).seenHeights);

  /** Posts a valid message from our embed A, and waits until the host applies it. */
  async function sentinel(page: Page, height: number) {
    const frame = await embedFrame(page, chartA);
    await frame.evaluate(([c, h]) => parent.postMessage({ type: 'kaimen:resize', chart: c, height: h }, '*'), [chartA, height] as const);
    await expect.poll(() => page.locator(`iframe[src*="/embed/${chartA}/"]`).evaluate((e) => e.style.height)).toBe(`${height}px`);
  }

  test('from windows that are not our iframes, or malformed, they change nothing', async ({ page }) => {
    await page.goto(hostUrl('&decoy'));
    await expectFitted(page);
    const before = await Promise.all(charts.map(async (chart) => (await measure(page, chart)).frameHeight));
    await recordHeights(page);

    const valid = { type: 'kaimen:resize', chart: chartB, height: 999 };
    // 1. The host page itself (another origin) posts to itself.
    await page.evaluate((m) => window.postMessage(m, '*'), valid);
    // 2. An iframe of our own origin that is not an embed page.
    const decoy = await page.locator('#decoy').elementHandle().then((h) => h!.contentFrame());
    await decoy!.evaluate((m) => parent.postMessage(m, '*'), valid);
    // 3. Embed A claims to be chart B.
    const a = await embedFrame(page, chartA);
    await a.evaluate((m) => parent.postMessage(m, '*'), valid);
    // 4. Embed B itself, with malformed heights and shapes.
    const b = await embedFrame(page, chartB);
    for (const data of [
      { ...valid, height: -999 },
      { ...valid, height: 1e7 },
      { ...valid, height: '999px' },
      { ...valid, height: 999.5 },
      { ...valid, height: null },
      { ...valid, extra: 1 },
      JSON.stringify(valid),
      { type: 'kaimen:resize', chart: chartB },
    ]) {
      await b.evaluate((d) => parent.postMessage(d, '*'), data);
    }
    // A valid message sent after all of them: once it is applied, the others were handled.
    await sentinel(page, 777);

    expect(await seenHeights(page)).toEqual(['777px']);
    expect((await measure(page, chartB)).frameHeight).toBe(before[1]);
  });

  test('the same valid message from the right iframe is applied (the control)', async ({ page }) => {
    await page.goto(hostUrl());
    await expectFitted(page);
    const b = await embedFrame(page, chartB);
    await b.evaluate((c) => parent.postMessage({ type: 'kaimen:resize', chart: c, height: 999 }, '*'), chartB);
    await expect.poll(() => page.locator(`iframe[src*="/embed/${chartB}/"]`).evaluate((e) => e.style.height)).toBe('999px');
  });
});

test.describe('query flags', () => {
  /** Relative luminance (0 black – 1 white) of a computed `rgb(…)` colour. */
  function luminance(color: string): number {
    const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v) / 255);
    const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  }
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  test('theme=dark renders dark on a light system, theme=light light on a dark one, auto follows', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${siteOrigin}/en/embed/${chartA}/`);
    expect(luminance(await background(page))).toBeGreaterThan(0.8);
    await page.goto(`${siteOrigin}/en/embed/${chartA}/?theme=dark`);
    expect(luminance(await background(page))).toBeLessThan(0.05);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${siteOrigin}/en/embed/${chartA}/?theme=light`);
    expect(luminance(await background(page))).toBeGreaterThan(0.8);
    await page.goto(`${siteOrigin}/en/embed/${chartA}/?theme=auto`);
    expect(luminance(await background(page))).toBeLessThan(0.05);
  });

  test('plain hides the title and dek; transparent drops the background', async ({ page }) => {
    await page.goto(`${siteOrigin}/en/embed/${chartA}/?plain&transparent`);
    await expect(page.locator('.chart-title')).toBeHidden();
    await expect(page.locator('.chart-dek')).toBeHidden();
    await expect(page.locator('.chart-artboards')).toBeVisible();
    expect(await background(page)).toBe('rgba(0, 0, 0, 0)');
    await page.goto(`${siteOrigin}/en/embed/${chartA}/`);
    await expect(page.locator('.chart-title')).toBeVisible();
    await expect(page.locator('.chart-dek')).toBeVisible();
  });

  test('an unknown flag is ignored and a script-looking value is never reflected', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const marker = 'kaimenxss';
    const hostile = new URLSearchParams({
      theme: `"><script>alert('${marker}')</script>`,
      plain: `<img src=x onerror=alert('${marker}')>`,
      [`${marker}"><svg onload=alert(1)>`]: '1',
      foo: 'bar',
    });
    await page.goto(`${siteOrigin}/en/embed/${chartA}/?${hostile}`);
    await enhanced(page);
    const root = await page.evaluate(() => ({
      attributes: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
      html: document.documentElement.outerHTML,
    }));
    expect(root.attributes.sort()).toEqual(['data-enhanced=', 'data-theme=auto', 'lang=en']);
    expect(root.html).not.toContain(marker);
    expect(root.html).not.toContain('onerror');
    expect(dialogs).toEqual([]);
  });
});

test.describe('without /embed.js', () => {
  test('the snippet from oEmbed shows each whole chart at its initial height, at 600 px', async ({ page }) => {
    // 600 px of iframe: the host's 8 px padding on each side.
    await page.setViewportSize({ width: 616, height: 900 });
    await page.goto(hostUrl('&oembed&noscript'));
    for (const chart of charts) {
      const iframe = page.locator(`iframe[src*="/embed/${chart}/"]`);
      await iframe.scrollIntoViewIfNeeded();
      const frame = await embedFrame(page, chart);
      await frame.evaluate(() => document.fonts.ready);
      const m = await measure(page, chart);
      expect(m.innerWidth, 'the iframe is 600 px wide').toBe(600);
      expect(await iframe.evaluate((e) => e.style.height), 'no script resized it').toBe('');
      // The whole content fits in the initial height, with no more than a little room to spare.
      expect(m.content, `${chart} fits`).toBeLessThanOrEqual(m.frameHeight);
      expect(m.frameHeight - m.content, `${chart}: initial height not far above the content`).toBeLessThanOrEqual(120);
    }
  });
});
