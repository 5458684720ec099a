/**
 * The build's cache layer on disk, shared by every feature's `*-cache.ts`: where the caches live
 * (`PZI_CACHE_DIR`, default `.cache`) and how a cache file is written. Writes are atomic (a temporary
 * file renamed over the old one), so a crashed build or two builds at once leave a whole file, never
 * half of one; deleting the folder only makes the next build do all the work again.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function cacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.PZI_CACHE_DIR?.trim() || '.cache';
}

/** Writes `data` to `file` (creating its folder) through a temporary file renamed into place. */
export function writeCacheFile(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}
