import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { enhanced } from './support/navigation.ts';
import { parseCsv } from '../../src/data/csv.ts';
import { watchPageHealth } from './support/page-health.ts';

const chartIds = readdirSync('content/charts').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();
const placed = (file: string) => [...readFileSync(file, 'utf8').matchAll(/<Chart id="([^"]+)" \/>/g)].map((m) => m[1]!);
const stories = [
  { path: '/', lang: 'zh', ids: placed('content/story/zh.mdx'), sources: '/sources/' },
  { path: '/en/', lang: 'en', ids: placed('content/story/en.mdx'), sources: '/en/sources/' },
] as const;

/** The art-board SVG the container query shows in a figure. */
async function visibleSvg(figure: Locator): Promise<Locator> {
  const svgs = figure.locator('.chart-artboard > svg');
  const count = await svgs.count();
  const visible = [];
  for (let i = 0; i < count; i++) if (await svgs.nth(i).isVisible()) visible.push(svgs.nth(i));
  expect(visible, 'exactly one art-board is shown').toHaveLength(1);
  return visible[0]!;
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const story of stories) {
    test(`${story.path}: every chart is visible and complete`, async ({ page, baseURL }) => {
      const problems = watchPageHealth(page, new URL(baseURL!).origin);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(story.path);
      // Each figure read in one pass (a round trip per fact, ten figures, was most of this
      // test's time), then judged here, naming the chart.
      const figures = await page.locator('figure[data-chart]').evaluateAll((elements, { sources, lang }) =>
        elements.map((figure) => {
          const id = figure.getAttribute('data-chart')!;
          const shown = [...figure.querySelectorAll<SVGSVGElement>('.chart-artboard > svg')].filter((svg) => svg.checkVisibility());
          const svg = shown[0];
          const box = svg?.getBoundingClientRect();
          const rows = [...figure.querySelectorAll('details.chart-table tbody tr')];
          const cited = `td:nth-child(4) a[href^="${sources}#${id}-src-"]`;
          const count = (selector: string) => figure.querySelectorAll(selector).length;
          return {
            id,
            visible: figure.checkVisibility(),
            title: figure.querySelector('.chart-title')?.textContent?.trim() ?? '',
            dek: figure.querySelector('.chart-dek')?.textContent?.trim() ?? '',
            shownSvgs: shown.length,
            role: svg?.getAttribute('role'),
            svgTitle: svg?.querySelector('title')?.textContent,
            svgDesc: svg?.querySelector('desc')?.textContent ?? '',
            width: box?.width ?? 0,
            height: box?.height ?? 0,
            marks: svg?.querySelectorAll('[data-point]').length ?? 0,
            rows: rows.length,
            rowsWithoutSource: rows.filter((row) => !row.querySelector(cited)).length,
            sourcesLink: count(`.chart-source a[href="${sources}#chart-${id}-sources"]`),
            svgLink: count(`a[href="/charts/${id}.${lang}.svg"]`),
            pngLink: count(`a[href="/charts/${id}.${lang}.png"]`),
            csvLinks: count('a[href^="/data/"][href$=".csv"]'),
          };
        }),
        { sources: story.sources, lang: story.lang },
      );
      expect(figures.map((f) => f.id)).toEqual([...story.ids]);
      for (const f of figures) {
        expect.soft(f.visible, `${f.id}: visible`).toBe(true);
        expect.soft(f.title.length, `${f.id}: title`).toBeGreaterThan(5);
        expect.soft(f.dek, `${f.id}: dek`).not.toBe('');
        expect.soft(f.shownSvgs, `${f.id}: exactly one art-board is shown`).toBe(1);
        expect.soft(f.role, `${f.id}: the SVG is an image`).toBe('img');
        expect.soft(f.svgTitle, `${f.id}: the SVG's title is the chart's`).toBe(f.title);
        expect.soft(f.svgDesc.length, `${f.id}: the SVG's description`).toBeGreaterThan(20);
        // The SVG's box is the plot, stretched to the container less the label margins.
        expect.soft(f.width, `${f.id}: plot width`).toBeGreaterThan(300);
        expect.soft(f.height, `${f.id}: plot height`).toBeGreaterThan(100);
        // Every plotted value is in the data table, and every table row cites a numbered source
        // of this chart on the sources page (tests/dist/chart-sources.test.ts: each one is there).
        expect.soft(f.marks, `${f.id}: marks`).toBeGreaterThan(0);
        expect.soft(f.rows, `${f.id}: a table row per mark`).toBe(f.marks);
        expect.soft(f.rowsWithoutSource, `${f.id}: rows without a source`).toBe(0);
        // The link to all its sources, and the downloads.
        expect.soft([f.sourcesLink, f.svgLink, f.pngLink], `${f.id}: links to its sources, SVG and PNG`).toEqual([1, 1, 1]);
        expect.soft(f.csvLinks, `${f.id}: CSV links`).toBeGreaterThan(0);
      }
      expect(problems).toEqual([]);
    });
  }
});

