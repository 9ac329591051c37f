/**
 * The site's Content-Security-Policy, emitted by Astro as a <meta http-equiv> on every page
 * (`security.csp` in astro.config.mjs). Astro adds `script-src` and `style-src` with the
 * SHA-256 hash of every script and stylesheet it bundles or inlines, so:
 *
 * - scripts run only from this origin or with a hash Astro computed: an `is:inline` script,
 *   an inline event handler (`onclick=`) or a `javascript:` URL is blocked;
 * - nothing is loaded from another origin (`default-src 'self'`);
 * - `style` attributes are allowed (`style-src-attr 'unsafe-inline'`) so components and
 *   charts may set CSS custom properties inline; `<style>` elements still need a hash.
 *
 * `frame-ancestors` cannot be set from a <meta>: it is in public/_headers, with the
 * Referrer-Policy and X-Content-Type-Options headers.
 */
import type { AstroUserConfig } from 'astro';

type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const cspDirectives: NonNullable<CspOptions['directives']> = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The value of Astro's `security.csp` option. */
export const cspConfig: CspOptions = {
  algorithm: 'SHA-256',
  directives: cspDirectives,
  // `script-src` and `style-src` default to 'self' plus Astro's hashes.
  styleDirective: {
    resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }],
  },
};
