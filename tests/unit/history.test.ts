import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGitLog } from '../../src/lib/history/git-log.ts';
import { contentCommits, fileHistories, lastChange, wibDate, type ContentCommit } from '../../src/lib/history/model.ts';
import { earlierBlobs, evidenceHistory } from '../../src/lib/history/evidence-history.ts';
import { buildChangelog, feedEntries, FEED_MAX_ITEMS, splitEntry } from '../../src/lib/history/changelog.ts';
import { paginateByWeight } from '../../src/lib/history/paginate-by-weight.ts';
import { pageSources, refIndex } from '../../src/lib/history/page-sources.ts';
import type { ContentRef } from '../../src/lib/history/content-items.ts';
import { hashBlobs, readGitHistory } from '../../src/lib/history/read-git.ts';

// Captured from `git log --format=%x01%H %ct -z --raw --no-renames --no-abbrev` on a test repository
// (content root "isi/"): the file replaced on 2022-08-02, an item added on 2022-06-01, the first item on 2022-05-21.
const CAPTURED =
  '\x014fa83945376bd9ee1e82b0ba52fe918426efdf58 1659409200\x00\n:100644 100644 68b7df8fcee238c0fdbf560cf338d91f176b872c d7399c52f30208e920504009221e4788b849902c M\x00isi/2022/bukti/notulen-sosialisasi.pdf\x00' +
  '\x01c594bd75c406cb9d3892a7b96ef04a2bcc07cb4e 1654052400\x00\n:000000 100644 0000000000000000000000000000000000000000 c48829866df93d2e63af510e3c949726e3378b9f A\x00isi/2022/bukti/sk-tim-lama.yaml\x00' +
  '\x01f7476f3a2e1b8e51b2a08de55f4cfe3cebf2dbaf 1653102000\x00\n:000000 100644 0000000000000000000000000000000000000000 68b7df8fcee238c0fdbf560cf338d91f176b872c A\x00isi/2022/bukti/notulen-sosialisasi.pdf\x00:000000 100644 0000000000000000000000000000000000000000 6c62be9e042aea58ab1beda4add357763e710be7 A\x00isi/2022/bukti/notulen-sosialisasi.yaml\x00';
// A merge commit (no changes of its own), a deletion, a path with spaces, and a change outside the content root.
const MORE =
  '\x01aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa 1662778800\x00' +
  '\x01bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb 1662778700\x00\n:100644 000000 c48829866df93d2e63af510e3c949726e3378b9f 0000000000000000000000000000000000000000 D\x00isi/2022/bukti/sk-tim-lama.yaml\x00:000000 100644 0000000000000000000000000000000000000000 1111111111111111111111111111111111111111 A\x00isi/PANDUAN staf.md\x00:100644 100644 2222222222222222222222222222222222222222 3333333333333333333333333333333333333333 M\x00src/lain.ts\x00';

const commits = () => contentCommits(parseGitLog(MORE + CAPTURED), 'isi/');
const byName = (list: ContentCommit[], id: string) => list.find((commit) => commit.id === id)!;

describe('parseGitLog', () => {
  it('reads each commit with its changes, statuses and new blobs', () => {
    const parsed = parseGitLog(CAPTURED);

    expect(parsed.map((commit) => commit.id.slice(0, 7))).toEqual(['4fa8394', 'c594bd7', 'f7476f3']);
    expect(parsed[2]!.changes).toEqual([
      { status: 'A', path: 'isi/2022/bukti/notulen-sosialisasi.pdf', blob: '68b7df8fcee238c0fdbf560cf338d91f176b872c' },
      { status: 'A', path: 'isi/2022/bukti/notulen-sosialisasi.yaml', blob: '6c62be9e042aea58ab1beda4add357763e710be7' },
    ]);
    expect(parsed[0]!.time).toBe(1659409200);
  });

  it('keeps merge commits without changes, deletions without a blob, and paths with spaces whole', () => {
    const parsed = parseGitLog(MORE);

    expect(parsed[0]).toEqual({ id: 'a'.repeat(40), time: 1662778800, changes: [] });
    expect(parsed[1]!.changes[0]).toEqual({ status: 'D', path: 'isi/2022/bukti/sk-tim-lama.yaml' });
    expect(parsed[1]!.changes[1]!.path).toBe('isi/PANDUAN staf.md');
  });

  it('refuses text that is not such a log instead of guessing', () => {
    expect(() => parseGitLog('\x01bukan log\x00')).toThrow(/git log tidak dapat dibaca/);
  });
});

