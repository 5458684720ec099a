/**
 * The build's cache layer on disk, shared by every feature's `*-cache.ts`: where the caches live and
 * how a cache file is written. One rule for every cache: an entry is keyed by the SHA-256 of the bytes
 * it was made from (never by size or modification time), and written atomically (a temporary file
 * renamed over the old one), so a crashed build or two builds at once leave a whole file, never half
 * of one; deleting the folder only makes the next build do all the work again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

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

/** Folders no build reads: version control, installed packages, anything hidden. */
const SKIPPED = (name: string) => name.startsWith('.') || name === 'node_modules';

/**
 * SHA-256 over every entry under `root` (sorted; symlinks not followed; folders `SKIPPED` left out):
 * its path and kind, a file's bytes. Any added, removed, renamed or edited file changes it, also an
 * edit that keeps the size and the time.
 */
export function treeDigest(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) {
        hash.update(`d\u0000${path}\u0000`);
        if (!SKIPPED(entry.name)) walk(join(dir, entry.name), `${path}/`);
      } else if (entry.isFile()) {
        const bytes = readFileSync(join(dir, entry.name));
        // length-prefixed, so no two different trees hash the same stream
        hash.update(`f\u0000${path}\u0000${bytes.length}\u0000`).update(bytes);
      } else hash.update(`o\u0000${path}\u0000`);
    }
  };
  walk(root, '');
  return hash.digest('hex');
}
