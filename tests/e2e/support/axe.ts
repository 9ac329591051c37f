import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** axe-core's script, the copy @axe-core/playwright itself runs. */
const axeSource = readFileSync(createRequire(import.meta.resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

/** An axe violation as one readable string: rule, impact, help, and each node that fails. */
function describe(v: AxeResults['violations'][number]): string {
  return `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`;
}

/**
 * axe on one page visit, several scans. AxeBuilder injects axe into the page and into a fresh
 * blank page for every scan (its frame-by-frame protocol), which costs more than the scan itself
 * on our pages: here axe is injected once per visit (call again after a navigation) and run in
 * the page. A page with iframes is scanned with AxeBuilder instead, which follows them.
 */
export async function axeOnPage(page: Page) {
  const framed = (await page.locator('iframe').count()) > 0;
  if (!framed) await page.evaluate(axeSource);
  return {
    /** The violations, with the rules in `rules` only if given, in the elements matching `include` if given. */
    async violations({ rules, include = [] }: { rules?: string[]; include?: string[] } = {}): Promise<string[]> {
      if (framed) {
        const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
        if (rules) builder.withRules(rules);
        for (const selector of include) builder.include(selector);
        return (await builder.analyze()).violations.map(describe);
      }
      // Violations are all we report: axe then builds selectors only for failing nodes, not for
      // the thousands that pass (its documented speed-up for long pages), and only they come back.
      const options: RunOptions = { resultTypes: ['violations'], ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}) };
      const violations = await page.evaluate(
        async ([selectors, runOptions]) => {
          const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
          return (await axe.run(selectors.length > 0 ? { include: selectors.map((s) => [s]) } : document, runOptions)).violations;
        },
        [include, options] as const,
      );
      return violations.map(describe);
    },
  };
}
