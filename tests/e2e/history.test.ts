// History from git: a test repository with commits on fixed dates and a minimal content root,
// built once with its history and once as a shallow clone. Builds take seconds (39 pages).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { chmodSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from './support/astro-build.ts';
import { FILES, PRIVATE_MARKER, TITLES, makeHistoryRepo, shallowClone, tinyPdf, type HistoryRepo } from './support/history-repo.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

let repo: HistoryRepo;
let work: string;
let site: string;
let shallowSite: string;
let shallowOutput: string;
let gitCalls: () => string[];
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  repo = makeHistoryRepo(process.cwd());
  cleanups.push(repo.remove);
  work = mkdtempSync(join(tmpdir(), 'pzi-riwayat-out-'));
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  site = join(work, 'penuh');
  shallowSite = join(work, 'dangkal');
  // its own cache folder: nothing of this build leaks into the other builds' caches
  const env = { PZI_CACHE_DIR: join(work, 'cache') };
  // git on the PATH of the full build is a spy that notes each command, then runs the real git
  const spy = join(work, 'git-spy');
  mkdirSync(spy);
  const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
  writeFileSync(join(spy, 'git'), `#!/bin/sh\necho "$1" >> '${join(spy, 'calls')}'\nexec '${realGit}' "$@"\n`);
  chmodSync(join(spy, 'git'), 0o755);
  gitCalls = () => readFileSync(join(spy, 'calls'), 'utf8').split('\n').filter(Boolean);
  const full = await astroBuild(['--outDir', site], { ...env, PZI_CONTENT: repo.content, PATH: `${spy}${delimiter}${process.env.PATH}` });
  expect(full.code, full.output.slice(-3000)).toBe(0);
  const clone = shallowClone(repo);
  cleanups.push(clone.remove);
  const shallow = await astroBuild(['--outDir', shallowSite], { ...env, PZI_CONTENT: clone.content });
  expect(shallow.code, shallow.output.slice(-3000)).toBe(0);
  shallowOutput = shallow.output;
}, 240_000);

