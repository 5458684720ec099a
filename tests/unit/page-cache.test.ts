// The page cache (Astro's incremental build) must never publish a page of other content than the
// build's: its key covers every content byte, the reference date, the history and the build's
// settings; a build that stops half-way leaves none of its pages behind; and every route that can
// be cached is. The whole path through Astro is in tests/e2e/page-cache.test.ts.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import { buildSettings, codeDigest, contentDigest, countsByStat, pageCacheKey, type PageCacheInputs } from '../../src/lib/page-cache/key.ts';
import { ASTRO_PAGE_LIST, claimPageCache, LOCK_FILE, STALE_LOCK_MS } from '../../src/lib/page-cache/claim.ts';
import { pageCache } from '../../src/integrations/page-cache.ts';
import { ASTRO_CONTENT_STORE, forgetContentStoreOnCodeChange } from '../../src/lib/page-cache/content-store.ts';
import { handedOverPageCacheKey } from '../../src/lib/page-cache/switch.ts';
import { withPageCacheKey } from '../../src/lib/page-cache/with-key.ts';

let dir: string;
// the integration pins the build's reference date in the environment; this process is shared with other test files
const asOfBefore = process.env.PZI_AS_OF;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pzi-page-cache-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('pzi.page-cache.key')];
  if (asOfBefore === undefined) delete process.env.PZI_AS_OF;
  else process.env.PZI_AS_OF = asOfBefore;
});

/** A small content tree: a note, a unit file, an evidence item with its file. */
function contentTree(): string {
  const root = join(dir, 'content');
  mkdirSync(join(root, '2022', 'catatan'), { recursive: true });
  mkdirSync(join(root, '2022', 'bukti'), { recursive: true });
  writeFileSync(join(root, 'unit.yaml'), 'name: KPU Kota Magelang\n');
  writeFileSync(join(root, '2022', 'catatan', '2022-05-rapat.mdx'), '---\ntitle: Rapat\n---\n\nRapat tim.\n');
  writeFileSync(join(root, '2022', 'bukti', 'notulen.yaml'), 'title: Notulen\nfile: notulen.pdf\n');
  writeFileSync(join(root, '2022', 'bukti', 'notulen.pdf'), '%PDF-1.4 satu');
  return root;
}

/** A whole second: a file's own modification time has fractions a Date cannot put back. */
const PINNED = 1_700_000_000;

/** Sets the modification time of `path` to `PINNED`. */
const pinTime = (path: string) => utimesSync(path, PINNED, PINNED);

/** Rewrites `path` (whose time was pinned) with `text`, and pins its time again. */
function rewriteKeepingTime(path: string, text: string): void {
  writeFileSync(path, text);
  pinTime(path);
  expect(statSync(path).mtimeMs).toBe(PINNED * 1000);
}

describe('contentDigest', () => {
  it('is the same for the same tree, and changes with every kind of change', () => {
    const root = contentTree();
    const digest = contentDigest(root);
    expect(contentDigest(root)).toBe(digest);
    const changes: [string, () => void, () => void][] = [
      ['a note edited', () => writeFileSync(join(root, '2022/catatan/2022-05-rapat.mdx'), '---\ntitle: Rapat\n---\n\nRapat tim lengkap.\n'), () => writeFileSync(join(root, '2022/catatan/2022-05-rapat.mdx'), '---\ntitle: Rapat\n---\n\nRapat tim.\n')],
      ['a file added', () => writeFileSync(join(root, '2022/catatan/baru.mdx'), 'x'), () => unlinkSync(join(root, '2022/catatan/baru.mdx'))],
      ['an empty folder added', () => mkdirSync(join(root, 'survei')), () => rmSync(join(root, 'survei'), { recursive: true })],
      ['the evidence file replaced', () => writeFileSync(join(root, '2022/bukti/notulen.pdf'), '%PDF-1.4 dua, lebih panjang'), () => writeFileSync(join(root, '2022/bukti/notulen.pdf'), '%PDF-1.4 satu')],
    ];
    for (const [what, change, undo] of changes) {
      change();
      expect(contentDigest(root), what).not.toBe(digest);
      undo();
    }
  });

  it('reads the bytes of content files: an edit that keeps the size and the time still counts', () => {
    const root = contentTree();
    pinTime(join(root, 'unit.yaml'));
    const digest = contentDigest(root);
    // same length, same mtime: a key of sizes and times would miss it and publish the old page
    rewriteKeepingTime(join(root, 'unit.yaml'), 'name: KPU Kota Magelanh\n');
    expect(contentDigest(root)).not.toBe(digest);
  });

  it('counts evidence files by size and time (as the evidence facts cache does), their YAML by bytes', () => {
    expect(countsByStat('2022/bukti/notulen.pdf')).toBe(true);
    expect(countsByStat('2022/bukti/notulen.yaml')).toBe(false);
    expect(countsByStat('2022/bukti/notulen.YML')).toBe(false);
    expect(countsByStat('2022/catatan/foto.jpg')).toBe(false);
    expect(countsByStat('2022/bukti/sub/foto.jpg')).toBe(false);
    const root = contentTree();
    pinTime(join(root, '2022/bukti/notulen.pdf'));
    pinTime(join(root, '2022/bukti/notulen.yaml'));
    const digest = contentDigest(root);
    rewriteKeepingTime(join(root, '2022/bukti/notulen.pdf'), '%PDF-1.4 sat1');
    expect(contentDigest(root)).toBe(digest);
    const pdf = join(root, '2022/bukti/notulen.pdf');
    utimesSync(pdf, new Date(), new Date(Date.now() + 5_000));
    expect(contentDigest(root)).not.toBe(digest);
    rewriteKeepingTime(join(root, '2022/bukti/notulen.yaml'), 'title: Notulem\nfile: notulen.pdf\n');
    const withPdfTime = contentDigest(root);
    writeFileSync(join(root, '2022/bukti/notulen.yaml'), 'title: Notulen\nfile: notulen.pdf\n');
    expect(contentDigest(root)).not.toBe(withPdfTime);
  });

  it('names where a symlink points instead of following it', () => {
    const root = contentTree();
    writeFileSync(join(dir, 'a.txt'), 'a');
    writeFileSync(join(dir, 'b.txt'), 'b');
    symlinkSync(join(dir, 'a.txt'), join(root, 'tautan.txt'));
    const digest = contentDigest(root);
    unlinkSync(join(root, 'tautan.txt'));
    symlinkSync(join(dir, 'b.txt'), join(root, 'tautan.txt'));
    expect(contentDigest(root)).not.toBe(digest);
  });
});

