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
 * The Chromium to test with: $KAIMEN_CHROMIUM, else Debian's headless shell, else Debian's
 * Chromium, else Playwright's own browser (undefined tells Playwright to use it).
 *
 * The headless shell (apt `chromium-headless-shell`) is the same Chromium build without the
 * browser's windowing layers, the build Playwright itself runs headless tests in. On two cores
 * it opens a page and evaluates axe in about half the time, and the browser suite took 282 s
 * instead of 436 s with every screenshot baseline still matching. `fullBrowser` skips it: the
 * benchmark's Lighthouse measures the browser a reader runs.
 */
export function chromiumExecutable({ fullBrowser = false } = {}): string | undefined {
  const fromEnv = process.env.KAIMEN_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`KAIMEN_CHROMIUM is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  const debian = [...(fullBrowser ? [] : ['/usr/bin/chromium-headless-shell']), '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of debian) if (existsSync(path)) return path;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    'No Chromium found: install one with `sudo apt-get install -y chromium-headless-shell chromium fonts-noto-cjk` (Debian/Ubuntu) or `npx playwright install chromium`, or set KAIMEN_CHROMIUM to a Chromium binary.',
  );
}