describe('contentCommits and fileHistories', () => {
  it('keeps commits touching the content root, paths relative to it, dates in WIB', () => {
    const list = commits();

    expect(list.map((commit) => commit.id)).toEqual(['bbbbbbb', '4fa8394', 'c594bd7', 'f7476f3']);
    expect(byName(list, 'bbbbbbb').changes.map((change) => change.path)).toEqual(['2022/bukti/sk-tim-lama.yaml', 'PANDUAN staf.md']);
    // 2022-05-21 10:00 WIB is 03:00 UTC; 2022-05-20 20:00 UTC is already the 21st in WIB
    expect(byName(list, 'f7476f3').date).toBe('2022-05-21');
    expect(wibDate(Date.UTC(2022, 4, 20, 20) / 1000)).toBe('2022-05-21');
  });

  it('gives each file its first addition, its last change and its versions with their periods', () => {
    const files = fileHistories(commits());
    const pdf = files.get('2022/bukti/notulen-sosialisasi.pdf')!;
    const removed = files.get('2022/bukti/sk-tim-lama.yaml')!;

    expect(pdf.added!.id).toBe('f7476f3');
    expect(pdf.changed.id).toBe('4fa8394');
    expect(pdf.versions.map((version) => [version.blob.slice(0, 7), version.from.date, version.until?.date])).toEqual([
      ['68b7df8', '2022-05-21', '2022-08-02'],
      ['d7399c5', '2022-08-02', undefined],
    ]);
    expect(removed.versions[0]!.until!.id).toBe('bbbbbbb');
  });

  it('finds the newest commit touching any path a page is built from, removals included', () => {
    expect(lastChange(commits(), (path) => path.startsWith('2022/bukti/'))!.id).toBe('bbbbbbb');
    expect(lastChange(commits(), (path) => path.endsWith('.pdf'))!.date).toBe('2022-08-02');
    expect(lastChange(commits(), (path) => path.startsWith('survei/'))).toBeUndefined();
  });
});

describe('evidenceHistory', () => {
  const files = fileHistories(commits());
  const yaml = files.get('2022/bukti/notulen-sosialisasi.yaml');
  const file = files.get('2022/bukti/notulen-sosialisasi.pdf');

  it('publishes the first addition, the last change and each earlier file with the period it was online', () => {
    const history = evidenceHistory({ date: '2022-05-20', yaml, file }, (blob) => `sha-of-${blob.slice(0, 7)}`)!;

    expect(history.published.date).toBe('2022-05-21');
    expect(history.changed.date).toBe('2022-08-02');
    expect(history.earlierFiles.map((earlier) => [earlier.sha256, earlier.from.date, earlier.until.date])).toEqual([['sha-of-68b7df8', '2022-05-21', '2022-08-02']]);
    expect(history.lateDays).toBeUndefined();
    expect(earlierBlobs({ yaml, file })).toEqual(['68b7df8fcee238c0fdbf560cf338d91f176b872c']);
  });

  it('states the delay only when the item was added more than 30 days after its own date', () => {
    const late = files.get('2022/bukti/sk-tim-lama.yaml');

    expect(evidenceHistory({ date: '2022-01-10', yaml: late }, String)!.lateDays).toBe(142);
    expect(evidenceHistory({ date: '2022-05-02', yaml: late }, String)!.lateDays).toBeUndefined();
    expect(evidenceHistory({ date: '2022-05-01', yaml: late }, String)!.lateDays).toBe(31);
  });

  it('ignores file versions replaced before the item was published (they were never online)', () => {
    // the file was committed and replaced before its YAML existed: only the second version was ever online
    const text =
      '\x01' + 'c'.repeat(40) + ' 300\x00\n:000000 100644 ' + '0'.repeat(40) + ' ' + '9'.repeat(40) + ' A\x00isi/b/x.yaml\x00' +
      '\x01' + 'd'.repeat(40) + ' 200\x00\n:100644 100644 ' + '7'.repeat(40) + ' ' + '8'.repeat(40) + ' M\x00isi/b/x.pdf\x00' +
      '\x01' + 'e'.repeat(40) + ' 100\x00\n:000000 100644 ' + '0'.repeat(40) + ' ' + '7'.repeat(40) + ' A\x00isi/b/x.pdf\x00';
    const early = fileHistories(contentCommits(parseGitLog(text), 'isi/'));

    const history = evidenceHistory({ date: '1970-01-01', yaml: early.get('b/x.yaml'), file: early.get('b/x.pdf') }, String)!;

    expect(history.earlierFiles).toEqual([]);
    expect(history.changed.id).toBe('ccccccc');
  });

  it('gives nothing for an item that is not in the history yet', () => {
    expect(evidenceHistory({ date: '2022-05-20', yaml: undefined, file }, String)).toBeUndefined();
  });
});

