/**
 * The build's cache layer on disk, shared by every feature's `*-cache.ts`: where the caches live and
 * how a cache file is written. One rule for every cache: an entry is keyed by the SHA-256 of the bytes
 * it was made from (never by size or modification time), and written atomically (a temporary file
 * renamed over the old one), so a crashed build or two builds at once leave a whole file, never half
 * of one; deleting the folder only makes the next build do all the work again.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Set by astro.config.mjs (`pinProjectRoot`): the folder of the project being built. */
const PROJECT_ROOT = 'PZI_PROJECT_ROOT';

/**
 * The caches' folder: `PZI_CACHE_DIR`, else `.cache`, under the project root (so it does not depend on
 * the folder Astro was started from; the working folder where no project root was pinned: scripts).
 */
export function cacheDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env[PROJECT_ROOT] || '.', env.PZI_CACHE_DIR?.trim() || '.cache');
}

/** Records the project root for `cacheDir`, before anything reads it (astro.config.mjs). */
export function pinProjectRoot(projectRoot: string, env: Record<string, string | undefined> = process.env): void {
  env[PROJECT_ROOT] = projectRoot;
}

/** Writes `data` to `file` (creating its folder) through a temporary file renamed into place. */
export function writeCacheFile(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}
