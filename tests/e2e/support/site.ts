import { discoverPages, type SitePage } from '../../../scripts/lib/site-pages.ts';

/**
 * Every page of the built site (dist/), found when the tests are collected, so each new
 * page or embed is tested without being listed. Throws when dist/ has not been built.
 */
export const sitePages: SitePage[] = discoverPages('dist');

/** A file-name-safe name for a page: `/` → `zh`, `/en/` → `en`, `/embed/a/` → `embed-a`. */
export function pageSlug(path: string): string {
  return path.replace(/^\/|\/$/g, '').replace(/\.html$/, '').replace(/[^a-zA-Z0-9-]+/g, '-') || 'zh';
}
