import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/e2e/support/chromium.ts';
import { hostOrigin, hostPort, siteOrigin, sitePort as port } from './tests/e2e/support/origins.ts';

// Tests serve the built site at its own origin (SITE_URL, as in astro.config.mjs), and a
// page that embeds it from another origin (tests/e2e/support/host-server.ts).

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
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
