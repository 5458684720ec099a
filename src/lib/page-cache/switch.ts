/**
 * This build's page cache key, handed from src/integrations/page-cache.ts (which computes it when the
 * build starts, once it holds the cache) to the routes (with-key.ts). None in `npm run dev`, nor while
 * another build holds the cache. They are two module instances in one process, so the key travels on
 * a process-wide slot, as src/lib/evidence/published-files.ts hands over its list.
 */
const KEY = Symbol.for('pzi.page-cache.key');
type WithKey = typeof globalThis & { [KEY]?: string };

export function handOverPageCacheKey(key: string | undefined): void {
  (globalThis as WithKey)[KEY] = key;
}

/** The key of this build, or undefined when this build does not use the page cache. */
export function handedOverPageCacheKey(): string | undefined {
  return (globalThis as WithKey)[KEY];
}
