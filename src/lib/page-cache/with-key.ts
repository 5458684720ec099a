import { contentRoot } from '../content-root.ts';
import { getContentHistory } from '../history/site-history.ts';
import { once } from '../memo.ts';
import { readAsOf } from '../progress/as-of.ts';
import { contentDigest, pageCacheKey } from './key.ts';
import { pageCacheKeysEnabled } from './switch.ts';

/**
 * Gives the paths of a route the build's page cache key (src/lib/page-cache/key.ts), so that Astro's
 * incremental build may reuse their pages when nothing changed. Wrap a route's `getStaticPaths` with
 * it: `export const getStaticPaths = withPageCacheKey(yearPaths)`. A route left unwrapped is simply
 * rendered on every build (tests/unit/page-cache.test.ts lists the routes that are, and why).
 *
 * The key is only computed in a build where src/integrations/page-cache.ts switched the cache on
 * (switch.ts): not in `npm run dev`, and not while another build holds the cache.
 */

/** This build's key: read once per build (≈ 0.1 s for 5 000 content files). */
const buildKey = once(() => {
  const root = contentRoot();
  return pageCacheKey({ root, content: contentDigest(root), asOf: readAsOf(), history: getContentHistory(), env: process.env });
});

/** `getPaths` with this build's `cacheKey` on every path it returns (unchanged when the cache is off). */
export function withPageCacheKey<A extends unknown[], P extends object>(getPaths: (...args: A) => P[] | Promise<P[]>): (...args: A) => Promise<(P & { cacheKey?: string })[]> {
  return async (...args) => {
    const paths = await getPaths(...args);
    if (!pageCacheKeysEnabled()) return paths;
    const cacheKey = buildKey();
    return paths.map((path) => ({ ...path, cacheKey }));
  };
}
