import { chromium } from '@playwright/test';
const [,, path, out, width, scheme = 'light', selector = 'figure[data-chart]', nth = '0'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto('http://localhost:4331' + path);
const el = page.locator(selector).nth(Number(nth));
await el.screenshot({ path: out });
await browser.close();
