// The one cache rule (src/lib/build-cache.ts): caches live under the project root, are written whole,
// and fingerprints follow the bytes, not the size and time.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheDir, pinProjectRoot, treeDigest, writeCacheFile } from '../../src/lib/build-cache.ts';

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

describe('treeDigest', () => {
  it('changes with a rewrite that keeps the size and the modification time, and with a rename', () => {
    mkdirSync(join(dir, '2022', 'bukti'), { recursive: true });
    const file = join(dir, '2022', 'bukti', 'a.txt');
    writeFileSync(file, 'versi 1');
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    const before = treeDigest(dir);
    expect(treeDigest(dir)).toBe(before);
    writeFileSync(file, 'versi 2');
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    const after = treeDigest(dir);
    expect(after).not.toBe(before);
    writeFileSync(join(dir, '2022', 'bukti', 'b.txt'), 'versi 2');
    rmSync(file);
    expect(treeDigest(dir)).not.toBe(after);
  });

  it('does not read folders no build reads (.git, node_modules)', () => {
    writeFileSync(join(dir, 'unit.yaml'), 'x');
    const before = treeDigest(dir);
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'HEAD'), 'ref');
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'node_modules', 'x.js'), 'y');
    writeFileSync(join(dir, '.git', 'HEAD'), 'ref 2');
    const withFolders = treeDigest(dir);
    writeFileSync(join(dir, 'node_modules', 'x.js'), 'z');
    expect(treeDigest(dir)).toBe(withFolders);
    expect(withFolders).not.toBe(before);
  });
});
