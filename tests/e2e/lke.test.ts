/**
 * The LKE pages of the built sites: the real site shows the mapping and coverage from its sources
 * and "belum diisi" for every answer; the demo shows its (fictional) self-assessment with the scores
 * and checksums computed from what it publishes. Read from the built files; one phone check in Chromium.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, launchBrowser, openTab, type Tab } from './support/browser.ts';
import { serve, type StaticServer } from './support/server.ts';
import { variant, type SiteVariant } from './support/variants.ts';
import { LKE, LKE_SECTIONS } from '../../src/lib/lke/lke.ts';

const site = variant('site');
const demo = variant('demo');
const read = (v: SiteVariant, file: string) => readFileSync(path.join(v.outDir, file), 'utf8');
/** The text of one question's article on a page (its id is the code with dots as hyphens). */
const article = (html: string, code: string) => {
  const id = code.toLowerCase().replace(/\./g, '-');
  const start = html.indexOf(`<article class="lke-question" id="${id}"`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</article>', start));
};
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe.skipIf(!site)('LKE pages of the real site', () => {
  const mapping: { indicator: string; questions: string[]; reading: string; reason?: string }[] = parse(readFileSync('content/2022/lke/pemetaan.yaml', 'utf8')).mappings;

  it('lists every LKE question on its area page, with its mapped indicators or "tidak ada dalam rencana"', () => {
    let listed = 0;
    for (const section of LKE_SECTIONS) {
      const html = read(site!, `2022/lke/${section.slug}/index.html`);
      for (const question of section.subcomponents.flatMap((sub) => sub.questions)) {
        const item = article(html, question.code);
        expect(item, question.code).not.toBe('');
        const expected = mapping.filter((m) => m.questions.includes(question.code)).map((m) => m.indicator);
        const shown = [...item.matchAll(/class="code"[^>]*>([IVX]+\.\d+\.\d+)</g)].map((m) => m[1]);
        expect(shown, question.code).toEqual(expected);
        if (expected.length === 0) expect(text(item)).toContain('tidak ada dalam rencana');
        listed++;
      }
    }
    expect(listed).toBe(113);
  });

  it('shows the reason of every tafsiran mapping beside its indicator', () => {
    const tafsiran = mapping.filter((m) => m.reading === 'tafsiran');
    expect(tafsiran.length).toBeGreaterThan(0);
    for (const m of tafsiran) {
      for (const code of m.questions) {
        const section = LKE_SECTIONS.find((s) => s.subcomponents.some((sub) => sub.questions.some((q) => q.code === code)))!;
        expect(text(article(read(site!, `2022/lke/${section.slug}/index.html`), code)), `${m.indicator} → ${code}`).toContain(`tafsiran: ${m.reason}`);
      }
    }
  });

  it('says "belum diisi" for every answer and shows no score until staff enter one', () => {
    const overview = text(read(site!, '2022/lke/index.html'));
    expect(overview).toContain('Penilaian mandiri tahun 2022 belum diisi');
    expect(overview).toContain('bukan hasil penilaian TPI atau TPN');
    expect(overview).not.toContain('Nilai per bagian');
    const area = read(site!, '2022/lke/area-5/index.html');
    for (const q of LKE.subcomponents.filter((s) => s.area === 5).flatMap((s) => s.questions)) expect(text(article(area, q.code))).toContain('Penilaian mandiri: belum diisi');
    const csv = read(site!, '2022/lke/penilaian-mandiri.csv').trim().split('\n');
    expect(csv).toHaveLength(114);
  });

  it('publishes /data/lke.json as the LKE the build read, valid against /data/lke.schema.json', () => {
    const data = JSON.parse(read(site!, 'data/lke.json'));
    const schema = JSON.parse(read(site!, 'data/lke.schema.json'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data).toEqual(JSON.parse(readFileSync('src/data/lke.json', 'utf8')));
    expect(validate({ ...data, parts: [{ code: 'A.I' }] })).toBe(false);
  });
});

describe.skipIf(!demo)('LKE pages of the demo site (fictional self-assessment)', () => {
  let server: StaticServer;
  let browser: Browser;
  let phone: Tab;
  beforeAll(async () => {
    [server, browser] = await Promise.all([serve(demo!.outDir, demo!.base), launchBrowser()]);
    phone = await openTab(browser, server.origin, { width: 360 });
  });
  afterAll(async () => {
    await phone?.close();
    await Promise.all([server?.close(), browser?.close()]);
  });

  it('shows the computed scores beside Tabel 6, what is missing for Menuju WBK, and marks them as sample', () => {
    const overview = text(read(demo!, '2022/lke/index.html'));
    expect(overview).toContain('113 dari 113 pertanyaan sudah dijawab');
    expect(overview).toMatch(/Nilai Total 75,00 80,91 ✓ memenuhi 85,00 \(Telah mendapatkan predikat Menuju WBK\)/);
    expect(overview).toContain('Area di bawah 60% bobotnya: 5. Penguatan Pengawasan');
    expect(overview).toContain('Jawaban penilaian mandiri di situs contoh ini fiktif');
    expect(overview).toContain('tidak tertulis dalam peraturan');
  });

  it('gives each cited evidence item the SHA-256 of the file it publishes', () => {
    const html = read(demo!, '2022/lke/area-1/pemenuhan-ii/index.html');
    const item = article(html, 'A.I.1.ii.a');
    const href = item.match(/<a href="([^"]+\.pdf)"/)![1]!;
    const file = path.join(demo!.outDir, href.slice(demo!.base.length));
    expect(existsSync(file)).toBe(true);
    expect(item).toContain(createHash('sha256').update(readFileSync(file)).digest('hex'));
    expect(text(item)).toContain('Terakhir diubah');
  });

  it('exports the assessment in the LKE row order', () => {
    const rows = JSON.parse(read(demo!, '2022/lke/penilaian-mandiri.json'));
    expect(rows.baris.map((row: { kode: string }) => row.kode)).toEqual(LKE.subcomponents.flatMap((s) => s.questions.map((q) => q.code)));
    expect(rows.nilai.total).toBe(80.91);
    expect(rows.keterangan).toContain('bukan hasil penilaian TPI atau TPN');
  });

  it('at 360 px an area page never scrolls sideways', async () => {
    await phone.goto(`${server.url}2022/lke/area-5/`);
    const overflow = await horizontalOverflow(phone.page);
    expect(overflow.overflow, overflow.culprits.join('\n')).toBe(0);
  });
});
