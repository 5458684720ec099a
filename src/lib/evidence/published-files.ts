import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SAFE_FILE_NAME } from '../../schemas/evidence.ts';
import { readContentFile } from '../content-file.ts';
import { sha256Hex } from './facts.ts';
import { MAX_FILE_BYTES } from './limits.ts';

/**
 * Evidence files are published byte for byte, so they need no rendering. As one Astro route per
 * file they cost ≈ 1 ms of route work each on every build. In `astro build` the files the build
 * publishes are the ones its own checksum lists name (`data/<year>/bukti.sha256`, rendered from the
 * same facts as every page): `src/integrations/evidence-files.ts` copies them once the pages are
 * written, and `verifyPublishedChecksums` checks every one of them against its list before the new
 * output replaces the old (src/integrations/atomic-output.ts). `npm run dev` serves them through
 * the route `src/pages/[year]/bukti/berkas/[file].ts`. Both read a file the same way
 * (`evidenceSourcePath` + `readContentFile`), so a file refused by one is refused by the other.
 */
export interface PublishedEvidenceFile {
  /** Plan year: the file lives in `<content>/<year>/bukti/` and is published under `/<year>/bukti/berkas/`. */
  year: number;
  /** The file name as the YAML wrote it (checked against `SAFE_FILE_NAME` again before use). */
  name: string;
}

/** Where an evidence file lives in the content folder `root`. */
export function evidenceSourcePath(root: string, year: number, name: string): string {
  return join(root, String(year), 'bukti', name);
}

/** Where an evidence file is written under the build's output folder (the same place the route wrote it). */
export function evidenceOutputPath(outDir: string, year: number, name: string): string {
  return join(outDir, String(year), 'bukti', 'berkas', name);
}

/** A year's checksum list in the output folder: `sha256sum` format, paths relative to the output folder. */
export const checksumListPath = (year: number | string) => join('data', String(year), 'bukti.sha256');

/** One line of a checksum list: `<sha256>  <year>/bukti/berkas/<name>`. */
const CHECKSUM_LINE = /^([0-9a-f]{64}) {2}((\d{4})\/bukti\/berkas\/([^/]+))$/;

export interface ListedFile extends PublishedEvidenceFile {
  sha256: string;
  /** Path relative to the output folder. */
  path: string;
}

/** Every file the checksum lists in `outDir` name (each list `data/<year>/bukti.sha256`). */
export function listedEvidenceFiles(outDir: string): ListedFile[] {
  const data = join(outDir, 'data');
  const years = existsSync(data) ? readdirSync(data).filter((name) => /^\d{4}$/.test(name)).sort() : [];
  const files: ListedFile[] = [];
  for (const year of years) {
    const list = join(outDir, checksumListPath(year));
    if (!existsSync(list)) continue;
    for (const line of readFileSync(list, 'utf8').split('\n').filter(Boolean)) {
      const match = CHECKSUM_LINE.exec(line);
      if (!match || match[3] !== year) throw new EvidenceCopyRefused(`${checksumListPath(year)}: baris "${line}" bukan "<sha256>  ${year}/bukti/berkas/<nama>".`);
      files.push({ sha256: match[1]!, path: match[2]!, year: Number(year), name: match[4]! });
    }
  }
  return files;
}

/** What staff read when an evidence file was replaced while the build ran. */
export function changedDuringBuild(name: string): string {
  return `Berkas bukti "${name}" berubah selama build berjalan: isinya tidak lagi sama dengan yang sudah dihitung sidik SHA-256-nya. Situs tidak diganti (situs lama tetap tayang). Tunggu sampai berkasnya selesai disimpan atau diunggah, lalu jalankan build lagi.`;
}

/**
 * Checks every file the output's checksum lists name against its SHA-256, in the output folder itself:
 * what would be published is what the site says it is. Throws `EvidenceCopyRefused` naming each file
 * that is missing or differs.
 */
export function verifyPublishedChecksums(outDir: string): number {
  const files = listedEvidenceFiles(outDir);
  const wrong = files.filter((file) => {
    const path = join(outDir, file.path);
    return !existsSync(path) || sha256Hex(readFileSync(path)) !== file.sha256;
  });
  if (wrong.length) throw new EvidenceCopyRefused(wrong.map((file) => `${file.path}: ${changedDuringBuild(file.name)}`).join('\n'));
  return files.length;
}

/** A published file that must not be copied; `message` is for staff (Indonesian, names the file). */
export class EvidenceCopyRefused extends Error {
  override name = 'BerkasBuktiDitolak';
}

/**
 * Copies each file from the content folder `root` into `outDir`, byte for byte. Every file is read
 * through `readContentFile` (regular file, no symlink, real path inside `root`), must be within
 * `MAX_FILE_BYTES`, have a single-segment safe name, and must not overwrite a file already written
 * (two outputs at one address would hide one of them). Throws `EvidenceCopyRefused` or
 * `UnsafeContentFile` on the first file refused; returns the number of files written.
 */
export function copyEvidenceFiles(root: string, outDir: string, files: readonly PublishedEvidenceFile[]): number {
  const folders = new Set<string>();
  for (const { year, name } of files) {
    const source = evidenceSourcePath(root, year, name);
    if (!Number.isInteger(year) || !SAFE_FILE_NAME.test(name)) throw new EvidenceCopyRefused(`${source}: nama berkas bukti "${name}" (tahun ${year}) tidak sah, jadi tidak diterbitkan.`);
    const bytes = readContentFile(root, source);
    if (bytes.byteLength > MAX_FILE_BYTES) throw new EvidenceCopyRefused(`${source}: berkas bukti lebih besar dari batas ${MAX_FILE_BYTES} byte, jadi tidak diterbitkan.`);
    const target = evidenceOutputPath(outDir, year, name);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    // 'wx': fail instead of overwriting something another route already wrote at this address.
    writeFileSync(target, bytes, { flag: 'wx' });
  }
  return files.length;
}
