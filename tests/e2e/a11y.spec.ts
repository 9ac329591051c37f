/**
 * axe on every built page, in light and dark, on a phone and a desktop: zero violations.
 * Pages come from dist/, so each new page and embed is checked without being listed here.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitePages } from './support/site.ts';
import { openLoaded } from './support/navigation.ts';

for (const { path } of sitePages) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      test(`${path} has no axe violations, ${colorScheme}, ${width} px`, async ({ page }) => {
        test.slow(); // axe's colour-contrast rule takes seconds on a long page.
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 900 });
        await openLoaded(page, path);
        expect(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, colorScheme)).toBe(true);
        // axe cannot judge the contrast of text that content-visibility: auto has not laid
        // out yet (on phones, the story's charts, checks and back matter until scrolled to):
        // it files them under "needs review". Readers see them laid out, so lay them out.
        await page.evaluate(async () => {
          for (const el of document.querySelectorAll<HTMLElement>('*')) {
            if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
          }
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        });
        const { violations } = await new AxeBuilder({ page }).analyze();
        const found = violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`,
        );
        expect(found).toEqual([]);
      });
    }
  }
}