describe('treeDigest and codeDigest', () => {
  it('a content root that cannot be read throws instead of giving a key that never changes', () => {
    expect(() => contentDigest(join(dir, 'tidak-ada'))).toThrow(/ENOENT/);
  });

  it('the code digest changes with any file under src/ (also one no page imports) and the configuration', () => {
    mkdirSync(join(dir, 'src', 'styles'), { recursive: true });
    writeFileSync(join(dir, 'src', 'styles', 'global.css'), ':root { --accent: #8a1a1a; }');
    writeFileSync(join(dir, 'astro.config.mjs'), 'export default {};');
    const digest = codeDigest(dir);
    expect(codeDigest(dir)).toBe(digest);
    writeFileSync(join(dir, 'src', 'styles', 'global.css'), ':root { --accent: #1a3a8a; }');
    const restyled = codeDigest(dir);
    expect(restyled).not.toBe(digest);
    writeFileSync(join(dir, 'astro.config.mjs'), 'export default { integrations: [] };');
    expect(codeDigest(dir)).not.toBe(restyled);
  });
});

describe('pageCacheKey', () => {
  const inputs: PageCacheInputs = { root: 'content', content: 'abc', code: 'def', asOf: '2022-09-15', history: { available: true, commits: [{ id: '1a2b3c4' }] }, env: { PZI_AS_OF: '2022-09-15' } };

  it('changes with the content, the reference date, the history, the content root and any PZI_ setting', () => {
    const key = pageCacheKey(inputs);
    expect(pageCacheKey({ ...inputs })).toBe(key);
    const variants: Partial<PageCacheInputs>[] = [
      { content: 'abd' },
      { code: 'deg' },
      { asOf: '2022-09-16' },
      { history: { available: true, commits: [{ id: '1a2b3c4' }, { id: '5d6e7f8' }] } },
      { history: { available: false, reason: 'shallow' } },
      { root: 'tests/fixtures/demo' },
      { env: { PZI_AS_OF: '2022-09-15', PZI_CMS_BACKEND: 'github' } },
    ];
    for (const variant of variants) expect(pageCacheKey({ ...inputs, ...variant }), JSON.stringify(variant)).not.toBe(key);
  });

  it('leaves out where the caches live and settings that are not the portal’s', () => {
    expect(buildSettings({ PZI_CACHE_DIR: '/tmp/x', HOME: '/root', PZI_B: '2', PZI_A: '1', PZI_GONE: undefined })).toEqual([
      ['PZI_A', '1'],
      ['PZI_B', '2'],
    ]);
    expect(pageCacheKey({ ...inputs, env: { ...inputs.env, PZI_CACHE_DIR: '/elsewhere', PATH: '/bin' } })).toBe(pageCacheKey(inputs));
  });
});