const REFS: ContentRef[] = [
  { path: '2022/bukti/notulen-sosialisasi.yaml', kind: 'bukti', id: 'notulen-sosialisasi', title: 'Notulen sosialisasi', href: '/2022/bukti/area/i/#i-1-1', indicators: ['I.1.1'], file: '2022/bukti/notulen-sosialisasi.pdf' },
  { path: '2022/catatan/2022-06-rapat.mdx', kind: 'catatan', id: '2022-06-rapat', title: 'Rapat', href: '/kemajuan/2022-06-rapat/', indicators: ['I.1.1'], cites: ['notulen-sosialisasi'] },
  { path: '2022/catatan/2022-06-lain.mdx', kind: 'catatan', id: '2022-06-lain', title: 'Lain', href: '/kemajuan/2022-06-lain/', indicators: ['II.1.1'] },
];

/** The text of each item version in CAPTURED and MORE, as `git cat-file` would give it. */
const TEXTS = new Map([
  ['6c62be9e042aea58ab1beda4add357763e710be7', 'title: Notulen sosialisasi\nfile: notulen-sosialisasi.pdf\n'],
  ['c48829866df93d2e63af510e3c949726e3378b9f', 'title: SK tim kerja tahun lalu\nfile: sk-tim-lama.pdf\n'],
]);
const readBlob = (blob: string) => TEXTS.get(blob);

describe('buildChangelog', () => {
  it('names each published item once per commit under the title it had, the evidence file under its item, removed items unlinked', () => {
    const log = buildChangelog(commits(), REFS, readBlob);

    expect(log.map((entry) => entry.id)).toEqual(['bbbbbbb', '4fa8394', 'c594bd7', 'f7476f3']);
    // removed: the title of its last version, never its file name
    expect(log[0]).toMatchObject({ added: [], changed: [], removed: [{ kind: 'bukti', id: 'sk-tim-lama', title: 'SK tim kerja tahun lalu' }] });
    expect(log[0]!.removed[0]!.href).toBeUndefined();
    expect(log[1]).toMatchObject({ changed: [{ kind: 'bukti', title: 'Notulen sosialisasi', href: '/2022/bukti/area/i/#i-1-1' }], added: [], removed: [] });
    expect(log[3]!.added).toEqual([{ kind: 'bukti', id: 'notulen-sosialisasi', title: 'Notulen sosialisasi', href: '/2022/bukti/area/i/#i-1-1' }]);
  });

  it('leaves out commits that touched only unpublished files', () => {
    const text = '\x01' + 'f'.repeat(40) + ' 100\x00\n:000000 100644 ' + '0'.repeat(40) + ' ' + '1'.repeat(40) + ' A\x00isi/PANDUAN.md\x00';

    expect(buildChangelog(contentCommits(parseGitLog(text), 'isi/'), REFS, readBlob)).toEqual([]);
  });

  it('never names a file committed into bukti/ without its YAML, added or deleted, nor a version that could not build a page', () => {
    const blob = (n: number) => String(n).repeat(40);
    const log =
      `\x01${'d'.repeat(40)} 300\x00\n:100644 000000 ${blob(1)} ${'0'.repeat(40)} D\x00isi/2022/bukti/3371-nik-warga.jpg\x00` +
      `\x01${'e'.repeat(40)} 200\x00\n:000000 100644 ${'0'.repeat(40)} ${blob(2)} A\x00isi/2022/catatan/2022-06-draf.mdx\x00` +
      `\x01${'c'.repeat(40)} 100\x00\n:000000 100644 ${'0'.repeat(40)} ${blob(1)} A\x00isi/2022/bukti/3371-nik-warga.jpg\x00`;
    const texts = new Map([[blob(2), '---\ntitle: [belum selesai\n---\n']]);

    expect(buildChangelog(contentCommits(parseGitLog(log), 'isi/'), REFS, (id) => texts.get(id))).toEqual([]);
  });

  it('lists a note under the title each version had, and a removed note under its last title', () => {
    const blob = (n: number) => String(n).repeat(40);
    const path = 'isi/2022/catatan/2022-06-rapat-rahasia.mdx';
    const log =
      `\x01${'c'.repeat(40)} 300\x00\n:100644 000000 ${blob(2)} ${'0'.repeat(40)} D\x00${path}\x00` +
      `\x01${'b'.repeat(40)} 200\x00\n:100644 100644 ${blob(1)} ${blob(2)} M\x00${path}\x00` +
      `\x01${'a'.repeat(40)} 100\x00\n:000000 100644 ${'0'.repeat(40)} ${blob(1)} A\x00${path}\x00`;
    const texts = new Map([
      [blob(1), '---\ntitle: Rapat tim Juni\n---\n'],
      [blob(2), '---\ntitle: Rapat tim kerja Juni\n---\n'],
    ]);
    const entries = buildChangelog(contentCommits(parseGitLog(log), 'isi/'), REFS, (id) => texts.get(id));

    expect(entries.map((entry) => [entry.added.map((item) => item.title), entry.changed.map((item) => item.title), entry.removed.map((item) => item.title)])).toEqual([
      [[], [], ['Rapat tim kerja Juni']],
      [[], ['Rapat tim kerja Juni'], []],
      [['Rapat tim Juni'], [], []],
    ]);
  });
});

