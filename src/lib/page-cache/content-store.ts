/**
 * Astro keeps the content it read in its cache folder (`data-store.json`) and reads a file again only
 * when the file changed, or when `src/content.config.ts` itself changed. A change to the schemas it
 * imports (src/schemas/, src/lib/content-check/…) is not seen: a schema that now transforms a field
 * left the old values in the store, and every page showed them (found by the page cache's hostile
 * review, 3 December 2026). So the build remembers the digest of the project's code it last ran with
 * (src/lib/page-cache/key.ts `codeDigest`), and when it differs, Astro's store is removed and the
 * content read again (± 1–2 s at 1 000 notes, on builds after a code change only).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeCacheFile } from '../build-cache.ts';

/** Astro's content store in its cache folder (astro/dist/content/consts.js DATA_STORE_FILE). */
export const ASTRO_CONTENT_STORE = 'data-store.json';
export const CODE_DIGEST_FILE = 'pzi-code-digest.txt';

/**
 * Removes Astro's content store unless `code` is the digest of the last build: 'changed' when the
 * last build ran other code, 'unknown' when no build recorded one (the store may predate this rule).
 */
export function forgetContentStoreOnCodeChange(astroCacheDir: string, code: string): 'same' | 'changed' | 'unknown' {
  const file = join(astroCacheDir, CODE_DIGEST_FILE);
  let last: string | undefined;
  try {
    last = readFileSync(file, 'utf8').trim();
  } catch {
    last = undefined;
  }
  if (last === code) return 'same';
  rmSync(join(astroCacheDir, ASTRO_CONTENT_STORE), { force: true });
  writeCacheFile(file, code);
  return last === undefined ? 'unknown' : 'changed';
}