describe('claimPageCache', () => {
  const cache = () => join(dir, 'astro');
  const list = () => join(cache(), ASTRO_PAGE_LIST);
  const writeList = () => {
    mkdirSync(cache(), { recursive: true });
    writeFileSync(list(), '{"version":1}');
  };

  it('holds the folder for one build: a second build meanwhile does not use the cache', () => {
    const first = claimPageCache(cache(), { pid: 1001, runs: () => true });
    expect(first.state).toBe('held');
    expect(readFileSync(join(cache(), LOCK_FILE), 'utf8')).toBe('1001');
    expect(claimPageCache(cache(), { pid: 1002, runs: (pid) => pid === 1001 })).toEqual({ state: 'busy', owner: 1001 });
  });

  it('a build that generated every page keeps Astro’s list; one that stopped before removes it', () => {
    writeList();
    const done = claimPageCache(cache(), { pid: 1001 });
    if (done.state !== 'held') throw new Error('not held');
    done.release(true);
    expect(existsSync(list())).toBe(true);
    expect(existsSync(join(cache(), LOCK_FILE))).toBe(false);
    const failed = claimPageCache(cache(), { pid: 1002 });
    if (failed.state !== 'held') throw new Error('not held');
    failed.release(false);
    expect(existsSync(list())).toBe(false);
    expect(existsSync(join(cache(), LOCK_FILE))).toBe(false);
  });

  it('a lock left by a build that no longer runs, by our own id, or older than an hour: the list goes, the cache is ours', () => {
    const leftBehind: [string, () => void, { runs: (pid: number) => boolean; pid: number }][] = [
      ['killed build', () => writeFileSync(join(cache(), LOCK_FILE), '4242'), { pid: 1001, runs: () => false }],
      ['our own id', () => writeFileSync(join(cache(), LOCK_FILE), '1001'), { pid: 1001, runs: () => true }],
      [
        'an hour old',
        () => {
          const lock = join(cache(), LOCK_FILE);
          writeFileSync(lock, '4242');
          const old = new Date(Date.now() - STALE_LOCK_MS - 60_000);
          utimesSync(lock, old, old);
        },
        { pid: 1001, runs: () => true },
      ],
    ];
    for (const [what, leave, options] of leftBehind) {
      writeList();
      leave();
      const claim = claimPageCache(cache(), options);
      expect(claim.state, what).toBe('held');
      expect(existsSync(list()), what).toBe(false);
      expect(readFileSync(join(cache(), LOCK_FILE), 'utf8'), what).toBe('1001');
      rmSync(join(cache(), LOCK_FILE));
    }
  });

  it('a lock still being written (no id yet) counts as held', () => {
    mkdirSync(cache(), { recursive: true });
    writeFileSync(join(cache(), LOCK_FILE), '');
    writeList();
    expect(claimPageCache(cache(), { pid: 1001, runs: () => false }).state).toBe('busy');
    expect(existsSync(list())).toBe(true);
  });
});