describe('the feed', () => {
  it('carries only the newest entries, however long the history', () => {
    const entries = Array.from({ length: 5000 }, (_, n) => n);
    expect(feedEntries(entries)).toEqual(entries.slice(0, FEED_MAX_ITEMS));
    expect(FEED_MAX_ITEMS).toBeLessThan(5000);
  });
});

describe('splitting the change log into pages', () => {
  it('keeps every page under the weight and continues a long commit on the next page', () => {
    const item = (n: number) => ({ kind: 'catatan' as const, id: `c${n}`, title: `C${n}` });
    const big = { id: 'abcdef0', time: 1, date: '2022-01-01', order: 0, added: Array.from({ length: 7 }, (_, n) => item(n)), changed: [item(9)], removed: [] };

    const parts = splitEntry(big, 3);
    const pages = paginateByWeight([1, 2, 3, 4, 5], (n) => n, 6);

    expect(parts.map((part) => [part.part, part.parts, part.added.length, part.changed.length])).toEqual([[1, 3, 3, 0], [2, 3, 3, 0], [3, 3, 1, 1]]);
    expect(pages).toEqual([[1, 2, 3], [4], [5]]);
    expect(paginateByWeight([], () => 1, 6)).toEqual([[]]);
  });
});

describe('pageSources', () => {
  const matches = (sitePath: string, path: string) => pageSources(sitePath, REFS)!(path);

  it('dates a note page by the note and the evidence it cites, file included', () => {
    expect(matches('/kemajuan/2022-06-rapat/', '2022/catatan/2022-06-rapat.mdx')).toBe(true);
    expect(matches('/kemajuan/2022-06-rapat/', '2022/bukti/notulen-sosialisasi.pdf')).toBe(true);
    expect(matches('/kemajuan/2022-06-rapat/', '2022/catatan/2022-06-lain.mdx')).toBe(false);
  });

  it('dates a component page by its plan files and the notes and evidence of its indicators only', () => {
    expect(matches('/2022/i/1/', '2022/komponen/i-1.mdx')).toBe(true);
    expect(matches('/2022/i/1/', '2022/keputusan.yaml')).toBe(true);
    expect(matches('/2022/i/1/', '2022/bukti/notulen-sosialisasi.yaml')).toBe(true);
    expect(matches('/2022/i/1/', '2022/komponen/i-2.mdx')).toBe(false);
    expect(matches('/2022/i/1/', '2022/catatan/2022-06-lain.mdx')).toBe(false);
  });

  it('dates registers by the year\'s evidence, timelines by its notes, and gives no date to pages not built from content', () => {
    expect(matches('/2022/bukti/status/lengkap/', '2022/bukti/notulen-sosialisasi.pdf')).toBe(true);
    expect(matches('/2022/bukti/status/lengkap/', '2022/bukti/sk-tim-lama.yaml')).toBe(true);
    // a file no item names was never published: it dates no page
    expect(matches('/2022/bukti/status/lengkap/', '2022/bukti/x.pdf')).toBe(false);
    expect(matches('/2022/bukti/', '2022/catatan/2022-06-lain.mdx')).toBe(false);
    expect(matches('/2022/linimasa/05/', '2022/catatan/2022-06-lain.mdx')).toBe(true);
    expect(matches('/', 'PANDUAN.md')).toBe(false);
    expect(matches('/', 'unit.yaml')).toBe(false);
    expect(pageSources('/cari/', REFS)).toBeUndefined();
    expect(pageSources('/data/', REFS)).toBeUndefined();
  });

  it('indexes the refs once per array (every page gets the same one), keeping the first note of an id as a scan would', () => {
    expect(refIndex(REFS)).toBe(refIndex(REFS));
    const note = REFS.find((ref) => ref.kind === 'catatan')!;
    const twin = { ...note, path: '2023/catatan/kembar.mdx' };
    const refs = [...REFS, twin];
    expect(refIndex(refs)).not.toBe(refIndex(REFS));
    expect(refIndex(refs).notes.get(note.id)).toBe(note);
    expect(refIndex(refs).paths.has(twin.path)).toBe(true);
    expect(pageSources(note.href, refs)!(twin.path)).toBe(false);
    expect(pageSources(note.href, refs)!(note.path)).toBe(true);
  });
});

