import { lstatSync, readFileSync } from 'node:fs';
import { cacheDir, writeCacheFile } from '../build-cache.ts';
import { join, resolve } from 'node:path';
import { fileFacts, type FileFacts } from './facts.ts';

/**
 * File facts (size, media type, SHA-256, PDF pages) reused across builds.
 *
 * Hashing is the cost we want to skip, so the key cannot be the hash itself: an entry is keyed by
 * the file's absolute path and trusted while its size and modification time (`mtimeMs`) are
 * unchanged. Anything that rewrites a file (an editor, `cp`, `git checkout`, an upload) changes its
 * mtime, so the facts are recomputed; only a tool that rewrites bytes AND restores the old size and
 * mtime would be missed (delete `.cache/` to force a full recount). Pure bookkeeping lives in
 * `FactsCache`; `PZI_CACHE_DIR` (default `.cache`) says where the JSON is kept.
 */
export interface CachedFacts {
  size: number;
  mtimeMs: number;
  facts: FileFacts;
}

// 2: media type checked against content, PDF pages read by pdf.js, `unreadable`.
export const FACTS_CACHE_VERSION = 2;

export class FactsCache {
  readonly file: string;
  private entries: Map<string, CachedFacts>;
  private changed = false;
  /** Files whose facts were computed (not reused) since the cache was opened. */
  computed = 0;
  reused = 0;

  constructor(dir = join(cacheDir(), 'facts')) {
    this.file = join(dir, `facts-v${FACTS_CACHE_VERSION}.json`);
    this.entries = new Map();
    try {
      const stored = JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, CachedFacts>;
      this.entries = new Map(Object.entries(stored));
    } catch {
      // No cache yet, or unreadable: start empty.
    }
  }

  /**
   * Facts of the file at `path` published as `fileName`: from the cache when size and mtime match, else read and
   * computed. `read` must refuse what is not a regular file inside the content root (see `readContentFile`).
   * Throws `FileRefused` for a file the site must not publish (never cached).
   */
  async factsOf(path: string, fileName: string, read: (path: string) => Uint8Array = readFileSync): Promise<FileFacts> {
    const key = `${resolve(path)}\u0000${fileName}`;
    const stats = lstatSync(path);
    const hit = this.entries.get(key);
    if (hit && hit.size === stats.size && hit.mtimeMs === stats.mtimeMs) {
      this.reused++;
      return hit.facts;
    }
    const facts = await fileFacts(fileName, read(path));
    // A PDF that hit a time or memory limit may have met a busy machine: count it again next build.
    if (facts.unreadable !== 'batas') {
      this.entries.set(key, { size: stats.size, mtimeMs: stats.mtimeMs, facts });
      this.changed = true;
    }
    this.computed++;
    return facts;
  }

  /** Writes the cache when something changed (atomically: a crashed build leaves the old file). */
  save(): void {
    if (!this.changed) return;
    writeCacheFile(this.file, JSON.stringify(Object.fromEntries(this.entries)));
    this.changed = false;
  }
}
