import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fileFacts, mediaTypeOf, sha256Hex } from '../../src/lib/evidence/facts.ts';
import { pdfPageCount } from '../../src/lib/evidence/pdf.ts';

const DEMO = 'tests/fixtures/demo/2022/bukti';
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

/** A minimal PDF whose page tree sits inside a Flate-compressed object stream (PDF 1.5 style). */
function pdfWithObjectStream(pages: number): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${10 + i} 0 R`).join(' ');
  const objects = `<< /Type /Pages /Kids [${kids}] /Count ${pages} >> ${Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R >>').join(' ')}`;
  const stream = deflateSync(Buffer.from(objects, 'latin1'));
  const head = Buffer.from(`%PDF-1.5\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Outlines << /Type /Outlines /Count 99 >> >>\nendobj\n3 0 obj\n<< /Type /ObjStm /N ${pages + 1} /First 0 /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`, 'latin1');
  return new Uint8Array(Buffer.concat([head, stream, Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1')]));
}

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
  it('trusts the leading bytes over a misleading extension', () => {
    expect(mediaTypeOf('foto.pdf', readFileSync(`${DEMO}/contoh-foto-apel-pagi.jpg`))).toBe('image/jpeg');
  });

  it('falls back to the extension, then to octet-stream', () => {
    expect(mediaTypeOf('laporan.docx', bytes('PK..'))).toContain('wordprocessingml');
    expect(mediaTypeOf('data.xyz', bytes('????'))).toBe('application/octet-stream');
  });
});

describe('pdfPageCount', () => {
  it('counts the pages of a PDF written by Chromium', () => {
    const file = readFileSync(`${DEMO}/contoh-notulen-sosialisasi-rencana-aksi.pdf`);
    const pageObjects = file.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)!.length;

    expect(pdfPageCount(file)).toBe(pageObjects);
    expect(pageObjects).toBeGreaterThan(1);
  });

  it('reads a page tree hidden in a compressed object stream and ignores outline counts', () => {
    expect(pdfPageCount(pdfWithObjectStream(4))).toBe(4);
  });

  it('returns undefined for something that is not a PDF', () => {
    expect(pdfPageCount(bytes('hello /Type /Pages /Count 3'))).toBeUndefined();
  });
});

describe('fileFacts', () => {
  it('states size, media type, hash and, for a PDF only, pages', () => {
    const pdf = readFileSync(`${DEMO}/contoh-usulan-diklat-2022.pdf`);
    const png = readFileSync(`${DEMO}/contoh-tangkapan-layar-kanal-pengaduan.png`);

    expect(fileFacts('a.pdf', pdf)).toEqual({ bytes: pdf.length, mediaType: 'application/pdf', sha256: sha256Hex(pdf), pages: 1 });
    expect(fileFacts('b.png', png)).toEqual({ bytes: png.length, mediaType: 'image/png', sha256: sha256Hex(png) });
  });
});
