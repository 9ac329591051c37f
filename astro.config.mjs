// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkArticleParagraphs } from './src/markdown/remark-article-paragraphs.ts';
import { remarkMdxAllowlist } from './src/markdown/remark-mdx-allowlist.ts';
import { remarkStoryPairing } from './src/markdown/remark-story-pairing.ts';
import { remarkCheckReferences } from './src/markdown/remark-check-references.ts';
import { referenceRules } from './src/markdown/references.ts';
import { remarkAnnotations } from './src/markdown/remark-annotations.ts';
import { annotationIndex } from './src/notes/annotation-index.ts';
import { cspConfig } from './src/security/csp.ts';
import { cspPerPage } from './src/security/csp-per-page.ts';
import { modulesAfterLoad } from './src/enhance/start-after-load.ts';
import { localized404 } from './src/site/localized-404.ts';
import { pageBudget } from './src/data/checks/page-budget.ts';

/** Absolute origin for canonical, social and embed URLs. Override with SITE_URL when deploying. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Each page's stylesheet inside the page: it paints after one download, not after the HTML
  // and then a stylesheet (Lighthouse's simulated phone spends a connection round trip on it).
  // Split per page, so an embed or the sources page carries only the styles it uses.
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    // No code blocks in the story; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    // Astro 7 defaults to the Sätteri processor; remark plugins need the unified one.
    // GFM is added explicitly (and the built-in switch turned off so it is not applied twice).
    // SmartyPants stays off: it would rewrite the original's straight quotes.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [
        remarkGfm,
        // First: MDX is code, so anything outside the story's allow-list fails before it runs.
        remarkMdxAllowlist,
        remarkArticleParagraphs,
        [remarkCheckReferences, referenceRules],
        [remarkStoryPairing, referenceRules],
        [remarkAnnotations, annotationIndex],
      ],
    }),
  },
  // A strict Content-Security-Policy as a <meta> on every page: see src/security/csp.ts;
  // cspPerPage then keeps in each page's policy only the hashes of its own inline code.
  security: { csp: cspConfig },
  // modulesAfterLoad: the story pages' module starts once the page has loaded (src/enhance/start-after-load.ts).
  // pageBudget: a built page over its HTML size budget fails the build (src/data/checks/budgets.ts).
  integrations: [mdx(), localized404(['en']), modulesAfterLoad(), cspPerPage(), pageBudget()],
  // Scripts as cached /_astro/*.js modules, not inlined into every page: the story and embed
  // pages share one module, src/enhance/page.ts.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
});
