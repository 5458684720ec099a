/**
 * Survey pages on the demo build: charts draw only when scrolled into view, the tables carry
 * every number without JavaScript, chart code stays off pages without a chart, and a chart page's
 * JavaScript stays within CHART_PAGE_JS_BUDGET once every chart has drawn. (The critical-bytes
 * budget of every survey page is checked with every other page in budgets.test.ts.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { CHART_PAGE_JS_BUDGET, isSearchLoader } from '../support/perf/page-weight.ts';
import { launchBrowser, openTab, type Tab } from './support/browser.ts';
import { serve, type StaticServer } from './support/server.ts';
import { variant } from './support/variants.ts';

const demo = variant('demo');
const DETAIL = 'survei/skm-2022-desember/';

/** Number of canvas pixels that are not fully transparent. */
function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (canvas) => {
    const { data } = (canvas as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, (canvas as HTMLCanvasElement).width, (canvas as HTMLCanvasElement).height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted;
  });
}

describe.skipIf(!demo)('survey pages (demo)', () => {
  let server: StaticServer;
  let browser: Browser;
  // One tab for the file, its HTTP cache off so that every visit requests every script it runs
  // (what a test counts below); a fresh browser context per test cost ~1.4 CPU-s.
  let tab: Tab;

  beforeAll(async () => {
    [server, browser] = await Promise.all([serve(demo!.outDir, demo!.base), launchBrowser()]);
    tab = await openTab(browser, server.origin, { cache: false });
  });
  afterAll(async () => {
    await tab?.close();
    await Promise.all([server?.close(), browser?.close()]);
  });

  /** Script requests of the tab from now until the test ends. */
  function scriptRequests(): string[] {
    const urls: string[] = [];
    const listener = (request: Request) => {
      if (request.resourceType() === 'script') urls.push(request.url());
    };
    tab.page.on('request', listener);
    onTestFinished(() => {
      tab.page.off('request', listener);
    });
    return urls;
  }

  /** Visits a page of the demo (at the tab's 1280 × 800 unless `viewport`). */
  async function visit(pagePath: string, viewport?: { width: number; height: number }): Promise<void> {
    await tab.goto(`${server.url}${pagePath}`, { viewport });
  }

  it('draws a chart only once it scrolls into view', async () => {
    const scripts = scriptRequests();
    await visit(DETAIL, { width: 360, height: 640 });
    const last = 'figure#profil-layanan';

    const drawnBefore = await tab.page.$eval(`${last} pzi-chart`, (element) => element.hasAttribute('data-drawn'));
    await tab.page.locator(last).scrollIntoViewIfNeeded();
    await tab.page.waitForSelector(`${last} pzi-chart[data-drawn]`, { timeout: 10_000 });

    expect(drawnBefore).toBe(false);
    expect(await paintedPixels(tab.page, `${last} canvas`)).toBeGreaterThan(500);
    expect(scripts.some((url) => /draw-chart/.test(url))).toBe(true);
  });

  it('labels each chart canvas as an image with a summary', async () => {
    await visit(DETAIL);

    const canvases = await tab.page.$$eval('figure canvas', (list) => list.map((canvas) => ({ role: canvas.getAttribute('role'), label: canvas.getAttribute('aria-label') ?? '' })));

    expect(canvases.length).toBeGreaterThan(1);
    for (const canvas of canvases) {
      expect(canvas.role).toBe('img');
      expect(canvas.label.length).toBeGreaterThan(20);
    }
  });

  it('shows every number in tables without JavaScript, and no empty chart box', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}${DETAIL}`);

    const nrrRows = await page.$$eval('figure#nrr-unsur tbody tr', (rows) => rows.map((row) => row.querySelector('th')!.textContent!.trim()));
    const charts = await page.$$eval('pzi-chart', (list) => list.map((element) => getComputedStyle(element).display));
    const lead = await page.textContent('main .lead');

    expect(nrrRows).toHaveLength(9);
    expect(nrrRows[0]).toMatch(/^U1 Persyaratan$/);
    expect(nrrRows[8]).toMatch(/^U9 Sarana dan Prasarana$/);
    expect(charts.length).toBeGreaterThan(0);
    expect(new Set(charts)).toEqual(new Set(['none']));
    expect(lead).toMatch(/IKM \d{2,3},\d{2} dari 100: mutu pelayanan [A-D]/);
    await context.close();
  });

  it.each(['', '2022/vi/3/', 'survei/ipak-2023/', 'data/'])('loads no chart code, only the search loader, on /%s, which has no chart', async (pagePath) => {
    const scripts = scriptRequests();
    await visit(pagePath);
    await tab.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await tab.settle();

    expect(scripts).toEqual([]);
    // The header search loader (inline, no request until a visitor searches) is the one script allowed.
    const inline = await tab.page.$$eval('script', (list) => list.map((script) => ({ tag: script.outerHTML.slice(0, script.outerHTML.indexOf('>') + 1), src: script.getAttribute('src') ?? undefined, inline: script.textContent ?? '' })));
    const others = inline.filter((script) => !isSearchLoader(script)).length;
    expect(others).toBe(0);
  });

  it.each(['survei/', DETAIL])('keeps the JavaScript of /%s within the chart-page budget once every chart has drawn', async (pagePath) => {
    const requested = scriptRequests();
    await visit(pagePath);
    for (const chart of await tab.page.$$('pzi-chart')) await chart.scrollIntoViewIfNeeded();
    await tab.page.waitForFunction(() => [...document.querySelectorAll('pzi-chart')].every((element) => element.hasAttribute('data-drawn')));

    const scripts = new Set(requested.map((url) => new URL(url).pathname));
    const gzipped = [...scripts].reduce((sum, file) => sum + gzipSync(readFileSync(path.join(demo!.outDir, file.slice(demo!.base.length)))).length, 0);

    expect(scripts.size).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(CHART_PAGE_JS_BUDGET);
  });

});
