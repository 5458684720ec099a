import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SAFE_FILE_NAME } from '../../schemas/evidence.ts';
import { readContentFile } from '../content-file.ts';
import { MAX_FILE_BYTES } from './limits.ts';

/**
 * Evidence files are published byte for byte, so they need no rendering. As one Astro route per
 * file they cost ≈ 1 ms of route work each on every build (2 000 files at bench scale, issue 17).
 * In `astro build` the route `src/pages/[year]/bukti/berkas/[file].ts` therefore hands its list
 * over here and `src/integrations/evidence-files.ts` copies the files once the pages are written;
 * `npm run dev` keeps serving them through the route. Both read a file the same way
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

/**
 * The route's bundle and the integration are two module instances in one process (Astro prerenders
 * in the build process), so the list travels on a process-wide key, as Astro's own asset pipeline does.
 */
const HANDOVER = Symbol.for('pzi.evidence.published-files');
type WithHandover = typeof globalThis & { [HANDOVER]?: PublishedEvidenceFile[] };

/** Called by the route in `astro build`: these are the files this build publishes. */
export function handOverEvidenceFiles(files: PublishedEvidenceFile[]): void {
  (globalThis as WithHandover)[HANDOVER] = files;
}

/** The list handed over by this build's route (once), or undefined when the route did not run. */
export function takeEvidenceFiles(): PublishedEvidenceFile[] | undefined {
  const holder = globalThis as WithHandover;
  const files = holder[HANDOVER];
  delete holder[HANDOVER];
  return files;
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
