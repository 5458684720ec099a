/**
 * The key of the build's page cache (Astro's incremental build, see src/integrations/page-cache.ts):
 * one key for every cached page, covering everything a page can read. Astro itself re-renders a page
 * whose modules changed, or when parts of its configuration or the lock file changed; this key covers
 * the rest, and all the code again:
 *
 * - every file under the content root, by its bytes: collections, unit.yaml, the decree text, images.
 *   Evidence files (`<year>/bukti/<file>`, not their YAML) count by size and modification time, as the
 *   evidence facts cache does: pages show their facts (size, SHA-256, PDF pages), never their bytes,
 *   and those facts are trusted on the same terms (README "Kinerja"). Hashing them would cost a
 *   second per few hundred MB of PDFs on every build.
 * - the reference date (`PZI_AS_OF`, else the build day in WIB): every progress state depends on it;
 * - the project's code and settings (`codeDigest`), beyond what Astro tracks;
 * - the content's git history (the change log, "diperbarui" dates, earlier evidence versions);
 * - every `PZI_…` setting of the build (content root, CMS settings, …) but the cache folder itself.
 *
 * One key for all pages is deliberate: most pages show something of the whole plan (navigation,
 * counts, lists), and a key per page would have to list exactly what each page reads; one page
 * wrong in that list would publish a stale page on a transparency site. So any change to the
 * content renders every page again, and an unchanged rebuild renders none.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Bump when what the key covers changes: every page is rendered again once. */
export const PAGE_CACHE_KEY_VERSION = 1;

/** Evidence files published byte for byte: `<year>/bukti/<name>` other than the item's YAML. */
const EVIDENCE_FILE = /^\d{4}\/bukti\/[^/]+$/;
const YAML = /\.ya?ml$/i;

/** True for a file (relative "/" path) that counts by size and modification time instead of bytes. */
export function countsByStat(path: string): boolean {
  return EVIDENCE_FILE.test(path) && !YAML.test(path);
}

/**
 * SHA-256 over every entry under `root` (sorted, symlinks not followed): its path and kind, and
 * the bytes of a file (size and mtime where `byStat` says so, the target of a symlink). Any added,
 * removed, renamed or edited file changes it, also when an edit keeps the size and the time. A
 * folder that cannot be read throws: a key that skipped it would stay the same whatever it holds.
 */
export function treeDigest(root: string, byStat: (path: string) => boolean = () => false): string {
  const hash = createHash('sha256');
  const paths = readdirSync(root, { recursive: true, withFileTypes: true })
    .map((entry) => ({ entry, path: relative(root, join(entry.parentPath, entry.name)).split(sep).join('/') }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { entry, path } of paths) {
    const full = join(root, path);
    if (entry.isDirectory()) {
      // readdirSync skips a folder it cannot open without a word: open each one here
      readdirSync(full);
      hash.update(`d\u0000${path}\u0000`);
    } else if (entry.isSymbolicLink()) {
      hash.update(`l\u0000${path}\u0000${readlinkSync(full)}\u0000`);
    } else if (byStat(path)) {
      const stat = lstatSync(full);
      hash.update(`s\u0000${path}\u0000${stat.size}\u0000${stat.mtimeMs}\u0000`);
    } else {
      const bytes = readFileSync(full);
      // length-prefixed, so no two different trees hash the same stream
      hash.update(`f\u0000${path}\u0000${bytes.length}\u0000`).update(bytes);
    }
  }
  return hash.digest('hex');
}

/** The content tree's digest: evidence files by size and time, everything else by its bytes. */
export function contentDigest(root: string): string {
  return treeDigest(root, countsByStat);
}

/**
 * The project's own code and settings, by their bytes: `src/` whole (pages and components, but also
 * what Astro does not see in a page's module graph: the content configuration and schemas, the
 * stylesheet and fonts read from disk for the preview cards) and the configuration files. Any change
 * renders every page again; Astro's own hash of a page's modules missed those (and a chunk renamed by
 * a change elsewhere left a restored page loading a file no longer published).
 */
export const CODE_PATHS = ['src', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'] as const;

export function codeDigest(projectRoot = '.', paths: readonly string[] = CODE_PATHS): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    const full = join(projectRoot, path);
    const stat = lstatSync(full, { throwIfNoEntry: false });
    if (!stat) hash.update(`${path}\u0000missing\u0000`);
    else hash.update(`${path}\u0000${stat.isDirectory() ? treeDigest(full) : createHash('sha256').update(readFileSync(full)).digest('hex')}\u0000`);
  }
  return hash.digest('hex');
}

/** The `PZI_…` settings that can change a page: all but where the caches live. */
export function buildSettings(env: Record<string, string | undefined>): [string, string][] {
  return Object.entries(env)
    .filter((entry): entry is [string, string] => entry[0].startsWith('PZI_') && entry[0] !== 'PZI_CACHE_DIR' && entry[1] !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

export interface PageCacheInputs {
  /** The content root as the build resolved it. */
  root: string;
  /** `contentDigest(root)`. */
  content: string;
  /** `codeDigest()`. */
  code: string;
  /** The reference date, YYYY-MM-DD. */
  asOf: string;
  /** The content folder's git history as read from git (what the pages show of it, and more). */
  history: unknown;
  env: Record<string, string | undefined>;
}

/** The page cache key of one build. */
export function pageCacheKey(inputs: PageCacheInputs): string {
  return createHash('sha256')
    .update(JSON.stringify([PAGE_CACHE_KEY_VERSION, process.version, inputs.root, inputs.content, inputs.code, inputs.asOf, inputs.history, buildSettings(inputs.env)]))
    .digest('hex');
}
