/** Every same-site link and #anchor in the built site resolves (see scripts/lib/link-check.ts). */
import { expect, test } from '@playwright/test';
import { findBrokenLinks, loadSite } from '../../scripts/lib/link-check.ts';
import { sitePages } from './support/site.ts';

test('every internal link and #anchor in dist/ resolves', ({ baseURL }) => {
  expect(sitePages.length).toBeGreaterThanOrEqual(2);
  // Absolute URLs (canonical, hreflang, og:url) are built from SITE_URL, the origin the tests serve.
  const site = loadSite('dist');
  const broken = findBrokenLinks(site, new URL(baseURL!).origin);
  expect(broken.map((b) => `${b.from}: ${b.url} (${b.reason})`)).toEqual([]);
});
