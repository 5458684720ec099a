// The one cache rule (src/lib/build-cache.ts): caches live under the project root and are written whole.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheDir, pinProjectRoot, writeCacheFile } from '../../src/lib/build-cache.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pzi-build-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('cacheDir', () => {
  it('is under the pinned project root, not the working folder', () => {
    const env: Record<string, string | undefined> = {};
    pinProjectRoot('/srv/portal', env);
    expect(cacheDir(env)).toBe('/srv/portal/.cache');
    expect(cacheDir({ ...env, PZI_CACHE_DIR: 'tembolok' })).toBe('/srv/portal/tembolok');
    expect(cacheDir({ ...env, PZI_CACHE_DIR: '/tmp/c' })).toBe('/tmp/c');
    expect(cacheDir({})).toBe(join(process.cwd(), '.cache'));
  });
});

describe('writeCacheFile', () => {
  it('replaces the file whole and leaves no temporary file', () => {
    const file = join(dir, 'a', 'b.json');
    writeCacheFile(file, 'satu');
    writeCacheFile(file, 'dua');
    expect(readFileSync(file, 'utf8')).toBe('dua');
    expect(readdirSync(join(dir, 'a'))).toEqual(['b.json']);
  });
});
