/**
 * The build's on-disk cache of the search index. Pagefind reads nothing but the HTML pages of the
 * output folder (and its own options and version), and its output is the same for the same pages:
 * indexing 1 600 unchanged pages again cost ± 3.5 s of a warm build (bench, 1 000 notes). So the
 * index is keyed by the exact bytes and paths of every HTML page, and a build whose pages are all
 * the same as when the index was stored links that index into its output instead of running pagefind.
 *
 * One slot per output-independent key prefix (`slot`): a new index replaces the slot's old one, so
 * the cache does not grow with every content edit. Like the other build caches it lives under
 * `PZI_CACHE_DIR` (default `.cache`); deleting it only makes the next build index again.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** Every `.html` file under `dir` (the search index folder `skip` excluded), as sorted "/"-separated relative paths. */
export function htmlPages(dir: string, skip = 'pagefind'): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => path !== skip && !path.startsWith(`${skip}/`))
    .sort();
}

/**
 * Key of the index pagefind would build from `dir`: every HTML page's path and bytes, plus what else
 * decides pagefind's output (`settings`: its version and options). Any changed, added or removed page changes it.
 */
export function searchIndexKey(dir: string, settings: string): string {
  const hash = createHash('sha256').update(`${settings}\n`);
  for (const path of htmlPages(dir)) {
    const bytes = readFileSync(join(dir, path));
    // length-prefixed, so no two different page sets hash the same stream
    hash.update(`${path}\u0000${bytes.length}\u0000`).update(bytes);
  }
  return hash.digest('hex');
}

interface Stored {
  key: string;
  pageCount: number;
}

/** Where one slot keeps its index (`files/`) and what it was built from (`meta.json`). */
const slotDir = (cacheRoot: string, slot: string) => join(cacheRoot, createHash('sha256').update(slot).digest('hex').slice(0, 12));

/**
 * Puts the stored index into `outputPath` when it was built for `key`; returns its page count, or
 * undefined (nothing copied) when there is no such index. The files are hard links to the slot's
 * (copies where the two folders are on different file systems): copying the 1 686 files (7.8 MB)
 * of a 1 000-note index cost 0.37–0.65 s of a warm build, linking them 0.05 s. Safe because a slot's files are never written
 * again: `storeSearchIndex` writes a new folder and renames it into place, so an output folder keeps
 * the index it was given.
 */
export function restoreSearchIndex(cacheRoot: string, slot: string, key: string, outputPath: string): number | undefined {
  const dir = slotDir(cacheRoot, slot);
  let stored: Stored;
  try {
    stored = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as Stored;
  } catch {
    return undefined;
  }
  if (stored.key !== key || !existsSync(join(dir, 'files'))) return undefined;
  linkTree(join(dir, 'files'), outputPath);
  return stored.pageCount;
}

/** `to` as a tree of hard links to the files under `from` (a copy of a file that cannot be linked). */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      linkTree(source, target);
      continue;
    }
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target); // another file system (EXDEV), no links allowed there, or a file already there
    }
  }
}

/** Stores the index just written to `outputPath` for `key`, replacing the slot's previous one (a crash leaves the old one whole). */
export function storeSearchIndex(cacheRoot: string, slot: string, key: string, outputPath: string, pageCount: number): void {
  const dir = slotDir(cacheRoot, slot);
  const temporary = `${dir}.${process.pid}.tmp`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(dirname(temporary), { recursive: true });
  cpSync(outputPath, join(temporary, 'files'), { recursive: true });
  writeFileSync(join(temporary, 'meta.json'), JSON.stringify({ key, pageCount } satisfies Stored));
  const previous = `${dir}.${process.pid}.old`;
  if (existsSync(dir)) renameSync(dir, previous);
  renameSync(temporary, dir);
  rmSync(previous, { recursive: true, force: true });
}
