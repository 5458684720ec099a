import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { cacheDir, writeCacheFile } from '../build-cache.ts';
import { fileFacts, sha256Hex, type FileFacts } from './facts.ts';

/**
 * File facts (size, media type, SHA-256, PDF pages) reused across builds, keyed by the SHA-256 of the
 * file's bytes and its extension (the media type depends on both, nothing else does). Every file is
 * read and hashed on every build, so the facts always describe the bytes just read; what the cache
 * saves is the media-type sniffing and, above all, counting a PDF's pages. A file rewritten with the
 * same size and modification time is a new key. Deleting `.cache/` only makes the next build count again.
 */
// 3: keyed by the bytes' SHA-256 (was path, size and mtime).
export const FACTS_CACHE_VERSION = 3;

export class FactsCache {
  readonly file: string;
  private entries: Map<string, FileFacts>;
  private changed = false;
  /** Files whose facts were computed (not reused) since the cache was opened. */
  computed = 0;
  reused = 0;

  constructor(dir = join(cacheDir(), 'facts')) {
    this.file = join(dir, `facts-v${FACTS_CACHE_VERSION}.json`);
    this.entries = new Map();
    try {
      this.entries = new Map(Object.entries(JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, FileFacts>));
    } catch {
      // No cache yet, or unreadable: start empty.
    }
  }

  /**
   * Facts of the file at `path` published as `fileName`, from the bytes `read` returns (it must refuse
   * what is not a regular file inside the content root, see `readContentFile`). Throws `FileRefused`
   * for a file the site must not publish (never cached).
   */
  async factsOf(path: string, fileName: string, read: (path: string) => Uint8Array = readFileSync): Promise<FileFacts> {
    const bytes = read(path);
    const sha256 = sha256Hex(bytes);
    const key = `${sha256}${extname(fileName).toLowerCase()}`;
    const hit = this.entries.get(key);
    if (hit && hit.sha256 === sha256 && hit.bytes === bytes.byteLength) {
      this.reused++;
      return hit;
    }
    const facts = await fileFacts(fileName, bytes);
    // A PDF that hit a time or memory limit may have met a busy machine: count it again next build.
    if (facts.unreadable !== 'batas') {
      this.entries.set(key, facts);
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
