/**
 * The content the content guard loaded and checked at the start of a build, handed on to the one
 * page that needs the same `ContentSet` again (/admin/config.json). Loading it twice cost ± 1.1 s of
 * a cold build at 1 000 notes, and as much of any build after a content edit (both caches miss).
 *
 * The guard runs in Astro's config step and the page in the bundled prerender code of the same
 * process, so the two hold different copies of this module: the hand-over goes through `globalThis`.
 * It is only taken with the same fingerprint (build-cache.ts `treeDigest`: every file's path and bytes,
 * of the content), so a file changed in between means the page loads the content itself.
 */
import type { ContentSet } from './load.ts';

const SHARED = Symbol.for('pzi.checkedContent');

type Shared = { fingerprint: string; content: ContentSet };
const slot = globalThis as { [SHARED]?: Shared };

/** Offers the checked content of the tree with this fingerprint (replacing any earlier offer). */
export function shareCheckedContent(fingerprint: string, content: ContentSet): void {
  slot[SHARED] = { fingerprint, content };
}

/** The offered content when its fingerprint matches; taken once, so the build does not keep it in memory. */
export function takeCheckedContent(fingerprint: string): ContentSet | undefined {
  const shared = slot[SHARED];
  if (!shared) return undefined;
  delete slot[SHARED];
  return shared.fingerprint === fingerprint ? shared.content : undefined;
}
