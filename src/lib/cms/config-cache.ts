/**
 * The CMS configuration (/admin/config.json) is built from the content read again in full (every
 * note, evidence item, plan file: ± 1.4 s of a warm build at 1 000 notes) and from the `PZI_CMS_*`
 * variables. It is reused, as text, while the content tree and the code (`src/`, the lock file) are
 * unchanged by the same rule as the content check's pass cache (src/lib/content-check/pass-cache.ts:
 * path, kind, size and modification time of every file) and the variables are the same.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFingerprint } from '../content-check/pass-cache.ts';
import { cacheDir, writeCacheFile } from '../build-cache.ts';

/** Bump when the stored format or what the key covers changes. */
const VERSION = 1;

/** The `PZI_CMS_*` variables (where the CMS writes), sorted, as one string: part of the key. */
export function cmsEnvKey(env: Record<string, string | undefined>): string {
  return JSON.stringify(
    Object.entries(env)
      .filter(([name, value]) => name.startsWith('PZI_CMS_') && value !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/**
 * `build(fingerprint)`, or the text it returned last time for the same content, code and variables.
 * `fingerprint` is the content check's (pass-cache.ts), so `build` can take the content the guard loaded.
 */
export function cachedCmsConfigText(
  root: string,
  env: Record<string, string | undefined>,
  build: (fingerprint: string) => string,
  options: { dir?: string; code?: readonly string[] } = {},
): string {
  const rootId = createHash('sha256').update(root).digest('hex').slice(0, 12);
  const file = join(options.dir ?? join(cacheDir(), 'cms'), `config-v${VERSION}-${rootId}.json`);
  const fingerprint = checkFingerprint(root, options.code);
  const key = createHash('sha256').update(`${fingerprint}\n${cmsEnvKey(env)}`).digest('hex');
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { key?: unknown; text?: unknown };
    if (stored.key === key && typeof stored.text === 'string') return stored.text;
  } catch {
    /* no cache yet, or unreadable: build */
  }
  const text = build(fingerprint);
  writeCacheFile(file, JSON.stringify({ key, text }));
  return text;
}