/**
 * Pairs of <text> in the shown art-board whose boxes overlap, texts drawn below 12 CSS px or
 * outside the viewport, and marks outside the figure's art-board area.
 */
async function textProblems(page: Page) {
  return page.locator('figure[data-chart]').evaluateAll((figures) => {
    const problems: string[] = [];
    for (const figure of figures) {
      const svg = [...figure.querySelectorAll<SVGSVGElement>('.chart-artboard > svg')].find((s) => s.getClientRects().length > 0);
      if (!svg) {
        problems.push(`${figure.getAttribute('data-chart')}: no art-board shown`);
        continue;
      }
      const area = figure.querySelector('[data-chart-artboards]')!.getBoundingClientRect();
      for (const mark of svg.querySelectorAll('[data-point]')) {
        const box = mark.getBoundingClientRect();
        if (box.left < area.left - 0.5 || box.right > area.right + 0.5) problems.push(`${figure.getAttribute('data-chart')}: mark ${mark.getAttribute('data-point')} leaves the chart`);
      }
      const texts = [...svg.querySelectorAll('text')].map((el) => ({ el, box: el.getBoundingClientRect() }));
      for (const { el, box } of texts) {
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 12 - 1e-6) problems.push(`${figure.getAttribute('data-chart')}: "${el.textContent}" is ${size.toFixed(2)}px`);
        if (box.left < -0.5 || box.right > document.documentElement.clientWidth + 0.5) problems.push(`${figure.getAttribute('data-chart')}: "${el.textContent}" leaves the viewport`);
      }
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          const a = texts[i]!.box;
          const b = texts[j]!.box;
          const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (overlapX > 0.5 && overlapY > 0.5) problems.push(`${figure.getAttribute('data-chart')}: "${texts[i]!.el.textContent}" overlaps "${texts[j]!.el.textContent}"`);
        }
      }
    }
    return problems;
  });
}

// One art-board from 320 px up (src/charts/options.ts): at 320 px it is stretched least, at
// 1280 px most; 390, 600 and 1024 px are a phone, an embed's column and a tablet. One visit per
// story, resized to each width in turn (the charts lay out again as they would if loaded there).
const legibilityWidths = [320, 390, 600, 1024, 1280];
for (const story of stories) {
  test(`${story.path} at ${legibilityWidths.join(', ')} px: chart text never overlaps and is never below 12px`, async ({ page }) => {
    await page.setViewportSize({ width: legibilityWidths[0]!, height: 900 });
    await page.goto(story.path);
    for (const width of legibilityWidths) {
      await test.step(`${width}px`, async () => {
        await page.setViewportSize({ width, height: 900 });
        expect.soft(await textProblems(page), `${story.path} at ${width}px`).toEqual([]);
      });
    }
  });
}

