// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { astroCsp } from './src/lib/security/csp.ts';
import { robotsNote } from './src/integrations/robots-note.ts';
import { buildReport } from './src/integrations/build-report.ts';

/**
 * The production URL is set here once (or per build with `--site` and `--base`,
 * see README "Memasang di bawah sebuah path").
 */
const PRODUCTION_SITE = 'https://kota-magelang.kpu.go.id';

export default defineConfig({
  site: PRODUCTION_SITE,
  // `npm run bench` keeps each synthetic build's caches apart (see scripts/bench.ts).
  ...(process.env.PZI_CACHE_DIR ? { cacheDir: `${process.env.PZI_CACHE_DIR}/astro` } : {}),
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // One round trip: the stylesheet is small, so every page carries it inline.
    inlineStylesheets: 'always',
  },
  // Content-Security-Policy <meta> with the hashes of the inline script and stylesheet (src/lib/security/csp.ts).
  security: { csp: astroCsp() },
  // buildReport last: its summary line ends the build's output
  integrations: [
    contentGuard(),
    mdx(),
    // /admin/ (the staff CMS) is not a public page: out of the sitemap, as it is out of search and noindex
    sitemap({ filter: (page) => !new URL(page).pathname.includes('/admin/') }),
    pagefind(),
    robotsNote(),
    buildReport(),
  ],
  vite: {
    // Lightning CSS instead of PostCSS, for one design-token feature CSS lacks in browsers:
    // @custom-media, so the breakpoint is written once (src/styles/global.css).
    css: { transformer: 'lightningcss', lightningcss: { drafts: { customMedia: true } } },
  },
});
