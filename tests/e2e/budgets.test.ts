/**
 * Performance budgets on every built page of the real (`site`) and sample (`demo`) builds:
 * - critical path: gzip(HTML) + gzip(each render-blocking stylesheet) ≤ 14 600 bytes (one TCP
 *   initial window);
 * - JavaScript: none on pages without a chart, apart from the header search loader (≤ 5 KB gzip);
 *   pages with `<pzi-chart>` load ≤ 80 KB gzip in all, measured in Chromium after scrolling to the end;
 * - fonts: no font file, or at most one self-hosted subset;
 * - images: from astro:assets, with width/height, lazy unless in the first screen.
 * The heaviest page of each type is printed, to see how close each type is to its budget.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openTab, type Tab } from './support/browser.ts';
import { listPages, type BuiltPage } from './support/pages.ts';
import { serve, type StaticServer } from './support/server.ts';
import { variant, type SiteVariant } from './support/variants.ts';
import {
  blockingStylesheets,
  CHART_PAGE_JS_BUDGET,
  CRITICAL_BUDGET,
  fontUrls,
  formatTable,
  gzipSize,
  imageProblems,
  isChartPage,
  isSearchLoader,
  moduleImports,
  pageScripts,
  pageType,
  SEARCH_LOADER_BUDGET,
} from '../support/perf/page-weight.ts';

interface Measured extends BuiltPage {
  html: string;
  critical: number;
  chart: boolean;
}

/** A file of the build from its URL path (`<base>_astro/x.js` → `<outDir>/_astro/x.js`). */
function fileOf(site: SiteVariant, urlPath: string): string {
  const clean = urlPath.split(/[?#]/)[0]!;
  return path.join(site.outDir, clean.startsWith(site.base) ? clean.slice(site.base.length) : clean.replace(/^\//, ''));
}

/** gzip bytes of a module and everything it imports statically or on demand; `seen` collects their URL paths. */
function moduleClosure(site: SiteVariant, urlPath: string, seen = new Set<string>()): number {
  if (seen.has(urlPath)) return 0;
  seen.add(urlPath);
  const text = readFileSync(fileOf(site, urlPath), 'utf8');
  return gzipSize(text) + moduleImports(text).reduce((sum, specifier) => sum + moduleClosure(site, specifier.startsWith('/') ? specifier : path.posix.join(path.posix.dirname(urlPath), specifier), seen), 0);
}

/** URL paths of the page's search loader and the modules it may import (a shared chunk keeps its own name). */
function loaderModules(site: SiteVariant, page: Measured): Set<string> {
  const seen = new Set<string>();
  for (const script of pageScripts(page.html).filter(isSearchLoader)) if (script.src) moduleClosure(site, new URL(script.src, `http://x${page.path}`).pathname, seen);
  return seen;
}

function measure(site: SiteVariant): Measured[] {
  return listPages(site.outDir, site.base).map((page) => {
    const html = readFileSync(page.file, 'utf8');
    const css = blockingStylesheets(html).reduce((sum, href) => sum + gzipSize(readFileSync(fileOf(site, new URL(href, `http://x${page.path}`).pathname))), 0);
    return { ...page, html, critical: gzipSize(html) + css, chart: isChartPage(html) };
  });
}

for (const name of ['site', 'demo'] as const) {
  const site = variant(name);

  describe.skipIf(!site)(`budgets (${name})`, () => {
    const pages = site ? measure(site) : [];

    it('builds pages to measure', () => {
      expect(pages.length).toBeGreaterThan(10);
    });

    it('keeps every page within 14 600 bytes of gzip HTML and render-blocking CSS', () => {
      const rows = [...Map.groupBy(pages, (page) => pageType(page.relative))].map(([type, group]) => {
        const heaviest = group.reduce((max, page) => (page.critical > max.critical ? page : max));
        return [type, group.length, heaviest.critical, `${Math.round((heaviest.critical / CRITICAL_BUDGET) * 100)}%`, heaviest.path];
      });
      console.log(`\nheaviest page per type (${name}):\n${formatTable(['type', 'pages', 'critical B', 'of budget', 'page'], rows.sort((a, b) => Number(b[2]) - Number(a[2])))}`);
      expect(pages.filter((page) => page.critical > CRITICAL_BUDGET).map((page) => `${page.path}: ${page.critical}`)).toEqual([]);
    });

    it('loads no JavaScript on pages without a chart, except the header search loader', () => {
      const offenders = pages
        .filter((page) => !page.chart)
        .flatMap((page) => pageScripts(page.html).filter((script) => !isSearchLoader(script)).map((script) => `${page.path}: ${script.src ?? script.tag}`));
      expect(offenders).toEqual([]);
    });

    it('keeps the search loader within 5 KB gzip, once on a page', () => {
      const loaders = pages.map((page) => ({ page, scripts: pageScripts(page.html).filter(isSearchLoader) }));
      expect(loaders.filter(({ scripts }) => scripts.length > 1).map(({ page }) => page.path)).toEqual([]);
      const sizes = new Map(loaders.flatMap(({ page, scripts }) => scripts.map((script) => [script.src ?? page.path, script.src ? moduleClosure(site!, new URL(script.src, `http://x${page.path}`).pathname) : gzipSize(script.inline ?? '')])));
      expect([...sizes].filter(([, bytes]) => bytes > SEARCH_LOADER_BUDGET)).toEqual([]);
    });

    it('names no font file, or one self-hosted subset at most', () => {
      const fonts = new Set(pages.flatMap((page) => fontUrls(page.html)));
      expect([...fonts].filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
      expect(fonts.size).toBeLessThanOrEqual(1);
    });

    it('serves every image through astro:assets with its size, lazily unless marked for the first screen', () => {
      expect(pages.flatMap((page) => imageProblems(page.html, site!.base).map((problem) => `${page.path}: ${problem}`))).toEqual([]);
    });

    describe('in Chromium', () => {
      let server: StaticServer;
      let browser: Browser;
      // One tab for every visit of the variant, its HTTP cache off: each visit fetches (and so
      // measures) every script and font anew, as a first visit would, without the ~1.4 CPU-s a
      // fresh browser context (a new renderer process) costs per page.
      let tab: Tab;
      const chartPages = pages.filter((page) => page.chart);
      // A few pages without a chart of different kinds, besides every chart page.
      const plainPages = [...Map.groupBy(pages.filter((page) => !page.chart), (page) => pageType(page.relative)).values()].map((group) => group[0]!);

      beforeAll(async () => {
        [server, browser] = await Promise.all([serve(site!.outDir, site!.base), launchBrowser()]);
        tab = await openTab(browser, server.origin, { width: 360, height: 640, cache: false });
      });
      afterAll(async () => {
        await tab?.close();
        await Promise.all([server?.close(), browser?.close()]);
      });

      /** Every JS and font response of a visit, after the whole page was in view so every lazy chart draws. */
      async function visit(page: BuiltPage) {
        const responses: { url: string; type: string; bytes: Promise<number> }[] = [];
        const onResponse = (response: Response) => {
          const type = response.request().resourceType();
          if (type === 'script' || type === 'font' || /\.m?js(\?|$)/.test(response.url())) {
            responses.push({ url: response.url(), type, bytes: response.body().then(gzipSize, () => 0) });
          }
        };
        tab.page.on('response', onResponse);
        try {
          await tab.goto(new URL(page.path, server.origin).href);
          const eagerBelowFold = await tab.page.$$eval('img:not([loading="lazy"])', (images) =>
            images.filter((image) => image.getBoundingClientRect().top > window.innerHeight).map((image) => image.getAttribute('src')),
          );
          // Every lazy chart draws once it nears the viewport (IntersectionObserver): a viewport as
          // tall as the page brings them all in at once, instead of scrolling step by step.
          const height = await tab.page.evaluate(() => document.documentElement.scrollHeight);
          await tab.page.setViewportSize({ width: 360, height: Math.min(Math.max(height, 640), 30_000) });
          await tab.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          // every chart drawn (its module loaded and run: draw-chart marks it), then no request for 300 ms;
          // without this wait a late chart module was missed, or cut off by the next visit
          await tab.page.waitForFunction(() => document.querySelectorAll('pzi-chart:not([data-drawn])').length === 0, undefined, { timeout: 30_000 });
          await tab.settle(300);
          const measured = await Promise.all(responses.map(async (response) => ({ ...response, bytes: await response.bytes })));
          return { measured, eagerBelowFold };
        } finally {
          tab.page.off('response', onResponse);
        }
      }

      it.skipIf(chartPages.length === 0).each(chartPages.map((page) => [page.path, page] as const))('loads at most 80 KB gzip of JavaScript on chart page %s', async (_, page) => {
        const { measured, eagerBelowFold } = await visit(page);
        const js = measured.filter((response) => response.type === 'script' || /\.m?js(\?|$)/.test(response.url));
        const total = js.reduce((sum, response) => sum + response.bytes, 0);
        console.log(`${name} ${page.path}: ${js.length} scripts, ${total} B gzip`);
        expect(js.length).toBeGreaterThan(0);
        expect(total).toBeLessThanOrEqual(CHART_PAGE_JS_BUDGET);
        expect(measured.filter((response) => response.type === 'font').length).toBeLessThanOrEqual(1);
        expect(eagerBelowFold).toEqual([]);
      });

      it.each(plainPages.map((page) => [page.path, page] as const))('loads no script but the search loader (≤ 5 KB gzip) on %s', async (_, page) => {
        const { measured, eagerBelowFold } = await visit(page);
        const js = measured.filter((response) => response.type === 'script' || /\.m?js(\?|$)/.test(response.url));
        const allowed = loaderModules(site!, page);
        const others = js.filter((response) => !allowed.has(new URL(response.url).pathname) && !isSearchLoader({ tag: '', src: new URL(response.url).pathname }));
        expect(others.map((response) => response.url)).toEqual([]);
        expect(js.reduce((sum, response) => sum + response.bytes, 0)).toBeLessThanOrEqual(SEARCH_LOADER_BUDGET);
        expect(measured.filter((response) => response.type === 'font').length).toBeLessThanOrEqual(1);
        expect(eagerBelowFold).toEqual([]);
      });
    });
  });
}