test.describe('tooltips (JavaScript on)', () => {
  test('hovering a chart shows the nearest value and a crosshair', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/en/');
    await enhanced(page);
    const figure = page.locator('figure[data-chart="users-vs-devices"]');
    await figure.scrollIntoViewIfNeeded();
    const svg = await visibleSvg(figure);
    const mark = svg.locator('[data-point]').nth(3);
    const box = (await mark.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = figure.locator('.chart-tooltip');
    await expect(tip).toBeVisible();
    // The tooltip says what the data table's row for this mark says.
    const row = figure.locator('details.chart-table tbody tr').nth(Number(await mark.getAttribute('data-point')));
    await expect(tip).toContainText((await row.locator('td').nth(0).textContent())!);
    await expect(tip).toContainText(`${await row.locator('td').nth(1).textContent()}: ${await row.locator('td').nth(2).evaluate((td) => td.firstChild!.textContent)}`);
    // A vertical line has no width, so check it is displayed and passes through the mark's centre.
    const crosshair = svg.locator('.chart-crosshair');
    await expect(crosshair).not.toHaveCSS('display', 'none');
    const svgBox = (await svg.boundingBox())!;
    expect(Number(await crosshair.getAttribute('x1')) + svgBox.x).toBeCloseTo(box.x + box.width / 2, 0);
    await page.mouse.move(1, 1);
    await expect(tip).toBeHidden();
  });

  test('hovering a bar shows its value', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto('/');
    await enhanced(page);
    const figure = page.locator('figure[data-chart="wechat-net-additions"]');
    await figure.scrollIntoViewIfNeeded();
    const bar = (await visibleSvg(figure)).locator('rect[data-point]').nth(1);
    const box = (await bar.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const value = await figure.locator('details.chart-table tbody tr').nth(1).locator('td.num').evaluate((td) => td.firstChild!.textContent!);
    await expect(figure.locator('.chart-tooltip')).toContainText(value);
  });

  test('the keyboard reaches the chart, steps through values, and Escape hides the tooltip', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    await enhanced(page);
    const figure = page.locator('figure[data-chart="pinduoduo-vs-alibaba"]');
    const target = figure.locator('[data-chart-artboards]');
    await expect(target).toHaveAttribute('tabindex', '0');
    await expect(target).toHaveAttribute('aria-label', /方向键/);
    // Reach it with Tab from the element just before it (the summary of the chart above).
    await page.locator('figure[data-chart="pinduoduo-vs-alibaba"] .chart-head').evaluate((el) => {
      const prev = document.createElement('button');
      prev.id = 'before-chart';
      prev.textContent = 'x';
      el.after(prev);
    });
    await page.locator('#before-chart').focus();
    await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
    const svg = await visibleSvg(figure);
    // Each mark's position and its data-table row (row n is the mark with data-point="n").
    const dates = await svg.locator('[data-point]').evaluateAll((els) =>
      els
        .map((el) => {
          const row = el.closest('figure')!.querySelectorAll('details.chart-table tbody tr')[Number(el.getAttribute('data-point'))]!;
          const box = el.getBoundingClientRect();
          return { x: Math.round(box.left + box.width / 2), date: row.children[0]!.textContent!, value: row.children[2]!.firstChild!.textContent! };
        })
        .sort((a, b) => a.x - b.x),
    );
    const tip = figure.locator('.chart-tooltip');
    await page.keyboard.press('ArrowRight');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(dates[0]!.date);
    await page.keyboard.press('ArrowRight');
    await expect(tip).toContainText(dates.find((d) => d.x > dates[0]!.x)!.date);
    await page.keyboard.press('End');
    await expect(tip).toContainText(dates.at(-1)!.value);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
  });
});

test('exports: every chart as SVG and PNG in both languages, every dataset as CSV', async ({ page, request }) => {
  await page.goto('/');
  for (const id of chartIds) {
    for (const lang of ['zh', 'en']) {
      const svgResponse = await request.get(`/charts/${id}.${lang}.svg`);
      expect(svgResponse.status()).toBe(200);
      expect(svgResponse.headers()['content-type']).toContain('image/svg+xml');
      const svg = await svgResponse.text();
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const root = doc.documentElement;
        return { error: doc.querySelector('parsererror')?.textContent ?? null, name: root.localName, role: root.getAttribute('role'), width: Number(root.getAttribute('width')), title: root.querySelector('title')?.textContent };
      }, svg);
      expect(parsed).toMatchObject({ error: null, name: 'svg', role: 'img' });
      expect(parsed.title!.length).toBeGreaterThan(5);

      const png = await (await request.get(`/charts/${id}.${lang}.png`)).body();
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.readUInt32BE(16)).toBe(parsed.width * 2);
      expect(png.readUInt32BE(20)).toBeGreaterThan(300);
    }
  }
  const datasets = readdirSync('content/data').filter((f) => f.endsWith('.csv'));
  expect(datasets.length).toBeGreaterThanOrEqual(9);
  for (const file of datasets) {
    const response = await request.get(`/data/${file}`);
    expect(response.status()).toBe(200);
    const text = await response.text();
    const comments = text.split('\n').filter((line) => line.startsWith('#'));
    expect(comments.some((line) => /https?:\/\//.test(line))).toBe(true);
    const data = text.split('\n').filter((line) => !line.startsWith('#')).join('\n');
    const original = readFileSync(`content/data/${file}`, 'utf8');
    expect(data).toBe(original);
    expect(parseCsv(data).length).toBe(parseCsv(original).length);
  }
});
