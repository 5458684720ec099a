// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { htmlSafetyGuard, mdxSafetyGuard } from './src/integrations/mdx-safety.ts';
import { atomicOutput } from './src/integrations/atomic-output.ts';
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
  // Content is data: the MDX compiler refuses expressions, imports, unknown tags and unsafe links
  // itself (behind the content guard). buildReport counts the pages of this build's folder and
  // prints the summary; atomicOutput (LAST, after pagefind) then swaps that folder into dist/, only
  // once everything succeeded.
  integrations: [
    contentGuard(),
    mdx({ processor: satteri({ mdastPlugins: [mdxSafetyGuard()], hastPlugins: [htmlSafetyGuard()] }) }),
    sitemap(),
    pagefind(),
    robotsNote(),
    buildReport(),
    atomicOutput(),
  ],
});
