import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

/**
 * How the build reads a staff file, shared by the content check and every feature that publishes one.
 * Only regular files that really live under the content root are read or published. A symlink in
 * `content/` could point at `/proc/self/environ` or a deploy key; a FIFO or device could hang the
 * build; a symlinked folder could lead outside the root; a hard link is the same file as another name
 * that may lie outside it. `lstat` (which does not follow links, and counts a file's names) and
 * `realpath` (which resolves every folder on the way) together close all four.
 */
export type FileSafety =
  | { ok: true; size: number }
  | { ok: false; reason: 'missing' | 'symlink' | 'directory' | 'special' | 'outside' | 'hardlink' };

/** What `path` is, judged against the content root `root` (both relative to the working folder or absolute). */
export function fileSafety(root: string, path: string): FileSafety {
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    return { ok: false, reason: 'missing' };
  }
  if (stats.isSymbolicLink()) return { ok: false, reason: 'symlink' };
  if (stats.isDirectory()) return { ok: false, reason: 'directory' };
  if (!stats.isFile()) return { ok: false, reason: 'special' };
  if (!isInside(root, path)) return { ok: false, reason: 'outside' };
  // a hard link's other name may be anywhere on the disk (a key, another office's file): one name only
  if (stats.nlink > 1) return { ok: false, reason: 'hardlink' };
  return { ok: true, size: stats.size };
}

/** True when the real path of `path` (every link resolved) lies inside the real path of `root`. */
export function isInside(root: string, path: string): boolean {
  try {
    const fromRoot = relative(realpathSync(root), realpathSync(path));
    return fromRoot !== '' && !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
  } catch {
    return false;
  }
}

/** What staff read for a refused file; `name` is how they wrote it, `root` the content folder. */
export function fileSafetyMessage(reason: Exclude<FileSafety, { ok: true }>['reason'], name: string, root: string): string {
  switch (reason) {
    case 'missing':
      return `Berkas "${name}" tidak ditemukan.`;
    case 'symlink':
      return `"${name}" adalah tautan (symlink) ke berkas lain, bukan berkas biasa. Situs hanya membaca dan menerbitkan berkas biasa yang tersimpan di folder ${root}/. Hapus tautannya dan salin berkas aslinya ke tempat itu.`;
    case 'directory':
      return `"${name}" adalah folder, bukan berkas. Di sini harus ada satu berkas biasa.`;
    case 'special':
      return `"${name}" bukan berkas biasa (mis. perangkat atau pipa sistem). Ganti dengan berkas biasa.`;
    case 'hardlink':
      return `"${name}" adalah tautan keras (hard link): berkas yang sama juga bernama lain, mungkin di luar folder ${root}/. Situs hanya menerbitkan berkas yang satu-satunya salinannya ada di folder ${root}/. Hapus berkas ini lalu salin (copy, bukan link) berkas aslinya ke sini.`;
    case 'outside':
      return `"${name}" ternyata berada di luar folder ${root}/ (lewat folder yang berupa tautan/symlink). Situs hanya membaca berkas yang benar-benar tersimpan di folder ${root}/; pindahkan berkasnya ke sana.`;
  }
}

/** Error thrown by `readContentFile` for a file that is not a regular file under the root. */
export class UnsafeContentFile extends Error {
  override name = 'BerkasTidakAman';
}

/** Reads a content file only after `fileSafety` allows it: the one way the build reads staff files. */
export function readContentFile(root: string, path: string) {
  const safety = fileSafety(root, path);
  if (!safety.ok) throw new UnsafeContentFile(`${path}: ${fileSafetyMessage(safety.reason, path, root)}`);
  return readFileSync(path);
}
