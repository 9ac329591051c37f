import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/e2e/support/chromium.ts';
import { hostOrigin, hostPort, siteOrigin, sitePort as port } from './tests/e2e/support/origins.ts';

// Tests serve the built site at its own origin (SITE_URL, as in astro.config.mjs), and a
// page that embeds it from another origin (tests/e2e/support/host-server.ts).

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  // Two cores: two workers (measured against three in README's quality-gates notes).
  workers: Number(process.env.KAIMEN_WORKERS ?? 2),
  retries: 0,
  // Per test; a page visit in all-pages.spec.ts sets its own. Doubled from Playwright's 30 s:
  // the no-JS chart walk took 36 s with the machine's load at 29 (on two cores).
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  // Screenshot baselines, one set for every machine: the tests pin Debian's Chromium and
  // fonts-noto-cjk, so no per-platform suffix. Refresh with `npm run test:visual:update`.
  // `pages` is the one visit per page and condition (tests/e2e/all-pages.spec.ts).
  snapshotPathTemplate: 'tests/e2e/__screenshots__/{arg}{ext}',
  expect: {
    toHaveScreenshot: { maxDiffPixelRatio: 0.002, animations: 'disabled', caret: 'hide', scale: 'css' },
  },
  projects: [
    { name: 'pages', testMatch: /all-pages\.spec\.ts$/ },
    { name: 'e2e', testIgnore: /all-pages\.spec\.ts$/ },
  ],
  webServer: [
    {
      command: `node scripts/serve.ts --port ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
    },
    {
      command: `node tests/e2e/support/host-server.ts --port ${hostPort} --site ${siteOrigin}`,
      url: `${hostOrigin}/`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
    },
  ],
});
