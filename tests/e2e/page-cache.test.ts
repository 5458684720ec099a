// The page cache (src/lib/page-cache/, Astro's incremental build) through real builds of a copy of
// content/ in one project with one cache: an unchanged rebuild copies its pages back byte for byte,
// a change renders them all again, and a build killed half-way (power cut, CI timeout) leaves none of
// its pages to be published later as if they were current. Five builds of 93 pages.
import { globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOfContent } from '../unit/support/content-dir.ts';
import { astroBuild } from './support/astro-build.ts';
import { siteDigest as digest } from './support/site-digest.ts';
import { privateProject } from './support/private-project.ts';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));


/** Public HTML pages of a built site (the CMS page does not show the unit's name). */
const publicPages = (dir: string) => globSync('**/*.html', { cwd: dir }).filter((path) => !path.startsWith('admin/'));
const restoredCount = (output: string) => output.match(/\(restored\)/g)?.length ?? 0;
/** Public pages rendered so far: Astro ends a rendered page's line with its time ("├─ /2022/index.html (+12ms)"). */
const renderedCount = (output: string) => output.match(/├─ \/(?!admin\/)\S*\.html \(\+[\d.]+m?s\)/g)?.length ?? 0;

describe('page cache', () => {
  it('copies unchanged pages back, renders all after a change, and a killed build leaves none of its pages behind', { timeout: 300_000 }, async () => {
    const copy = copyOfContent();
    cleanups.push(copy.remove);
    const project = privateProject('page-cache');
    cleanups.push(project.remove);
    const work = mkdtempSync(join(tmpdir(), 'pzi-page-cache-'));
    cleanups.push(() => rmSync(work, { recursive: true, force: true }));
    const env = { PZI_CONTENT: copy.root, PZI_CACHE_DIR: join(work, 'cache'), PZI_AS_OF: '2022-09-15' };
    let count = 0;
    const build = async (options: { kill?: (output: string) => boolean } = {}) => {
      const outDir = join(work, `dist-${++count}`);
      let pid = 0;
      const result = await astroBuild(['--outDir', outDir], env, {
        project,
        onSpawn: (spawned) => (pid = spawned),
        onOutput: (output) => {
          if (pid && options.kill?.(output)) {
            process.kill(pid, 'SIGKILL');
            pid = 0;
          }
        },
      });
      return { ...result, outDir };
    };
    const original = readFileSync(join(copy.root, 'unit.yaml'), 'utf8');
    const renamed = original.replace('shortName: KPU Kota Magelang', 'shortName: KPU Kota Contoh Uji');
    expect(renamed).not.toBe(original);

    // 1. other content first: every public page names the unit
    copy.write('unit.yaml', renamed);
    const other = await build();
    expect(other.code, other.output.slice(-3000)).toBe(0);
    const pages = publicPages(other.outDir);
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.filter((page) => !readFileSync(join(other.outDir, page), 'utf8').includes('KPU Kota Contoh Uji'))).toEqual([]);

    // 2. the content changed: every page is rendered again, none copied back
    copy.write('unit.yaml', original);
    const first = await build();
    expect(first.code, first.output.slice(-3000)).toBe(0);
    expect(restoredCount(first.output)).toBe(0);
    const expected = digest(first.outDir);
    expect(Object.values(expected).length).toBeGreaterThan(pages.length);
    expect(publicPages(first.outDir).filter((page) => readFileSync(join(first.outDir, page), 'utf8').includes('KPU Kota Contoh Uji'))).toEqual([]);

    // 3. nothing changed: the pages are copied back, and the site is the same byte for byte
    const again = await build();
    expect(again.code, again.output.slice(-3000)).toBe(0);
    expect(restoredCount(again.output)).toBeGreaterThan(pages.length * 0.8);
    expect(digest(again.outDir)).toEqual(expected);

    // 4. the other content again, killed half-way through page generation: some of its pages are
    //    already in the cache, while the cache's list still describes the content of build 3
    copy.write('unit.yaml', renamed);
    const killed = await build({ kill: (output) => renderedCount(output) >= 12 });
    expect(killed.code, killed.output.slice(-3000)).not.toBe(0);
    expect(renderedCount(killed.output)).toBeGreaterThanOrEqual(12);

    // 5. the content of build 3 put back: its key again, yet nothing of build 4 may come back
    copy.write('unit.yaml', original);
    const after = await build();
    expect(after.code, after.output.slice(-3000)).toBe(0);
    expect(digest(after.outDir)).toEqual(expected);
  });
});
