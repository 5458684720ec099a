// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { htmlSafetyGuard, mdxSafetyGuard } from './src/integrations/mdx-safety.ts';
import { atomicOutput } from './src/integrations/atomic-output.ts';
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
  // Content is data: the MDX compiler refuses expressions, imports, unknown tags and unsafe links
  // itself (behind the content guard), and the whole build lands in dist/ only once it all succeeded
  // (atomicOutput must stay last: it swaps the folder after pagefind has indexed it).
  integrations: [
    contentGuard(),
    mdx({ processor: satteri({ mdastPlugins: [mdxSafetyGuard()], hastPlugins: [htmlSafetyGuard()] }) }),
    sitemap(),
    pagefind(),
    atomicOutput(),
  ],
  // buildReport last: its summary line ends the build's output
  integrations: [contentGuard(), mdx(), sitemap(), pagefind(), buildReport()],
});