describe('readGitHistory and hashBlobs on a real repository', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pzi-git-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const git = (...args: string[]) => {
    const result = spawnSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'x', GIT_AUTHOR_EMAIL: 'x@x', GIT_COMMITTER_NAME: 'x', GIT_COMMITTER_EMAIL: 'x@x', GIT_AUTHOR_DATE: '2022-05-21T10:00:00+07:00', GIT_COMMITTER_DATE: '2022-05-21T10:00:00+07:00' } });
    if (result.status !== 0) throw new Error(result.stderr);
    return result.stdout.trim();
  };

  it('says there is no history outside a repository and in one without commits', () => {
    const outside = mkdtempSync(join(tmpdir(), 'pzi-nogit-'));

    expect(readGitHistory(outside)).toMatchObject({ available: false, reason: 'no-repo' });
    git('init', '-q');
    mkdirSync(join(dir, 'isi'));
    expect(readGitHistory(join(dir, 'isi'))).toMatchObject({ available: false, reason: 'no-repo' });
    rmSync(outside, { recursive: true, force: true });
  });

  it('reads the content folder\'s commits with its prefix, and hashes old blobs in one batch', () => {
    writeFileSync(join(dir, 'isi', 'a.txt'), 'versi 1\n');
    writeFileSync(join(dir, 'luar.txt'), 'bukan isi\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'pertama');

    const history = readGitHistory(join(dir, 'isi'));
    if (!history.available) throw new Error(history.reason);
    const blob = history.commits[0]!.changes[0]!.blob!;

    expect(history.prefix).toBe('isi/');
    expect(history.commits[0]!.changes.map((change) => change.path)).toEqual(['isi/a.txt']);
    expect(hashBlobs(dir, [blob])).toEqual(new Map([[blob, createHash('sha256').update('versi 1\n').digest('hex')]]));
  });
});

describe('history fields of the evidence export', () => {
  it('fit the published schema, and a full commit id (or a message) does not', async () => {
    const { evidenceExportSchema } = await import('../../src/schemas/evidence-export.ts');
    const { evidenceHistoryJson } = await import('../../src/lib/history/exports.ts');
    const files = fileHistories(commits());
    const history = evidenceHistory({ date: '2022-05-20', yaml: files.get('2022/bukti/notulen-sosialisasi.yaml'), file: files.get('2022/bukti/notulen-sosialisasi.pdf') }, () => 'a'.repeat(64));
    const item = { id: 'x', title: 'X', date: '2022-05-20', url: '/x.pdf', bytes: 1, sha256: 'b'.repeat(64), mediaType: 'application/pdf', kind: 'dokumen', pages: 1, related: false };
    const register = (fields: object) => ({ year: 2022, indicators: [{ id: 'I.1.1', required: 'SK', status: 'lengkap', items: [{ ...item, ...fields }] }] });

    expect(evidenceExportSchema.safeParse(register(evidenceHistoryJson(history))).success).toBe(true);
    expect(evidenceExportSchema.safeParse(register(evidenceHistoryJson(undefined))).success).toBe(true);
    expect(evidenceExportSchema.safeParse(register({ ...evidenceHistoryJson(history), published: { date: '2022-05-21', commit: 'f7476f3a2e1b8e51b2a08de55f4cfe3cebf2dbaf' } })).success).toBe(false);
  });
});
