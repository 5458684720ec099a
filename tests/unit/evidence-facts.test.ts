import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileRefused, fileFacts, mediaTypeOf, sha256Hex } from '../../src/lib/evidence/facts.ts';
import { PDF_LIMITS, pdfPageCount, readPdfPages } from '../../src/lib/evidence/pdf.ts';
import { compressedZerosPdf, repeatedFlateDecodePdf } from './support/hostile-pdf.ts';

const DEMO = 'tests/fixtures/demo/2022/bukti';
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe('sha256Hex', () => {
  it('gives the standard SHA-256 of "abc"', () => {
    expect(sha256Hex(bytes('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with a fresh hash of a real file', async () => {
    const file = readFileSync(`${DEMO}/contoh-foto-apel-pagi.jpg`);
    const { createHash } = await import('node:crypto');

    expect(sha256Hex(file)).toBe(createHash('sha256').update(file).digest('hex'));
  });
});

describe('mediaTypeOf', () => {
  it('gives the type of the extension when the content matches it', async () => {
    expect(await mediaTypeOf('foto.jpg', readFileSync(`${DEMO}/contoh-foto-apel-pagi.jpg`))).toBe('image/jpeg');
    expect(await mediaTypeOf('catatan.txt', bytes('notulen rapat'))).toBe('text/plain');
  });

  it('refuses a text file named .pdf, saying what it contains', async () => {
    await expect(mediaTypeOf('evil.pdf', bytes('<html><script>alert(1)</script></html>'))).rejects.toThrow(/bernama \.pdf tetapi isinya teks/);
  });

  it('refuses a photo named .pdf and a PDF named .txt', async () => {
    await expect(mediaTypeOf('foto.pdf', readFileSync(`${DEMO}/contoh-foto-apel-pagi.jpg`))).rejects.toThrow(/bernama \.pdf tetapi isinya berkas JPG/);
    await expect(mediaTypeOf('notulen.txt', readFileSync(`${DEMO}/contoh-usulan-diklat-2022.pdf`))).rejects.toThrow(/bernama \.txt tetapi isinya berkas PDF/);
  });

  it('refuses an empty file', async () => {
    await expect(mediaTypeOf('kosong.pdf', new Uint8Array())).rejects.toThrow(FileRefused);
    await expect(mediaTypeOf('kosong.pdf', new Uint8Array())).rejects.toThrow(/kosong \(0 byte\)/);
  });

  it('refuses extensions a browser would run on the site (.html, .svg) or that the site does not publish', async () => {
    await expect(mediaTypeOf('halaman.html', bytes('<p>hai</p>'))).rejects.toThrow(/berakhiran "\.html"/);
    await expect(mediaTypeOf('gambar.svg', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).rejects.toThrow(/berakhiran "\.svg"/);
  });
});

// pdf.js loads into a fresh worker in a few seconds on a busy machine.
describe('readPdfPages', { timeout: 60_000 }, () => {
  it('counts the pages of a PDF written by Chromium', async () => {
    const file = readFileSync(`${DEMO}/contoh-notulen-sosialisasi-rencana-aksi.pdf`);
    const pageObjects = file.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)!.length;

    expect(await pdfPageCount(file)).toBe(pageObjects);
    expect(pageObjects).toBeGreaterThan(1);
  });

  it('gives no number for a truncated PDF', async () => {
    const file = readFileSync(`${DEMO}/contoh-notulen-sosialisasi-rencana-aksi.pdf`);
    expect(await readPdfPages(file.subarray(0, Math.floor(file.length * 0.8)))).toEqual({ reason: 'terpotong' });
  });

  it('gives no number for something that only looks like a PDF', async () => {
    expect(await readPdfPages(bytes('%PDF-1.4\nhello /Type /Pages /Count 3\n%%EOF\n'))).toEqual({ reason: 'rusak' });
  });

  // Hostile files: generated here, never committed. Each must end quickly, in bounded memory, without a number.
  it.each([
    ['2 MB of repeated /FlateDecode', () => repeatedFlateDecodePdf()],
    ['a compressed-zeros object stream (1 MB inflating to 1 GB)', () => compressedZerosPdf()],
  ])('survives %s: no page count, within 30 s and 1 GB', async (_, make) => {
    const file = make();
    const before = process.memoryUsage.rss();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
    const started = performance.now();
    const reading = await readPdfPages(file);
    clearInterval(sampler);

    expect(reading.pages).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(peak - before).toBeLessThan(1024 * 1024 * 1024);
  }, 60_000);

  it('ends a file that takes longer than the time limit and reads the next one normally', async () => {
    const limits = PDF_LIMITS as { timeMs: number };
    const saved = limits.timeMs;
    limits.timeMs = 1; // a 3 000-page PDF is never read in 1 ms: the worker is ended and replaced
    // (a small PDF raced the timer on a loaded machine: a warm worker could answer first)
    const pages = Array.from({ length: 3000 }, (_, i) => `${i + 3} 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj`);
    const kids = Array.from({ length: 3000 }, (_, i) => `${i + 3} 0 R`).join(' ');
    const big = Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Count 3000 /Kids [${kids}] >> endobj\n${pages.join('\n')}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
    try {
      expect(await readPdfPages(big)).toEqual({ reason: 'batas' });
    } finally {
      limits.timeMs = saved;
    }
    expect(await readPdfPages(readFileSync(`${DEMO}/contoh-usulan-diklat-2022.pdf`))).toEqual({ pages: 1 });
  });
});

describe('fileFacts', { timeout: 60_000 }, () => {
  it('states size, media type, hash and, for a PDF only, pages', async () => {
    const pdf = readFileSync(`${DEMO}/contoh-usulan-diklat-2022.pdf`);
    const png = readFileSync(`${DEMO}/contoh-tangkapan-layar-kanal-pengaduan.png`);

    expect(await fileFacts('a.pdf', pdf)).toEqual({ bytes: pdf.length, mediaType: 'application/pdf', sha256: sha256Hex(pdf), pages: 1 });
    expect(await fileFacts('b.png', png)).toEqual({ bytes: png.length, mediaType: 'image/png', sha256: sha256Hex(png) });
  });

  it('marks a PDF without a page count as unreadable instead of guessing', async () => {
    const pdf = readFileSync(`${DEMO}/contoh-usulan-diklat-2022.pdf`);
    expect(await fileFacts('a.pdf', pdf.subarray(0, pdf.length - 200))).toEqual(expect.objectContaining({ unreadable: 'terpotong' }));
    expect((await fileFacts('a.pdf', pdf.subarray(0, pdf.length - 200))).pages).toBeUndefined();
  });
});
