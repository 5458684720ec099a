// The same commit built twice gives the same site, byte for byte, whether the build caches are empty
// (a fresh clone, CI) or warm (a clerk's machine). The only documented exception: without PZI_AS_OF
// the reference date is the build day (WIB), so builds on different days differ where the timeline
// and "per tanggal" appear. Both builds use the demo content (every kind of file: PDFs, photos, ZIP
// packs, feed, charts, preview cards) and PZI_AS_OF.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from './support/astro-build.ts';
import { siteDigest as digest } from './support/site-digest.ts';

const ENV = { PZI_CONTENT: 'tests/fixtures/demo', PZI_AS_OF: '2022-09-15' };
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));


describe('deterministic build', () => {
  it('builds the same commit into byte-identical sites from cold caches (a fresh clone) and from warm ones', { timeout: 480_000 }, async () => {
    // One cache folder, empty for the first build (ours and Astro's: PZI_CACHE_DIR), filled by it for the second.
    const cache = mkdtempSync(join(tmpdir(), 'pzi-det-cache-'));
    dirs.push(cache);
    const sites: Record<string, string>[] = [];
    for (const name of ['dingin', 'hangat']) {
      const outDir = mkdtempSync(join(tmpdir(), `pzi-det-${name}-`));
      dirs.push(outDir);
      const { code, output } = await astroBuild(['--outDir', outDir], { ...ENV, PZI_CACHE_DIR: cache });
      expect(code, output.slice(-2000)).toBe(0);
      sites.push(digest(outDir));
    }
    expect(readdirSync(cache).length, 'the first build left caches for the second').toBeGreaterThan(0);
    const [first, second] = sites as [Record<string, string>, Record<string, string>];
    expect(Object.keys(first).length).toBeGreaterThan(50);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    const differing = Object.keys(first).filter((path) => first[path] !== second[path]);
    expect(differing).toEqual([]);
  });
});
