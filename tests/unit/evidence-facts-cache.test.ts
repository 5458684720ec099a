import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
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

  it('hashes a file once and reuses its facts in the next build while size and mtime are unchanged', async () => {
    const file = join(dir, 'notulen.txt');
    writeFileSync(file, 'notulen rapat');
    const first = new FactsCache(join(dir, 'cache'));
    const facts = await first.factsOf(file, 'notulen.txt');
    first.save();
    let reads = 0;
    const second = new FactsCache(join(dir, 'cache'));
    const again = await second.factsOf(file, 'notulen.txt', (path) => (reads++, new Uint8Array()));
    expect(facts.sha256).toBe(sha256Hex(new TextEncoder().encode('notulen rapat')));
    expect(again).toEqual(facts);
    expect(reads).toBe(0);
    expect([second.reused, second.computed]).toEqual([1, 0]);
  });

  it('recomputes the facts when the file is rewritten', async () => {
    const file = join(dir, 'foto.txt');
    writeFileSync(file, 'versi 1');
    const cache = new FactsCache(join(dir, 'cache'));
    const before = await cache.factsOf(file, 'foto.txt');
    cache.save();
    writeFileSync(file, 'versi 2');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const after = await new FactsCache(join(dir, 'cache')).factsOf(file, 'foto.txt');
    expect(after.sha256).not.toBe(before.sha256);
    expect(after.sha256).toBe(sha256Hex(new TextEncoder().encode('versi 2')));
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
