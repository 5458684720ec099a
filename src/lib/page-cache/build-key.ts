import { contentRoot } from '../content-root.ts';
import { readGitHistory } from '../history/read-git.ts';
import { readAsOf } from '../progress/as-of.ts';
import { codeDigest, contentDigest, pageCacheKey } from './key.ts';

/**
 * The page cache key of the content, code, history and settings as they are now. Computed by the
 * integration when the build starts (before Astro reads the content) and again once every page was
 * generated: a difference means something changed while the pages were made (a file saved during
 * the build), and the cache is not kept. `code`: the code digest, when the caller has just taken it.
 * Throws when a file or folder cannot be read.
 */
export function currentPageCacheKey(projectRoot: string, code = codeDigest(projectRoot), env: Record<string, string | undefined> = process.env): string {
  const root = contentRoot(env);
  return pageCacheKey({ root, content: contentDigest(root), code, asOf: readAsOf(env), history: readGitHistory(root), env });
}
