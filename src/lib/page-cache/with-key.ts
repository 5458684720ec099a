import { handedOverPageCacheKey } from './switch.ts';

/**
 * Gives the paths of a route the build's page cache key (src/lib/page-cache/key.ts), so that Astro's
 * incremental build may reuse their pages when nothing changed. Wrap a route's `getStaticPaths` with
 * it: `export const getStaticPaths = withPageCacheKey(yearPaths)`. A route left unwrapped is simply
 * rendered on every build (tests/unit/page-cache.test.ts lists the routes that are, and why).
 */
export function withPageCacheKey<A extends unknown[], P extends object>(getPaths: (...args: A) => P[] | Promise<P[]>): (...args: A) => Promise<(P & { cacheKey?: string })[]> {
  return async (...args) => {
    const paths = await getPaths(...args);
    const cacheKey = handedOverPageCacheKey();
    return cacheKey === undefined ? paths : paths.map((path) => ({ ...path, cacheKey }));
  };
}
