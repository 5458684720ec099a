/**
 * Every built HTML page of the `site` variant (and of `demo`, when it exists), one test per page:
 * - html-validate passes (see support/html.ts);
 * - zero axe violations (every rule, best-practice included, see support/axe.ts) in Chromium at 1280 px and at 360 px
 *   (one navigation, then a resize, unless the page's resources depend on the width)
 *   (the demo variant at 360 px only: its plan pages are the production ones, and the suite must
 *   stay well under ten minutes on two cores);
 * - no request to any other origin, no console error, no page error (see support/browser.ts);
 * - zero Content-Security-Policy violations and a strict <meta> policy (see support/csp.ts); the
 *   production build is served by the shipped nginx.conf (scripts/deploy/), so its header policy
 *   and security headers apply too — one visit per page serves both this suite and the nginx one;
 * - at 360 px no page-level horizontal scroll.
 * All problems of a page are reported together, under the page's path.
 */
import type { Browser } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, preloadAxe, runAxe } from './axe.ts';
import { horizontalOverflow, launchBrowser, openTab, type Tab } from './browser.ts';
import { pagePolicyProblems, recordViolations } from './csp.ts';
import { formatHtmlMessages, validateHtmlFile } from './html.ts';
import { listPages, widthDependent } from './pages.ts';
import { serve } from './server.ts';
import { builtVariants } from './variants.ts';
import { NGINX, startNginx } from './web-servers.ts';

const MOBILE = 360;
const WIDTHS_BY_VARIANT: Record<string, readonly number[]> = { site: [1280, MOBILE], demo: [MOBILE] };

/**
 * The demo's second plan year (tests/fixtures/demo/2023) is built from the same page templates as its
 * first, which are all checked: of it, only its year-level pages (/2023/…/, including the pages only a
 * later year has) and the components showing a carried-over and an added indicator, so that year adds
 * about ten pages to this suite instead of seventy.
 */
const LATER_YEAR_SAMPLE = /^\d{4}\/(?:[a-z-]+\/)?$|^\d{4}\/(?:i\/4|ii\/3)\/$/;

function checkedPage(pagePath: string, base: string): boolean {
  const relative = pagePath.slice(base.length);
  const year = /^(\d{4})\//.exec(relative)?.[1];
  return !year || year === FIRST_PLAN_YEAR || LATER_YEAR_SAMPLE.test(relative);
}

const FIRST_PLAN_YEAR = '2022';

/** Registers the every-page suite for one build variant (one test file per variant, so they run side by side). */
export function everyPageSuite(variantName: 'site' | 'demo'): void {
  const variants = builtVariants()
    .filter((v) => v.name === variantName)
    .map((v) => ({ ...v, pages: listPages(v.outDir, v.base).filter((page) => checkedPage(page.path, v.base)) }));

  const siteDeselected = inject('e2eSkippedVariants').some((v) => v.name === 'site');

  if (variantName === 'site') {
    it.skipIf(siteDeselected)('the production site variant was built', () => {
      expect(variants.map((v) => v.name)).toContain('site');
    });
  }

  describe.each(variants)('every page of variant "$name"', ({ name, outDir, base, pages }) => {
    const widths = WIDTHS_BY_VARIANT[name]!;
    let server: { origin: string; close(): Promise<void> };
    let browser: Browser;
    // one long-lived tab per width, reused for every page (a fresh context per page costs ~0.5 s)
    const tabs = new Map<number, Tab>();

    beforeAll(async () => {
      [server, browser] = await Promise.all([startServer(name, outDir, base), launchBrowser()]);
      for (const width of widths) {
        const tab = await openTab(browser, server.origin, { width });
        await Promise.all([preloadAxe(tab.context), recordViolations(tab.context)]);
        tabs.set(width, tab);
      }
    });
    afterAll(async () => {
      await Promise.all([...tabs.values()].map((tab) => tab.close()));
      await Promise.all([server?.close(), browser?.close()]);
    });

    it('has pages', () => {
      expect(pages.length, `no HTML page in ${outDir}`).toBeGreaterThan(0);
    });

    it.each(pages)('$path', async ({ path: pagePath, file }) => {
      const failures: string[] = [];

      const html = readFileSync(file, 'utf8');
      // html-validate beside the browser work
      const validated = validateHtmlFile(file);

      // One navigation per page: the first width loads it, the next widths resize the same tab
      // (media queries apply on resize), which halves Chromium's work. A page whose resources depend
      // on the width (srcset, <source>, media-dependent stylesheets) is loaded afresh at each width,
      // so the requests a phone would make are the ones checked.
      const reload = widthDependent(html);
      const first = tabs.get(widths[0]!)!;
      for (const [index, width] of widths.entries()) {
        const tab = index === 0 || reload ? tabs.get(width)! : first;
        if (tab === first && index > 0) await first.page.setViewportSize({ width, height: 800 });
        // other-origin requests and console/page errors fail the test through tab.goto
        else await tab.goto(server.origin + pagePath);
        failures.push(...(await pagePolicyProblems(tab, `${pagePath} @${width}px`)));
        const violations = await runAxe(tab.page);
        if (violations.length > 0) failures.push(`axe at ${width}px:\n${formatViolations(violations)}`);

        if (width === MOBILE) {
          const o = await horizontalOverflow(tab.page);
          if (o.overflow > 0) {
            failures.push(
              `horizontal scroll at ${width}px: scrollWidth ${o.scrollWidth} > innerWidth ${o.innerWidth}` +
                (o.culprits.length ? `\n    - ${o.culprits.join('\n    - ')}` : ''),
            );
          }
        }
      }
      const htmlMessages = await validated;
      if (htmlMessages.length > 0) failures.unshift(formatHtmlMessages(htmlMessages));

      if (failures.length > 0) throw new Error(`${pagePath} (${file})\n${failures.join('\n')}`);
    });
  });
}

/**
 * The production build is served by the shipped nginx.conf (as deployed: header policy, security
 * headers, types); the demo build, under /zi/, by the test's static server (its <meta> policy applies).
 */
async function startServer(name: string, outDir: string, base: string): Promise<{ origin: string; close(): Promise<void> }> {
  if (name !== 'site') return serve(outDir, base);
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: run the tests with scripts/test.sh (installs Debian's nginx) or apt-get install nginx`);
  return startNginx(path.resolve('scripts/deploy/nginx.conf'), outDir, base);
}