describe('the pageCache integration', () => {
  type Setup = (options: { command: string; config: { cacheDir: URL; root: URL }; updateConfig: (config: unknown) => void; logger: { info: (message: string) => void } }) => void;
  type Generated = (options: { logger: { info: (message: string) => void } }) => void;
  const list = () => join(dir, 'astro', ASTRO_PAGE_LIST);
  function start(integration: AstroIntegration, command = 'build') {
    const updates: unknown[] = [];
    const messages: string[] = [];
    const setup = integration.hooks['astro:config:setup'] as unknown as Setup;
    setup({ command, config: { cacheDir: new URL(`file://${dir}/astro/`), root: new URL(`file://${dir}/`) }, updateConfig: (config) => updates.push(config), logger: { info: (message) => messages.push(message) } });
    return { updates, messages };
  }
  const generated = (integration: AstroIntegration, messages: string[] = []) =>
    (integration.hooks['astro:build:generated'] as unknown as Generated)({ logger: { info: (message) => messages.push(message) } });

  it('switches Astro’s incremental build on and hands its key to the routes, for a build that holds the cache only', async () => {
    const exits: (() => void)[] = [];
    const roots: string[] = [];
    const held = start(pageCache({ onExit: (release) => exits.push(release), computeKey: (root) => (roots.push(root), 'kunci-1') }));
    expect(held.updates).toEqual([{ experimental: { incrementalBuild: true } }]);
    // the project's own src/ and configuration, wherever the build runs from
    expect(roots).toEqual([`${dir}/`]);
    expect(handedOverPageCacheKey()).toBe('kunci-1');
    expect(await withPageCacheKey(() => [{ params: { year: '2022' } }])()).toEqual([{ params: { year: '2022' }, cacheKey: 'kunci-1' }]);
    expect(readFileSync(join(dir, 'astro', LOCK_FILE), 'utf8')).toBe(String(process.pid));
    exits.forEach((release) => release());
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('pzi.page-cache.key')];

    // another build holds it meanwhile (a running process: the one that started this test run)
    writeFileSync(join(dir, 'astro', LOCK_FILE), String(process.ppid));
    const busy = start(pageCache({ onExit: () => {}, computeKey: () => 'kunci-1' }));
    expect(busy.updates).toEqual([]);
    expect(busy.messages).toEqual([`Tembolok halaman sedang dipakai build lain (proses ${process.ppid}); build ini membuat ulang semua halaman.`]);
    expect(handedOverPageCacheKey()).toBeUndefined();
    expect(await withPageCacheKey(() => [{ params: { year: '2022' } }])()).toEqual([{ params: { year: '2022' } }]);
    rmSync(join(dir, 'astro', LOCK_FILE));

    // a file that cannot be read: no key, no cache, the lock given back
    const unreadable = start(
      pageCache({
        onExit: () => {},
        computeKey: () => {
          throw new Error("EACCES: permission denied, scandir 'content/arsip'");
        },
      }),
    );
    expect(unreadable.updates).toEqual([]);
    expect(unreadable.messages.join()).toMatch(/Tembolok halaman tidak dipakai: ada berkas atau folder yang tidak dapat dibaca \(EACCES/);
    expect(existsSync(join(dir, 'astro', LOCK_FILE))).toBe(false);

    expect(start(pageCache({ onExit: () => {}, computeKey: () => 'kunci-1' }), 'dev').updates).toEqual([]);
  });

  it('keeps Astro’s list only when every page was generated and nothing changed meanwhile', () => {
    const cases: [string, { generated: boolean; keys: string[] }, boolean][] = [
      ['stopped before the end', { generated: false, keys: ['a'] }, false],
      ['whole, nothing changed', { generated: true, keys: ['a', 'a'] }, true],
      ['a file saved during the build', { generated: true, keys: ['a', 'b'] }, false],
    ];
    for (const [what, run, kept] of cases) {
      mkdirSync(join(dir, 'astro'), { recursive: true });
      writeFileSync(list(), '{}');
      const exits: (() => void)[] = [];
      const keys = [...run.keys];
      const integration = pageCache({ onExit: (release) => exits.push(release), computeKey: () => keys.shift()! });
      start(integration);
      const messages: string[] = [];
      if (run.generated) generated(integration, messages);
      exits.forEach((release) => release());
      expect(existsSync(list()), what).toBe(kept);
      expect(existsSync(join(dir, 'astro', LOCK_FILE)), what).toBe(false);
      if (run.generated && !kept) expect(messages, what).toEqual(['Isi atau kode berubah selama build ini: tembolok halaman dikosongkan, build berikutnya membuat ulang semua halaman.']);
    }
  });
});

describe('forgetContentStoreOnCodeChange', () => {
  it('removes Astro’s content store when the code changed since the last build (a schema edit Astro does not see), and only then', () => {
    const astro = join(dir, 'astro');
    const store = join(astro, ASTRO_CONTENT_STORE);
    mkdirSync(astro, { recursive: true });
    writeFileSync(store, '{}');
    expect(forgetContentStoreOnCodeChange(astro, 'kode-1')).toBe('unknown');
    expect(existsSync(store)).toBe(false);
    writeFileSync(store, '{}');
    expect(forgetContentStoreOnCodeChange(astro, 'kode-1')).toBe('same');
    expect(existsSync(store)).toBe(true);
    expect(forgetContentStoreOnCodeChange(astro, 'kode-2')).toBe('changed');
    expect(existsSync(store)).toBe(false);
  });
});

describe('the routes', () => {
  /** Routes rendered on every build, on purpose. */
  const UNCACHED: Record<string, string> = {
    'src/pages/[year]/bukti/berkas/[file].ts': 'renders nothing in a build: evidence files are copied (src/integrations/evidence-files.ts)',
    'src/pages/[year]/bukti/paket/[pack].ts': 'ZIP packs of evidence files are kept by their own cache (pack-cache.ts); a second copy in the page cache would double the disk',
    'src/pages/admin/[asset].ts': 'the CMS files are copied from node_modules, nothing to render',
  };

  function routeFiles(folder = 'src/pages'): string[] {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative('.', join(entry.parentPath, entry.name)))
      .sort();
  }

  it('every route with getStaticPaths gives its paths the page cache key, but the three listed', () => {
    const dynamic = routeFiles().filter((file) => readFileSync(file, 'utf8').includes('getStaticPaths'));
    expect(dynamic.length).toBeGreaterThan(25);
    const unkeyed = dynamic.filter((file) => !/export const getStaticPaths = withPageCacheKey\(/.test(readFileSync(file, 'utf8')));
    expect(unkeyed).toEqual(Object.keys(UNCACHED).sort());
  });
});
