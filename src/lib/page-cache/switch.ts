/**
 * Whether this build uses the page cache. src/integrations/page-cache.ts switches it on once the build
 * holds the cache (not in `npm run dev`, not while another build holds it); the routes read it
 * (with-key.ts). They are two module instances in one process, so the switch travels on a
 * process-wide key, as src/lib/evidence/published-files.ts hands over its list.
 */
const ENABLED = Symbol.for('pzi.page-cache.enabled');
type WithSwitch = typeof globalThis & { [ENABLED]?: boolean };

/** Called by the integration once it holds the page cache for this build. */
export function enablePageCacheKeys(): void {
  (globalThis as WithSwitch)[ENABLED] = true;
}

export function pageCacheKeysEnabled(): boolean {
  return (globalThis as WithSwitch)[ENABLED] === true;
}
