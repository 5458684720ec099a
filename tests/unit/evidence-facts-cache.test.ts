import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactsCache } from '../../src/lib/evidence/facts-cache.ts';
import { sha256Hex } from '../../src/lib/evidence/facts.ts';

describe('FactsCache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pzi-facts-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every file, and reuses the facts of the same bytes (not the same path, size and time) in the next build', async () => {
    const file = join(dir, 'notulen.txt');
    writeFileSync(file, 'notulen rapat');
    const first = new FactsCache(join(dir, 'cache'));
    const facts = await first.factsOf(file, 'notulen.txt');
    first.save();
    let reads = 0;
    const second = new FactsCache(join(dir, 'cache'));
    const again = await second.factsOf(file, 'notulen.txt', (path) => (reads++, readFileSync(path)));
    expect(facts.sha256).toBe(sha256Hex(new TextEncoder().encode('notulen rapat')));
    expect(again).toEqual(facts);
    expect(reads).toBe(1);
    expect([second.reused, second.computed]).toEqual([1, 0]);
  });

  it('gives the new facts for a file rewritten with the same size and modification time', async () => {
    const file = join(dir, 'foto.txt');
    writeFileSync(file, 'versi 1');
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    const cache = new FactsCache(join(dir, 'cache'));
    const before = await cache.factsOf(file, 'foto.txt');
    cache.save();
    writeFileSync(file, 'versi 2');
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    const after = await new FactsCache(join(dir, 'cache')).factsOf(file, 'foto.txt');
    expect(after.sha256).not.toBe(before.sha256);
    expect(after.sha256).toBe(sha256Hex(new TextEncoder().encode('versi 2')));
  });

  it('keys by extension too: the same bytes under another name get the media type of that name', async () => {
    writeFileSync(join(dir, 'data.txt'), 'a,b\n1,2\n');
    writeFileSync(join(dir, 'data.csv'), 'a,b\n1,2\n');
    const cache = new FactsCache(join(dir, 'cache'));
    expect((await cache.factsOf(join(dir, 'data.txt'), 'data.txt')).mediaType).toBe('text/plain');
    expect((await cache.factsOf(join(dir, 'data.csv'), 'data.csv')).mediaType).toBe('text/csv');
  });

  it('starts empty from an unreadable cache file', async () => {
    const cacheDir = join(dir, 'cache');
    new FactsCache(cacheDir).save();
    writeFileSync(join(dir, 'x.txt'), 'x');
    const cache = new FactsCache(join(dir, 'nowhere'));
    await cache.factsOf(join(dir, 'x.txt'), 'x.txt');
    expect(cache.computed).toBe(1);
  });
});
