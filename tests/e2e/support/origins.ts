/** Origins of the site under test (SITE_URL, as in astro.config.mjs) and of the test host page. */
const site = new URL(process.env.SITE_URL ?? 'http://localhost:4321');

export const sitePort = Number(site.port || 80);
export const siteOrigin = site.origin;
/** tests/e2e/support/host-server.ts: another origin (other host name and port) embedding ours. */
export const hostPort = sitePort + 1;
export const hostOrigin = `http://127.0.0.1:${hostPort}`;
