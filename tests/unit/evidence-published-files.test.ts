import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/lib/evidence/facts.ts';
import { UnsafeContentFile } from '../../src/lib/content-file.ts';
import { MAX_FILE_BYTES } from '../../src/lib/evidence/limits.ts';
import {
  copyEvidenceFiles,
  EvidenceCopyRefused,
  evidenceOutputPath,
  evidenceSourcePath,
  listedEvidenceFiles,
  verifyPublishedChecksums,
} from '../../src/lib/evidence/published-files.ts';

describe('copyEvidenceFiles (evidence files published by copy in astro build)', () => {
  let dir: string;
  let root: string;
  let out: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pzi-publish-'));
    root = join(dir, 'content');
    out = join(dir, 'dist');
    mkdirSync(join(root, '2022', 'bukti'), { recursive: true });
    mkdirSync(join(root, '2023', 'bukti'), { recursive: true });
    mkdirSync(out);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes each file byte for byte at the address the route used, creating its folder', () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0a]);
    writeFileSync(join(root, '2022/bukti/notulen.pdf'), pdf);
    writeFileSync(join(root, '2023/bukti/daftar-hadir.csv'), 'no,nama\n1,Ani\n');
    const count = copyEvidenceFiles(root, out, [
      { year: 2022, name: 'notulen.pdf' },
      { year: 2023, name: 'daftar-hadir.csv' },
    ]);
    expect(count).toBe(2);
    expect(new Uint8Array(readFileSync(join(out, '2022/bukti/berkas/notulen.pdf')))).toEqual(pdf);
    expect(readFileSync(join(out, '2023/bukti/berkas/daftar-hadir.csv'), 'utf8')).toBe('no,nama\n1,Ani\n');
    expect(evidenceOutputPath(out, 2022, 'notulen.pdf')).toBe(join(out, '2022/bukti/berkas/notulen.pdf'));
    expect(evidenceSourcePath(root, 2022, 'notulen.pdf')).toBe(join(root, '2022/bukti/notulen.pdf'));
  });

  it('refuses an evidence file that is a symlink (e.g. to /etc/passwd) and publishes nothing of it', () => {
    symlinkSync('/etc/passwd', join(root, '2022/bukti/rahasia.txt'));
    expect(() => copyEvidenceFiles(root, out, [{ year: 2022, name: 'rahasia.txt' }])).toThrow(UnsafeContentFile);
    expect(existsSync(join(out, '2022/bukti/berkas/rahasia.txt'))).toBe(false);
  });

  it('refuses a file reached through a symlinked bukti/ folder that leads outside the content root', () => {
    const outside = join(dir, 'luar');
    mkdirSync(outside);
    writeFileSync(join(outside, 'kunci.txt'), 'kunci deploy');
    rmSync(join(root, '2023/bukti'), { recursive: true });
    symlinkSync(outside, join(root, '2023/bukti'));
    expect(() => copyEvidenceFiles(root, out, [{ year: 2023, name: 'kunci.txt' }])).toThrow(/di luar folder/);
    expect(existsSync(join(out, '2023'))).toBe(false);
  });

  it('refuses a folder or a missing file in place of an evidence file', () => {
    mkdirSync(join(root, '2022/bukti/folder.pdf'));
    expect(() => copyEvidenceFiles(root, out, [{ year: 2022, name: 'folder.pdf' }])).toThrow(UnsafeContentFile);
    expect(() => copyEvidenceFiles(root, out, [{ year: 2022, name: 'hilang.pdf' }])).toThrow(/tidak ditemukan/);
  });

  it('refuses a file over the size limit', () => {
    const big = join(root, '2022/bukti/besar.pdf');
    writeFileSync(big, '');
    truncateSync(big, MAX_FILE_BYTES + 1);
    expect(() => copyEvidenceFiles(root, out, [{ year: 2022, name: 'besar.pdf' }])).toThrow(EvidenceCopyRefused);
    expect(existsSync(join(out, '2022/bukti/berkas/besar.pdf'))).toBe(false);
  });

  it('refuses a name that is not one safe path segment, so nothing is read or written outside the two folders', () => {
    writeFileSync(join(root, 'unit.yaml'), 'nama: x\n');
    for (const name of ['../../unit.yaml', '../unit.yaml', 'Notulen.PDF', '/etc/passwd'])
      expect(() => copyEvidenceFiles(root, out, [{ year: 2022, name }])).toThrow(EvidenceCopyRefused);
    expect(readdirSync(out)).toEqual([]);
  });

  it('does not overwrite a file another route already wrote at the same address', () => {
    writeFileSync(join(root, '2022/bukti/notulen.txt'), 'bukti');
    mkdirSync(join(out, '2022/bukti/berkas'), { recursive: true });
    writeFileSync(join(out, '2022/bukti/berkas/notulen.txt'), 'halaman lain');
    expect(() => copyEvidenceFiles(root, out, [{ year: 2022, name: 'notulen.txt' }])).toThrow(/EEXIST/);
    expect(readFileSync(join(out, '2022/bukti/berkas/notulen.txt'), 'utf8')).toBe('halaman lain');
  });
});

describe('the output checksum lists (what is copied, and what is verified before the swap)', () => {
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'pzi-verify-'));
    mkdirSync(join(out, 'data/2022'), { recursive: true });
    mkdirSync(join(out, '2022/bukti/berkas'), { recursive: true });
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));
  const publish = (name: string, text: string) => writeFileSync(join(out, '2022/bukti/berkas', name), text);
  const list = (lines: string[]) => writeFileSync(join(out, 'data/2022/bukti.sha256'), lines.map((line) => `${line}\n`).join(''));
  const line = (name: string, text: string) => `${sha256Hex(new TextEncoder().encode(text))}  2022/bukti/berkas/${name}`;

  it('lists every file each bukti.sha256 names, with its hash', () => {
    list([line('a.pdf', 'satu'), line('b.txt', 'dua')]);
    expect(listedEvidenceFiles(out)).toEqual([
      { year: 2022, name: 'a.pdf', path: '2022/bukti/berkas/a.pdf', sha256: sha256Hex(new TextEncoder().encode('satu')) },
      { year: 2022, name: 'b.txt', path: '2022/bukti/berkas/b.txt', sha256: sha256Hex(new TextEncoder().encode('dua')) },
    ]);
  });

  it('refuses a line that names another folder or another year', () => {
    list([`${'0'.repeat(64)}  2022/bukti/berkas/../../rahasia.txt`]);
    expect(() => listedEvidenceFiles(out)).toThrow(EvidenceCopyRefused);
    list([`${'0'.repeat(64)}  2023/bukti/berkas/a.pdf`]);
    expect(() => listedEvidenceFiles(out)).toThrow(/bukan/);
  });

  it('passes when every listed file has its hash, and names each file that differs or is missing', () => {
    publish('a.pdf', 'satu');
    publish('b.txt', 'dua');
    list([line('a.pdf', 'satu'), line('b.txt', 'dua')]);
    expect(verifyPublishedChecksums(out)).toBe(2);
    // same size, other bytes: what a file replaced during the build leaves
    publish('b.txt', 'dUa');
    list([line('a.pdf', 'satu'), line('b.txt', 'dua'), line('c.txt', 'tiga')]);
    expect(() => verifyPublishedChecksums(out)).toThrow(/b\.txt[\s\S]*berubah selama build[\s\S]*c\.txt/);
    try {
      verifyPublishedChecksums(out);
    } catch (error) {
      expect((error as Error).message).not.toMatch(/a\.pdf/);
    }
  });
});
