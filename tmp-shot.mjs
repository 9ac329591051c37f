import { chromium } from '@playwright/test';
const site = process.env.SITE_URL;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [path, name, scheme] of [['/', 'zh', 'light'], ['/en/', 'en', 'light'], ['/en/', 'en', 'dark']]) {
  const page = await browser.newPage({ viewport: { width: 390, height: 900 }, colorScheme: scheme });
  await page.goto(site + path, { waitUntil: 'load' });
  const section = page.locator('#corrections');
  await section.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await section.screenshot({ path: `/tmp/tc/shots/corrections-${name}-390-${scheme}.png` });
  const fig = page.locator('figure[data-chart="pinduoduo-vs-alibaba"] .chart-head');
  await fig.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await fig.screenshot({ path: `/tmp/tc/shots/frame-${name}-390-${scheme}.png` });
  await page.close();
}
await browser.close();
