/** Every same-site link and #anchor in the built site resolves (see scripts/lib/link-check.ts). */
import { expect, it } from 'vitest';
import { findBrokenLinks, loadSite } from '../../scripts/lib/link-check.ts';
import { discoverPages } from '../../scripts/lib/site-pages.ts';

const dist = process.env.KAIMEN_DIST ?? 'dist';

it('every internal link and #anchor in the build resolves', () => {
  expect(discoverPages(dist).length).toBeGreaterThanOrEqual(2);
  // Absolute URLs (canonical, hreflang, og:url) are built from SITE_URL, as the build was.
  const site = loadSite(dist);
  const broken = findBrokenLinks(site, new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin);
  expect(broken.map((b) => `${b.from}: ${b.url} (${b.reason})`)).toEqual([]);
});