afterAll(() => cleanups.forEach((cleanup) => cleanup()));

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
/** Visible text of a page's <main>, tags removed, spaces collapsed. */
const mainText = (root: string, path: string) =>
  (/<main[\s\S]*<\/main>/.exec(read(root, path))?.[0] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('reading the history', () => {
  it('reads the history once per build (one git log); the build record asks only for the newest content commit', () => {
    expect(gitCalls().filter((command) => command === 'log')).toHaveLength(1);
    expect(gitCalls().filter((command) => command === 'rev-list')).toHaveLength(1);
  });
});

describe('evidence publication facts from the history', () => {
  it('bukti.json gives the day and commit an item was added, and each earlier file with its period', () => {
    const data = JSON.parse(read(site, 'data/2022/bukti.json'));
    const items = data.indicators.flatMap((indicator: { items: unknown[] }) => indicator.items);
    const notulen = items.find((item: { id: string }) => item.id === 'notulen-sosialisasi');
    const late = items.find((item: { id: string }) => item.id === 'sk-tim-lama');

    expect(notulen.sha256).toBe(sha256(tinyPdf('versi 2, diganti')));
    expect(notulen.published).toEqual({ date: '2022-05-21', commit: repo.commits.evidence });
    expect(notulen.changed).toEqual({ date: '2022-08-02', commit: repo.commits.replace });
    expect(notulen.earlierFiles).toEqual([
      { sha256: sha256(tinyPdf('versi 1')), from: { date: '2022-05-21', commit: repo.commits.evidence }, until: { date: '2022-08-02', commit: repo.commits.replace } },
    ]);
    expect(late.published).toEqual({ date: '2022-06-01', commit: repo.commits.late });
    expect(late.earlierFiles).toEqual([]);
  });

  it('bukti.csv carries the same facts in its history columns', () => {
    const row = read(site, 'data/2022/bukti.csv').split('\n').find((line) => line.startsWith('2022,notulen-sosialisasi,'))!;

    expect(row.endsWith(`,2022-05-21,${repo.commits.evidence},2022-08-02,${repo.commits.replace},${sha256(tinyPdf('versi 1'))} 2022-05-21/2022-08-02`)).toBe(true);
  });

  it('the register shows the publication day, the replaced-file mark with the old checksum and its period, and the late notice', () => {
    const text = mainText(site, '2022/bukti/area/i/index.html');
    const lateDays = daysBetween('2022-01-10', '2022-06-01');

    expect(text).toContain(`${TITLES.evidence} 20 Mei 2022`);
    expect(text).toContain(`diterbitkan di situs 21 Mei 2022 (${repo.commits.evidence}) · diubah 2 Agustus 2022 (${repo.commits.replace}) · berkas pernah diganti`);
    expect(text).toContain(`${sha256(tinyPdf('versi 1'))} tayang 21 Mei 2022 – 2 Agustus 2022`);
    expect(text).toContain(`diterbitkan di situs 1 Juni 2022 (${repo.commits.late}) Ditambahkan ke situs ${lateDays} hari setelah tanggal dokumennya.`);
    // the notice is for late items only
    expect(text.match(/hari setelah tanggal dokumennya/g)).toHaveLength(1);
  });

  it('the component page lists the same facts with its evidence', () => {
    expect(mainText(site, '2022/i/1/index.html')).toContain(`diterbitkan di situs 21 Mei 2022 (${repo.commits.evidence})`);
  });
});

describe('the change log', () => {
  it('lists every content commit newest first with what it added, changed and removed, and leaves out unpublished files', () => {
    const html = read(site, 'riwayat/index.html');
    const ids = [...html.matchAll(/<section class="history-entry" id="c-([0-9a-f]{7})"/g)].map((match) => match[1]);
    const entry = (name: string) => /<section class="history-entry"[\s\S]*?<\/section>/g.exec(html.slice(html.indexOf(`id="c-${repo.commits[name]}"`) - 40))![0];

    expect(ids).toEqual(['remove', 'replace', 'late', 'evidence', 'base'].map((name) => repo.commits[name]));
    expect(entry('evidence')).toMatch(new RegExp(`<h3>Ditambahkan</h3><ul><li>Bukti: <a href="/2022/bukti/area/i/#i-1-1">${TITLES.evidence}</a></li></ul>`));
    expect(entry('replace')).toMatch(new RegExp(`<h3>Diubah</h3><ul><li>Bukti: <a href="[^"]+">${TITLES.evidence}</a></li></ul>`));
    expect(entry('late')).toContain(`Catatan: <a href="/kemajuan/2022-06-rapat-tim/">${TITLES.note}</a>`);
    expect(entry('late')).toContain(`Bukti: <a href="/2022/bukti/area/i/#i-1-1">${TITLES.lateEvidence}</a>`);
    // a removed item stays listed, as removed and without a link
    // under the title it had on the site, never its file name
    expect(entry('remove')).toContain(`<h3>Dihapus</h3><ul><li>Catatan: ${TITLES.removedNote} (dihapus)</li></ul>`);
  });

  it('never names a file committed into bukti/ without its YAML and then deleted, in any page, feed or export', () => {
    const stem = FILES.orphan.replace(/^.*\//, '').replace(/\.pdf$/, '');
    const files = globSync('**/*.{html,json,csv,xml,txt,sha256}', { cwd: site });

    expect(files).toEqual(expect.arrayContaining(['riwayat/index.html', 'riwayat/feed.xml', 'data/riwayat.json']));
    for (const file of files) expect(read(site, file), file).not.toContain(stem);
  });

  it('riwayat.json has the same commits and validates against its published schema fields', () => {
    const data = JSON.parse(read(site, 'data/riwayat.json'));
    const schema = JSON.parse(read(site, 'data/riwayat.schema.json'));

    expect(data.available).toBe(true);
    expect(data.commits.map((commit: { commit: string }) => commit.commit)).toEqual(['remove', 'replace', 'late', 'evidence', 'base'].map((name) => repo.commits[name]));
    expect(data.commits[0]).toEqual({ date: '2022-09-10', commit: repo.commits.remove, added: [], changed: [], removed: [{ kind: 'catatan', id: '2022-06-catatan-sementara', title: TITLES.removedNote, url: null }] });
    expect(Object.keys(schema.properties.commits.items.properties).sort()).toEqual(['added', 'changed', 'commit', 'date', 'removed']);
  });

  it('its feed parses as RSS 2.0 with one item per commit, linked to the entry', () => {
    const feed = new XMLParser({ ignoreAttributes: false }).parse(read(site, 'riwayat/feed.xml'));
    const items = [feed.rss.channel.item].flat();

    expect(feed.rss['@_version']).toBe('2.0');
    // absolute links on the build's own site (this minimal root confirms no portal address: the reserved .invalid host)
    const origin = new URL(read(site, 'sitemap-0.xml').match(/<loc>([^<]+)<\/loc>/)![1]!).origin;
    expect(items.map((item: { link: string }) => item.link)).toEqual(['remove', 'replace', 'late', 'evidence', 'base'].map((name) => `${origin}/riwayat/#c-${repo.commits[name]}`));
    expect(items[1].description).toBe(`Diubah: Bukti: ${TITLES.evidence}.`);
  });

  it('publishes no commit message and no author anywhere', () => {
    const files = globSync('**/*.{html,json,csv,xml,txt}', { cwd: site });

    expect(files.length).toBeGreaterThan(30);
    for (const file of files) expect(read(site, file), file).not.toContain(PRIVATE_MARKER);
  });
});

describe('"Terakhir diperbarui" on every page', () => {
  // page → the commit that last touched the content it is built from (see src/lib/history/page-sources.ts)
  const EXPECTED: [RegExp, string][] = [
    [/^index\.html$/, 'remove'],
    [/^riwayat\//, 'remove'],
    [/^2022\/index\.html$/, 'remove'],
    [/^2022\/lke\//, 'remove'],
    [/^2022\/linimasa\//, 'remove'],
    [/^kemajuan\/index\.html$/, 'remove'],
    // the removed note's area is unknown: its removal counts for every area's list
    [/^kemajuan\/area\/i\//, 'remove'],
    [/^kemajuan\/2022-06-rapat-tim\//, 'replace'], // the note cites the evidence whose file was replaced
    [/^2022\/bukti\//, 'replace'],
    [/^2022\/i\//, 'replace'],
    [/^2022\/(keputusan|lampiran|catatan-pembacaan)\//, 'base'],
    [/^(gratifikasi|benturan-kepentingan|standar-pelayanan|pengaduan)\//, 'base'],
  ];
  /** Pages not built from content (or from none that exists) carry no date; nor does the staff CMS at /admin/. */
  const UNDATED = [/^404\.html$/, /^cari\//, /^data\//, /^survei\/index\.html$/, /^admin\//];
  const DAY: Record<string, string> = { remove: '2022-09-10', replace: '2022-08-02', base: '2022-05-01' };

  it('matches the last commit of the content each page is built from, and names that commit', () => {
    const pages = globSync('**/*.html', { cwd: site }).sort();

    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages) {
      const line = /<p class="meta last-updated"[^>]*>([\s\S]*?)<\/p>/.exec(read(site, page))?.[1];
      if (UNDATED.some((pattern) => pattern.test(page))) {
        expect(line, page).toBeUndefined();
        continue;
      }
      const expected = EXPECTED.find(([pattern]) => pattern.test(page))?.[1];
      expect(expected, `${page} has no expected date in this test`).toBeDefined();
      expect(line, page).toContain(`<time datetime="${DAY[expected!]}">`);
      expect(line, page).toContain(`perubahan ${repo.commits[expected!]}`);
    }
  });
});

describe('a shallow clone', () => {
  it('builds, says once in Indonesian that the history is unavailable, and pages say "riwayat tidak tersedia"', () => {
    const data = JSON.parse(read(shallowSite, 'data/2022/bukti.json'));
    const item = data.indicators[0].items.find((candidate: { id: string }) => candidate.id === 'notulen-sosialisasi');

    expect(shallowOutput.match(/Riwayat isi tidak tersedia: repositori ini klon dangkal/g)).toHaveLength(1);
    expect(mainText(shallowSite, 'index.html')).toContain('Terakhir diperbarui: riwayat tidak tersedia');
    expect(mainText(shallowSite, '2022/bukti/area/i/index.html')).toContain(`${TITLES.evidence} 20 Mei 2022 · dokumen · 1 halaman · 237 B · SHA-256 ${sha256(tinyPdf('versi 2, diganti')).slice(0, 12)} riwayat tidak tersedia`);
    expect(mainText(shallowSite, '2022/bukti/area/i/index.html')).not.toMatch(/diterbitkan di situs|hari setelah tanggal dokumennya|berkas pernah diganti/);
    expect(item).toMatchObject({ published: null, changed: null, earlierFiles: [] });
    expect(JSON.parse(read(shallowSite, 'data/riwayat.json'))).toEqual({ available: false, commits: [] });
    expect(mainText(shallowSite, 'riwayat/index.html')).toContain('Riwayat tidak tersedia untuk versi situs ini');
  });
});
