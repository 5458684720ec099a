/**
 * Complaint and gratification channels on the built site: the posters print on exactly one
 * A4 page with a QR code that decodes to the channel page's absolute URL (site + base), every
 * channel link is a well-formed URL with an allowed scheme, the pages answer "where and by
 * when" within the first screen of a 360 px phone, and the recap shows data or an honest empty state.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openTab, type Tab } from './support/browser.ts';
import { serve, type StaticServer } from './support/server.ts';
import { builtVariants, type SiteVariant } from './support/variants.ts';
import { parse as parseYaml } from 'yaml';
import { portalUrl, resolvePortal, UNCONFIRMED_WARNING } from '../../src/lib/portal.ts';

/** Content root each variant is built from (the demo's unit.yaml confirms https://contoh.kpu.go.id/zi/). */
const CONTENT_ROOT: Record<string, string> = { site: 'content', subpath: 'content', demo: 'tests/fixtures/demo' };

/** The portal address the variant's unit.yaml gives, read apart from the build. */
function portalOf(variant: SiteVariant) {
  return resolvePortal(parseYaml(readFileSync(path.join(CONTENT_ROOT[variant.name]!, 'unit.yaml'), 'utf8')).portal);
}

const POSTERS = [
  { poster: 'cetak/gratifikasi/', target: 'gratifikasi/' },
  { poster: 'cetak/pengaduan/', target: 'pengaduan/' },
];
const SCHEMES = ['https:', 'mailto:', 'tel:', 'sms:'];

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** Draws the poster's QR SVG onto a canvas and decodes its pixels with jsQR. */
async function decodeQr(page: Page): Promise<string | undefined> {
  const markup = await page.evaluate(() => {
    const svg = document.querySelector('.poster .qr svg')!.cloneNode(true) as SVGSVGElement;
    svg.setAttribute('width', '400');
    svg.setAttribute('height', '400');
    return new XMLSerializer().serializeToString(svg);
  });
  // Drawn in a blank page of the same context: the site's Content-Security-Policy (img-src 'self')
  // rightly refuses the data: image this needs.
  const blank = await page.context().newPage();
  const image = await blank.evaluate(async (svgMarkup) => {
    const size = 400;
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgMarkup)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size, size);
    context.drawImage(img, 0, 0, size, size);
    // the pixels as base64: a plain array of 640 000 numbers took seconds to cross the protocol
    const pixels = context.getImageData(0, 0, size, size).data;
    let binary = '';
    for (let i = 0; i < pixels.length; i += 0x8000) binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
    return { data: btoa(binary), width: size, height: size };
  }, markup);
  await blank.close();
  return jsQR(new Uint8ClampedArray(Buffer.from(image.data, 'base64')), image.width, image.height)?.data;
}

/** Height of the demo build's "CONTOH DATA" banner (0 on real builds): it sits above the first screen's content. */
function sampleBannerHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('.sample-banner')?.getBoundingClientRect().height ?? 0);
}

