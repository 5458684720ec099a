/**
 * Progress notes and the timeline, in Chromium against the built demo site (fictional notes,
 * every cell state) and the sub-path build (feed links must carry the base).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, launchBrowser, openTab, type Tab } from './support/browser.ts';
import { serve, type StaticServer } from './support/server.ts';
import { variant } from './support/variants.ts';
import { FEED_ITEMS } from '../../src/lib/progress/notes.ts';

const demo = variant('demo');
const subpath = variant('subpath');

describe.skipIf(!demo)('the timeline and notes of the demo site', () => {
  let server: StaticServer;
  let browser: Browser;
  let phone: Tab;
  let noScript: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([serve(demo!.outDir, demo!.base), launchBrowser()]);
    phone = await openTab(browser, server.origin, { width: 360 });
    noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    page = await noScript.newPage();
  });
  afterAll(async () => {
    await Promise.all([phone?.close(), noScript?.close()]);
    await Promise.all([server?.close(), browser?.close()]);
  });

  const rowCodes = (target: Page) => target.locator('.tl th[scope="row"] .code').allTextContents();

  it('at 360 px the timeline page never scrolls sideways; its grid scrolls inside its own region', async () => {
    await phone.goto(`${server.url}2022/linimasa/`);

    const overflow = await horizontalOverflow(phone.page);
    const region = phone.page.getByRole('region', { name: await phone.page.locator('.tl caption').textContent() ?? '' });
    const grid = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));

    expect(overflow.overflow, overflow.culprits.join('\n')).toBe(0);
    expect(grid.scroll).toBeGreaterThan(grid.client);
    expect(await rowCodes(phone.page)).toHaveLength(65);
  });

  it('links a reported cell to its note', async () => {
    await phone.goto(`${server.url}2022/linimasa/`);
    const link = phone.page.locator('td.status-ok a').first();
    const label = (await link.getAttribute('aria-label'))!;

    await link.click();
    await phone.page.waitForURL(/\/kemajuan\/[^/]+\/$/);
    const title = (await phone.page.locator('h1').textContent())!.trim();

    expect(label).toContain(title);
    expect(label).toMatch(/dilaporkan/);
  });

  it('shows the reference date and the legend in words', async () => {
    await phone.goto(`${server.url}2022/linimasa/`);
    const data = await (await fetch(`${server.url}data/kemajuan.json`)).json();

    const lead = await phone.page.locator('.lead').textContent();
    const legend = await phone.page.locator('.legend').textContent();

    expect(lead).toMatch(/^Per tanggal \d{1,2} \S+ \d{4}\./);
    expect(new Date(`${data.asOf}T00:00:00Z`).toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).toBe(lead!.match(/Per tanggal (.+?)\./)![1]);
    expect(legend).toContain('belum ada laporan');
  });

  it('filters the timeline by area and by team without JavaScript', async () => {
    await page.goto(`${server.url}2022/linimasa/`);
    const all = await rowCodes(page);

    await page.locator('nav.filters a[title="Penguatan Pengawasan"]').click();
    await page.waitForURL(/\/linimasa\/area\/v\/$/);
    const byArea = await rowCodes(page);
    await page.locator('nav.filters a', { hasText: 'Pengawasan' }).filter({ hasNotText: 'Penguatan' }).click();
    await page.waitForURL(/\/linimasa\/tim\/tim-pengawasan\/$/);
    const byTeam = await rowCodes(page);

    expect(byArea).toEqual(all.filter((code) => code.startsWith('V.')));
    expect(byArea.length).toBeGreaterThan(0);
    expect(byTeam).toEqual(byArea);
  });

  it('filters the notes by area without JavaScript', async () => {
    await page.goto(`${server.url}kemajuan/`);

    await page.locator('nav.filters a', { hasText: 'Area I' }).first().click();
    await page.waitForURL(/\/kemajuan\/area\/i\/$/);
    const codes = await page.locator('.notes .meta').allTextContents();

    expect(codes.length).toBeGreaterThan(0);
    for (const text of codes) expect(text).toMatch(/\bI\.\d+\.\d+/);
  });

  it('lists on each month page what was reported and what is outstanding', async () => {
    await phone.goto(`${server.url}2022/linimasa/05/`);

    const headings = await phone.page.locator('main h2').allTextContents();
    const reported = await phone.page.locator('main .notes li').count();

    expect(headings[0]).toBe('Dilaporkan');
    expect(headings).toContain('Belum ada laporan');
    expect(reported).toBeGreaterThan(1);
  });
});

describe.skipIf(!subpath)('the notes feed under a sub-path', () => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await serve(subpath!.outDir, subpath!.base);
  });
  afterAll(async () => server?.close());

  it('parses as RSS 2.0 with absolute links that keep the base, and every page links to it', async () => {
    const [feed, home, data] = await Promise.all([
      fetch(`${server.url}feed.xml`).then((response) => response.text()),
      fetch(server.url).then((response) => response.text()),
      fetch(`${server.url}data/kemajuan.json`).then((response) => response.json()),
    ]);
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      const parsed = await tab.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.nodeName,
          version: doc.documentElement.getAttribute('version'),
          links: [...doc.querySelectorAll('item > link')].map((link) => link.textContent),
        };
      }, feed);

      expect(parsed.error).toBeNull();
      expect(parsed).toMatchObject({ root: 'rss', version: '2.0' });
      expect(parsed.links).toEqual(data.notes.slice(0, FEED_ITEMS).map((note: { id: string }) => `${subpath!.site}${subpath!.base}kemajuan/${note.id}/`));
      expect(home).toContain(`<link rel="alternate" type="application/rss+xml"`);
      expect(home).toMatch(/href="\/zona-integritas\/feed\.xml"/);
    } finally {
      await browser.close();
    }
  });
});
