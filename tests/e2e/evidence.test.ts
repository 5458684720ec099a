/**
 * The evidence register on the built site: filters without JavaScript, an item's size and checksum
 * as published, A4 landscape print one page wide, and `sha256sum -c` over the built folder.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSearchLoader } from '../support/perf/page-weight.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { serve, type StaticServer } from './support/server.ts';
import { builtVariants, variant } from './support/variants.ts';
import { formatBytes } from '../../src/lib/format.ts';
import { pdfPageCount } from '../../src/lib/evidence/pdf.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.each(builtVariants())('exports of variant "$name"', ({ outDir, base }) => {
  it('passes sha256sum -c in the built folder, with at least one file listed', () => {
    const listed = readFileSync(join(outDir, 'data/2022/bukti.sha256'), 'utf8').split('\n').filter(Boolean);
    // execFileSync throws when sha256sum exits non-zero (a missing or changed file)
    const output = execFileSync('sha256sum', ['-c', 'data/2022/bukti.sha256'], { cwd: outDir, encoding: 'utf8' });
    const verified = output.split('\n').filter((line) => line.endsWith(': OK'));

    expect(listed.length).toBeGreaterThan(0);
    expect(verified).toHaveLength(listed.length);
  });

  it('gives file URLs in bukti.json under the base path', () => {
    const json = JSON.parse(readFileSync(join(outDir, 'data/2022/bukti.json'), 'utf8')) as { indicators: { items: { url: string; sha256: string | null }[] }[] };
    const fileUrls = json.indicators.flatMap((indicator) => indicator.items).filter((item) => item.sha256).map((item) => item.url);

    expect(fileUrls.length).toBeGreaterThan(0);
    for (const url of fileUrls) expect(url.startsWith(`${base}2022/bukti/berkas/`)).toBe(true);
  });
});

const demo = variant('demo');

describe.skipIf(!demo)('the register of the demo site', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([serve(demo!.outDir, demo!.base), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([server?.close(), browser?.close()]);
  });

  it('filters by area and by status with plain links (no JavaScript on the page)', async () => {
    const { page } = await openPage(browser, `${server.url}2022/bukti/`);
    // Only the header search loader, which requests nothing until a visitor searches.
    const inline = await page.$$eval('script', (list) => list.map((script) => ({ tag: script.outerHTML.slice(0, script.outerHTML.indexOf('>') + 1), src: script.getAttribute('src') ?? undefined, inline: script.textContent ?? '' })));
    const others = inline.filter((script) => !isSearchLoader(script)).length;
    expect(others).toBe(0);
    const lengkapOverview = await page.locator('.status-grid .status-ok').count();

    await page.getByRole('navigation', { name: 'Saring register' }).getByRole('link', { name: 'V', exact: true }).click();
    const areaRows = await page.locator('table.register tbody tr[id]').evaluateAll((rows) => rows.map((row) => row.id));
    await page.getByRole('navigation', { name: 'Saring register' }).getByRole('link', { name: /^lengkap/ }).click();
    const statuses = await page.locator('table.register tbody tr[id] .badge').allTextContents();

    expect(areaRows.length).toBeGreaterThan(0);
    expect(areaRows.every((id) => id.startsWith('v-'))).toBe(true);
    expect(new URL(page.url()).pathname).toBe(`${demo!.base}2022/bukti/status/lengkap/`);
    expect(statuses).toHaveLength(lengkapOverview);
    expect(statuses.every((text) => text.includes('lengkap'))).toBe(true);
  });

  it('shows a file under its indicator with its real size and checksum, at a citable anchor', async () => {
    const { page } = await openPage(browser, `${server.url}2022/bukti/area/v/#v-3-1`);
    const row = page.locator('tr#v-3-1');
    const link = row.getByRole('link', { name: /tangkapan layar kanal pengaduan/ });
    const href = (await link.getAttribute('href'))!;
    const bytes = readFileSync(join(demo!.outDir, href.slice(demo!.base.length)));
    const text = await row.textContent();

    expect(bytes).toEqual(readFileSync('tests/fixtures/demo/2022/bukti/contoh-tangkapan-layar-kanal-pengaduan.png'));
    expect(text).toContain(formatBytes(bytes.length));
    expect(text).toContain(sha256(bytes).slice(0, 12));
    expect(await row.locator('.badge').textContent()).toContain('lengkap');
  });

  it('prints an area on A4 landscape with the table one page wide', async () => {
    const { page } = await openPage(browser, `${server.url}2022/bukti/area/v/`, { width: 1280 });
    await page.emulateMedia({ media: 'print' });
    // A4 landscape minus 10 mm margins: 277 mm ≈ 1047 CSS px.
    await page.setViewportSize({ width: 1047, height: 740 });
    const fit = await page.evaluate(() => {
      const table = document.querySelector('table.register')!;
      return { table: table.getBoundingClientRect().right, page: document.documentElement.scrollWidth, width: window.innerWidth };
    });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(Buffer.from(pdf).toString('latin1'))!;

    expect(fit.table).toBeLessThanOrEqual(fit.width);
    expect(fit.page).toBeLessThanOrEqual(fit.width);
    expect(Number(box[1])).toBeGreaterThan(Number(box[2]));
    expect(await pdfPageCount(pdf)).toBeGreaterThan(0);
  });

  it('offers an area ZIP whose manifest and checksums match its files', async () => {
    const response = await fetch(`${server.url}2022/bukti/paket/area-v.zip`);
    const zip = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const sums = strFromU8(zip['SHA256SUMS']!).trim().split('\n');

    expect(response.status).toBe(200);
    expect(strFromU8(zip['manifest.csv']!)).toMatch(/^indicator,title,date,file,bytes,sha256/);
    expect(sums.length).toBeGreaterThan(0);
    for (const line of sums) {
      const [hash, name] = line.split('  ');
      expect(sha256(zip[name!]!), name).toBe(hash);
    }
  });
});