/** The canonical URL a page declares for itself: Astro's `site` + base + path, computed apart from the QR code. */
function canonicalOf(variant: SiteVariant, pagePath: string): string {
  const html = readFileSync(path.join(variant.outDir, pagePath, 'index.html'), 'utf8');
  const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error(`${pagePath}: no canonical link`);
  return href;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(builtVariants().map((variant) => [variant.name, variant] as const))('channels on the %s build', (_, variant) => {
  let server: StaticServer;
  // one tab per build, each test one visit in it (a fresh browser context per test cost ~1.4 CPU-s)
  let tab: Tab;
  beforeAll(async () => {
    server = await serve(variant.outDir, variant.base);
    tab = await openTab(browser, server.origin);
  });
  afterAll(async () => {
    await tab?.close();
    await server?.close();
  });

  /** Opens a page of the build in the tab (at its 1280 × 800 unless `viewport`); browser problems fail the test. */
  async function visit(pagePath: string, viewport?: { width: number; height: number }): Promise<Page> {
    await tab.goto(`${server.url}${pagePath}`, { viewport });
    return tab.page;
  }

  it.each(POSTERS)('prints $poster on exactly one A4 page', async ({ poster }) => {
    const page = await visit(poster);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });

    expect(pdfPageCount(pdf)).toBe(1);
  });

  it.each(POSTERS)('puts a QR code on $poster only under a confirmed address, decoding to the absolute URL of $target', async ({ poster, target }) => {
    const page = await visit(poster);
    const portal = portalOf(variant);

    if (portal.confirmed) {
      const decoded = await decodeQr(page);
      expect(decoded).toBe(portalUrl(portal, target));
      expect(decoded!.startsWith(portal.url!)).toBe(true);
      // Built without --site/--base, the canonical URLs use the confirmed address too.
      if (variant.site === portal.site && variant.base === portal.base) expect(canonicalOf(variant, target)).toBe(decoded);
    } else {
      expect(await page.locator('.poster svg, .poster [data-qr-url]').count()).toBe(0);
      expect(await page.locator('.poster-no-qr').textContent()).toMatch(/alamat portal belum dikonfirmasi/i);
      expect(readFileSync(path.join(variant.outDir, '..', `${variant.name}.build.log`), 'utf8')).toContain(UNCONFIRMED_WARNING);
    }
  });

  it.each(['pengaduan/', 'gratifikasi/', 'benturan-kepentingan/'])('gives every channel link on %s a well-formed URL with an allowed scheme', async (pagePath) => {
    const page = await visit(pagePath);

    const hrefs = await page.$$eval('.channel a[href]', (links) => links.map((link) => link.getAttribute('href')!));

    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const url = new URL(href, page.url());
      const internal = url.origin === server.origin && url.pathname.startsWith(variant.base);
      expect(internal || SCHEMES.includes(url.protocol), href).toBe(true);
      if (url.protocol === 'mailto:') expect(url.pathname, href).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i);
      if (url.protocol === 'tel:' || url.protocol === 'sms:') expect(url.pathname, href).toMatch(/^\+?\d{3,15}$/);
      if (url.protocol === 'https:') expect(url.hostname, href).toMatch(/\.[a-z]{2,}$/);
    }
  });

  it('answers "where and by when" for every case within the first screen of a 360 px phone', async () => {
    const page = await visit('pengaduan/', { width: 360, height: 740 });

    const banner = await sampleBannerHeight(page);
    const cases = await page.$$eval('.case-guide > div', (rows) => rows.map((row) => ({ bottom: row.getBoundingClientRect().bottom, text: row.textContent ?? '' })));

    expect(cases.length).toBe(5);
    for (const row of cases) expect(row.bottom - banner, row.text).toBeLessThanOrEqual(740);
    expect(cases.map((row) => row.text).join(' ')).toMatch(/hari kerja/);
  });

  it('answers where and by when to report a gift within the first screen of a 360 px phone', async () => {
    const page = await visit('gratifikasi/', { width: 360, height: 740 });

    const banner = await sampleBannerHeight(page);
    const answer = await page.$eval('.answer', (list) => ({ bottom: list.getBoundingClientRect().bottom, text: list.textContent ?? '' }));

    expect(answer.bottom - banner).toBeLessThanOrEqual(740);
    expect(answer.text).toMatch(/30 hari kerja/);
    // The UPG route appears as a channel only where content confirms the UPG (the demo's gratifikasi.yaml does).
    const upgConfirmed = /\n\s+confirmed:/.test(readFileSync(path.join(CONTENT_ROOT[variant.name]!, 'kanal/gratifikasi.yaml'), 'utf8'));
    if (upgConfirmed) expect(answer.text).toMatch(/Ke UPG .*10 hari kerja/);
    else expect(answer.text).toMatch(/UPG .* belum dipastikan ada/);
  });

  it('shows the complaint recap with the same figures as /data/pengaduan.json, or says honestly that there are none', async () => {
    const page = await visit('pengaduan/rekap/');
    const data = JSON.parse(readFileSync(path.join(variant.outDir, 'data/pengaduan.json'), 'utf8')) as { years: { year: number; rows: unknown[]; totals: { received: number } }[] };

    const tableRows = await page.$$eval('.table-scroll tbody tr', (rows) => rows.length);
    const charts = await page.$$eval('.recap-chart svg[role="img"]', (svgs) => svgs.length);
    const text = await page.textContent('main');

    const published = data.years.filter((year) => year.rows.length > 0);
    expect(tableRows).toBe(published.reduce((sum, year) => sum + year.rows.length, 0));
    expect(charts).toBe(published.length);
    if (data.years.length === 0) expect(text).toContain('Belum ada rekap pengaduan');
  });
});
