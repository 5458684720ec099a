/**
 * One build at a time may use the page cache in an Astro cache folder, and a build that stopped
 * half-way leaves none of its pages behind.
 *
 * Why: Astro writes each rendered page into its cache as it goes and the list of what the cache
 * holds (`incremental-build.json`, with each page's key) only at the end of page generation. A
 * build that fails or is killed in between leaves pages of ITS content beside a list that still
 * describes the content before; had the content then been put back, the next build would have
 * published those pages as if they were current. And two builds of different content in one
 * cache folder at once would do the same to each other. So:
 *
 * - a build claims the folder with a lock file holding its process id (`claimPageCache`);
 * - when it ends before its pages were all generated, it removes Astro's list, and the next build
 *   renders every page again; a lock left by a process that no longer runs (killed, power cut)
 *   means the same, and is removed with the list;
 * - a build that finds the folder claimed by a running build does not use the cache at all.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Astro's list of cached pages in its cache folder (astro/dist/core/build/incremental.js). */
export const ASTRO_PAGE_LIST = 'incremental-build.json';
export const LOCK_FILE = 'pzi-page-cache.lock';
/** A lock older than this belongs to no running build (a warm full-scale build takes under a minute). */
export const STALE_LOCK_MS = 60 * 60 * 1000;

export type PageCacheClaim =
  | { state: 'held'; /** `completed`: every page was generated (Astro's list is whole). */ release(completed: boolean): void }
  | { state: 'busy'; owner: number };

/** Whether process `pid` runs (a process of another user counts as running). */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function claimPageCache(dir: string, options: { pid?: number; runs?: (pid: number) => boolean; now?: number } = {}): PageCacheClaim {
  const { pid = process.pid, runs = processRuns, now = Date.now() } = options;
  const lock = join(dir, LOCK_FILE);
  const list = join(dir, ASTRO_PAGE_LIST);
  mkdirSync(dir, { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(lock, String(pid), { flag: 'wx' });
      return {
        state: 'held',
        release(completed) {
          if (!completed) rmSync(list, { force: true });
          rmSync(lock, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = lockOwner(lock);
    const young = owner.since !== undefined && now - owner.since < STALE_LOCK_MS;
    // No id yet: a build that is writing the lock right now. Our own id in a lock we have not
    // written: a killed build of an earlier container or boot.
    const live = young && (owner.pid === undefined || (owner.pid !== pid && runs(owner.pid)));
    if (live || attempt > 0) return { state: 'busy', owner: owner.pid ?? 0 };
    rmSync(list, { force: true });
    rmSync(lock, { force: true });
  }
}

/** The lock's process id (undefined while it is being written) and age; `since` undefined when it is gone. */
function lockOwner(lock: string): { pid?: number; since?: number } {
  try {
    const since = statSync(lock).mtimeMs;
    const pid = Number(readFileSync(lock, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? { pid, since } : { since };
  } catch {
    return {};
  }
}
