import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for running Chromium as root in a container with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Chromium to test with: $KAIMEN_CHROMIUM, else Debian's /usr/bin/chromium,
 * else Playwright's own browser (undefined tells Playwright to use it).
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.KAIMEN_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`KAIMEN_CHROMIUM is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(path)) return path;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    'No Chromium found: install one with `sudo apt-get install -y chromium fonts-noto-cjk` (Debian/Ubuntu) or `npx playwright install chromium`, or set KAIMEN_CHROMIUM to a Chromium binary.',
  );
}
