/**
 * A second plan year on the demo build (tests/fixtures/demo/2023: the importer's output of the generated
 * sample Lampiran, PZI_AS_OF=2022-09-15): its open data is exactly the generated plan; the year switcher,
 * "lanjutan dari 2022", the changes page, the decree's "belum diisi" and the sheet's reading notes, in
 * Chromium at 360 and 1280 px (screenshots in tests/.output/screenshots/); the CMS's generated config
 * offers the new year's notes and evidence. One browser, one tab, the demo build reused.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openTab, screenshots, type Tab } from './support/browser.ts';
import { serve, type StaticServer } from './support/server.ts';
import { variant } from './support/variants.ts';
import { ADDED, DROPPED, expectedPlan } from '../fixtures/lampiran/make-lampiran.ts';

const demo = variant('demo');
let server: StaticServer;
let browser: Browser;
let tab: Tab;

beforeAll(async () => {
  if (!demo) return;
  server = await serve(demo.outDir, demo.base);
  browser = await launchBrowser();
  tab = await openTab(browser, server.url);
});
afterAll(async () => {
  await tab?.close();
  await browser?.close();
  await server?.close();
});

const read = (file: string) => readFileSync(path.join(demo!.outDir, file), 'utf8');

describe.skipIf(!demo)('a second plan year (demo build)', () => {
  it('publishes /data/2023/rencana-aksi.json with exactly the generated plan and the particulars given', () => {
    const data = JSON.parse(read('data/2023/rencana-aksi.json'));
    const published = {
      areas: data.areas.map((area: any) => ({
        code: area.code,
        title: area.title,
        team: area.team,
        components: area.components.map((component: any) => ({
          title: component.title,
          indicators: component.indicators.map((indicator: any) => ({
            text: indicator.text,
            actions: indicator.actions.map((action: any) => ({ step: action.step, ...(action.evidence === null ? {} : { evidence: action.evidence }), months: action.months })),
          })),
        })),
      })),
    };
    expect(published).toEqual(expectedPlan());
    expect(data.decree).toMatchObject({ number: 3, year: 2023, date: '2023-01-16', place: null, signatory: null, validUntil: null });
    // 2022's open data keeps its full particulars
    expect(JSON.parse(read('data/2022/rencana-aksi.json')).decree).toMatchObject({ number: 9, place: 'Magelang', date: '2022-04-28' });
  });

  it('the CMS config offers the new year\'s notes and evidence, with its indicators, without code change', () => {
    const config = JSON.parse(read('admin/config.json'));
    const byName = new Map(config.collections.map((c: any) => [c.name, c]));
    expect((byName.get('catatan-2023') as any)?.folder).toBe('content/2023/catatan');
    expect((byName.get('bukti-2023') as any)?.folder).toBe('content/2023/bukti');
    const options = (byName.get('catatan-2023') as any).fields.find((f: any) => f.name === 'indicators').options.map((o: any) => o.label);
    expect(options).toContain(`II.3.3 — ${ADDED.text}`);
  });

  it('home shows the current plan year (2022 on 2022-09-15); the switcher lists both years on the home and plan-year pages, not on the channel pages', async () => {
    await tab.goto(`${server.url}`);
    const switcher = tab.page.getByRole('navigation', { name: 'Tahun rencana aksi' });
    expect(await switcher.getByRole('link').allInnerTexts()).toEqual(['2022 (berjalan)', '2023']);
    expect(await tab.page.locator('main').innerText()).toMatch(/Nomor 9 Tahun 2022/);

    await tab.goto(`${server.url}pengaduan/`);
    expect(await tab.page.getByRole('navigation', { name: 'Tahun rencana aksi' }).count()).toBe(0);

    await tab.goto(`${server.url}2023/`);
    const current = tab.page.getByRole('navigation', { name: 'Tahun rencana aksi' }).locator('a[aria-current="true"]');
    expect(await current.innerText()).toBe('2023');
    await tab.page.getByRole('link', { name: /Lanjutan dari rencana aksi 2022/ }).click();
    await tab.page.waitForURL(/\/2023\/perubahan\/$/);
    await screenshots(tab.page, 'rencana-2023-perubahan');
  });

  it('the changes page lists the indicator added, the two dropped, and last year\'s unfinished ones', async () => {
    await tab.goto(`${server.url}2023/perubahan/`);
    const added = await tab.page.locator('section[aria-labelledby="ditambahkan"] li').allInnerTexts();
    expect(added).toEqual([`II.3.3 ${ADDED.text}`]);
    const dropped = await tab.page.locator('section[aria-labelledby="tidak-dilanjutkan"] li a').allInnerTexts();
    expect(dropped).toEqual(DROPPED.map((code) => `2022 ${code}`));
    const unfinished = tab.page.locator('section[aria-labelledby="belum-selesai"]');
    expect(await unfinished.innerText()).toMatch(/2022 I\.4\.1[^\n]*tidak dilanjutkan pada 2023/);
    expect(await unfinished.getByRole('link', { name: 'dilanjutkan sebagai I.4.1' }).getAttribute('href')).toBe(`${demo!.base}2023/i/4/#i-4-1`);
  });

  it('an indicator carried over links to last year\'s ("Lanjutan dari 2022"); a new one and 2022\'s do not', async () => {
    await tab.goto(`${server.url}2023/i/4/`);
    const carried = tab.page.locator('#i-4-1');
    expect(await carried.innerText()).toMatch(/Lanjutan dari 2022:\s*2022 I\.4\.2/);
    expect(await carried.getByRole('link', { name: '2022 I.4.2' }).getAttribute('href')).toBe(`${demo!.base}2022/i/4/#i-4-2`);
    await screenshots(tab.page, 'rencana-2023-lanjutan');
    await tab.goto(`${server.url}2023/ii/3/`);
    expect(await tab.page.locator('#ii-3-3').innerText()).not.toMatch(/Lanjutan dari/);
    await tab.goto(`${server.url}2022/i/4/`);
    expect(await tab.page.locator('main').innerText()).not.toMatch(/Lanjutan dari/);
  });

  it('the decree page says which particulars are not filled in; the reading notes quote sheet rows with Excel\'s column letters', async () => {
    await tab.goto(`${server.url}2023/keputusan/`);
    const decree = await tab.page.locator('main').innerText();
    expect(decree).toMatch(/Bagian keputusan yang belum diisi: tempat penetapan, penanda tangan, dasar hukum \(mengingat\)/);
    expect(decree).toMatch(/Penanda tangan: belum diisi/);
    await screenshots(tab.page, 'rencana-2023-keputusan');
    await tab.goto(`${server.url}2023/catatan-pembacaan/`);
    const notes = await tab.page.locator('main').innerText();
    expect(notes).toMatch(/Sel Q11 berisi huruf "v", dibaca sebagai tanda bulan 12/);
    expect(notes).toMatch(/Baris 58 mengulang judul tabel/);
    expect(notes).toMatch(/Baris 11 lembar:\s*\[A\] 3 \[B\] Pemantauan/);
  });
});
