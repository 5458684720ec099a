// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { parse as parseYaml } from 'yaml';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { portalAddress } from './src/integrations/portal-address.ts';
import { contentRoot } from './src/lib/content-root.ts';
import { resolvePortal } from './src/lib/portal.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { htmlSafetyGuard, mdxSafetyGuard } from './src/integrations/mdx-safety.ts';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { astroCsp } from './src/lib/security/csp.ts';
import { robotsNote } from './src/integrations/robots-note.ts';
import { buildReport } from './src/integrations/build-report.ts';
import { cacheDir, pinProjectRoot } from './src/lib/build-cache.ts';
import { evidenceFiles, verifyEvidenceOutput } from './src/integrations/evidence-files.ts';
import { MAX_NOTE_IMAGE_PIXELS } from './src/lib/note-images/rules.ts';
import { siteRecord } from './src/integrations/site-record.ts';

/**
 * The portal's public address is set once, by staff, in `<content>/unit.yaml` (`portal.url` and
 * `portal.confirmedAt`); `--site` and `--base` still override it per build (README "Memasang di
 * bawah sebuah path"). Unconfirmed, `site` is a reserved `.invalid` host (see src/lib/portal.ts).
 */
const portal = resolvePortal(readPortal());

/** The portal block of unit.yaml, read as plain data; a broken file is reported by the content guard. */
function readPortal() {
  try {
    return parseYaml(readFileSync(`${contentRoot()}/unit.yaml`, 'utf8'))?.portal;
  } catch {
    return undefined;
  }
}

// The build caches (src/lib/build-cache.ts) live under this project, whatever folder Astro runs from.
pinProjectRoot(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  site: portal.site,
  base: portal.base,
  // `npm run bench` and the e2e tests give each build its own caches, Astro's own included.
  ...(process.env.PZI_CACHE_DIR ? { cacheDir: `${cacheDir()}/astro` } : {}),
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // One round trip: the stylesheet is small, so every page carries it inline.
    inlineStylesheets: 'always',
    // Four pages at a time: a page's write and its content module import wait on the disk, and one at
    // a time left the build idle; pages only read the data they share (memoised per build,
    // src/lib/memo.ts), so the output is byte for byte the same.
    concurrency: 4,
  },
  // Staff notes never need code highlighting, and Shiki's inline styles would need 'unsafe-inline'
  // under the CSP below (Astro warns about it on every build, which staff read as a failure).
  markdown: { syntaxHighlight: false },
  // Images in notes are re-encoded without their metadata (GPS included); one the optimiser cannot
  // process stops the build instead of being published as is (src/lib/note-images/).
  image: { service: { entrypoint: './src/lib/note-images/image-service.ts', config: { limitInputPixels: MAX_NOTE_IMAGE_PIXELS } } },
  // Content-Security-Policy <meta> with the hashes of the inline script and stylesheet (src/lib/security/csp.ts).
  security: { csp: astroCsp() },
  // buildReport last: its summary line ends the build's output
  integrations: [
    // Vitest only compiles components with this config: it needs no content check.
    contentGuard({ skipDevUnderVitest: true }),
    portalAddress(portal),
    mdx({ processor: satteri({ mdastPlugins: [mdxSafetyGuard()], hastPlugins: [htmlSafetyGuard()] }) }),
    // /admin/ (the staff CMS) is not a public page: out of the sitemap, as it is out of search and noindex
    sitemap({ filter: (page) => !new URL(page).pathname.includes('/admin/') }),
    // Evidence files are copied, not rendered (src/lib/evidence/published-files.ts); before atomicOutput.
    evidenceFiles(),
    pagefind(),
    // /data/versi.json and .htaccess, after the evidence files are copied
    siteRecord(),
    robotsNote(),
    buildReport(),
    // LAST, after pagefind: swaps this build's folder into dist/ only once everything succeeded and
    // every published evidence file has the SHA-256 the site states.
    atomicOutput({ verify: verifyEvidenceOutput }),
  ],
  vite: {
    // The preview (`npm run dev`) watches the project: build outputs, caches and the e2e suite's
    // temporary builds change thousands of files it never serves, and made it resync and stall.
    server: { watch: { ignored: ['**/tests/.output/**', '**/.cache/**', '**/dist/**', '**/.dist.*/**'] } },
    // Lightning CSS instead of PostCSS, for one design-token feature CSS lacks in browsers:
    // @custom-media, so the breakpoint is written once (src/styles/global.css).
    css: { transformer: 'lightningcss', lightningcss: { drafts: { customMedia: true } } },
  },
});
