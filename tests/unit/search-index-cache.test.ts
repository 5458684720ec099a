import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { htmlPages, restoreSearchIndex, searchIndexKey, storeSearchIndex } from '../../src/lib/search/index-cache.ts';

let dir: string;
let site: string;
let cache: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pzi-search-cache-'));
  site = join(dir, 'dist');
  cache = join(dir, 'cache');
  mkdirSync(join(site, '2022', 'i'), { recursive: true });
  mkdirSync(join(site, 'pagefind'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<h1>Beranda</h1>');
  writeFileSync(join(site, '2022', 'i', 'index.html'), '<h1>Area I</h1>');
  writeFileSync(join(site, '2022', 'bukti.csv'), 'a,b');
  writeFileSync(join(site, 'pagefind', 'stale.html'), 'not a page');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A fake pagefind output folder with one file. */
function writeIndex(outputPath: string, text: string): void {
  mkdirSync(join(outputPath, 'fragment'), { recursive: true });
  writeFileSync(join(outputPath, 'fragment', 'a.pf_fragment'), text);
}

describe('searchIndexKey', () => {
  it('covers every HTML page outside the index folder, and nothing else', () => {
    expect(htmlPages(site)).toEqual(['2022/i/index.html', 'index.html']);
    const key = searchIndexKey(site, 'pagefind 1');
    expect(searchIndexKey(site, 'pagefind 1')).toBe(key);
    writeFileSync(join(site, '2022', 'bukti.csv'), 'changed');
    writeFileSync(join(site, 'pagefind', 'stale.html'), 'changed');
    expect(searchIndexKey(site, 'pagefind 1')).toBe(key);
  });

  it('changes with a page edit, a new or removed page, a moved page, and the settings', () => {
    const key = searchIndexKey(site, 'pagefind 1');
    expect(searchIndexKey(site, 'pagefind 2')).not.toBe(key);
    writeFileSync(join(site, 'index.html'), '<h1>Beranda baru</h1>');
    const edited = searchIndexKey(site, 'pagefind 1');
    expect(edited).not.toBe(key);
    writeFileSync(join(site, '404.html'), '');
    const added = searchIndexKey(site, 'pagefind 1');
    expect(added).not.toBe(edited);
    rmSync(join(site, '404.html'));
    expect(searchIndexKey(site, 'pagefind 1')).toBe(edited);
    rmSync(join(site, '2022', 'i', 'index.html'));
    mkdirSync(join(site, '2022', 'ii'));
    writeFileSync(join(site, '2022', 'ii', 'index.html'), '<h1>Area I</h1>');
    expect(searchIndexKey(site, 'pagefind 1')).not.toBe(edited);
  });
});

describe('restoreSearchIndex / storeSearchIndex', () => {
  it('copies back only the index stored for the same key, and a new index replaces the old one', () => {
    const built = join(dir, 'built');
    writeIndex(built, 'first');
    expect(restoreSearchIndex(cache, 'content', 'k1', join(dir, 'out0'))).toBeUndefined();
    storeSearchIndex(cache, 'content', 'k1', built, 7);

    expect(restoreSearchIndex(cache, 'content', 'k1', join(dir, 'out1'))).toBe(7);
    expect(readFileSync(join(dir, 'out1', 'fragment', 'a.pf_fragment'), 'utf8')).toBe('first');
    expect(restoreSearchIndex(cache, 'content', 'k2', join(dir, 'out2'))).toBeUndefined();
    expect(restoreSearchIndex(cache, 'demo', 'k1', join(dir, 'out3'))).toBeUndefined();

    writeIndex(built, 'second');
    storeSearchIndex(cache, 'content', 'k2', built, 8);
    expect(restoreSearchIndex(cache, 'content', 'k1', join(dir, 'out4'))).toBeUndefined();
    expect(restoreSearchIndex(cache, 'content', 'k2', join(dir, 'out5'))).toBe(8);
    expect(readFileSync(join(dir, 'out5', 'fragment', 'a.pf_fragment'), 'utf8')).toBe('second');
    // restored as hard links to the slot (no copy), yet an output keeps the index it was given
    // when a new one is stored: a slot's files are never rewritten in place
    expect(statSync(join(dir, 'out5', 'fragment', 'a.pf_fragment')).nlink).toBe(2);
    expect(readFileSync(join(dir, 'out1', 'fragment', 'a.pf_fragment'), 'utf8')).toBe('first');
    // one slot per content root: nothing left behind but the current index
    expect(readdirSync(cache)).toHaveLength(1);
  });
});
