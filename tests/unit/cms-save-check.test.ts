/**
 * A save is checked by the content check itself (inspectContent) before anything is written, and
 * the refusal speaks the form's words. tests/e2e/cms.test.ts shows the same refusal in the editor.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemsOfSave } from '../../src/lib/cms/save-check.ts';
import { inFormWords, refusalText } from '../../src/lib/cms/form-words.ts';
import { filesOfRequest } from '../../src/lib/cms/local-proxy.ts';

let repo: string;
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'pzi-save-check-'));
  cpSync('content', join(repo, 'content'), { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: repo });
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const note = (front: string, body = 'Rapat tim membahas rencana.') => Buffer.from(`---\n${front}\n---\n\n${body}\n`);
const GOOD = 'title: Rapat evaluasi tim\ndate: 2022-06-30\nindicators: [V.3.2]\nstatus: selesai';

describe('a save checked before it is written', () => {
  it('a good note passes, and the check never touches content/ nor leaves its scratch copy', async () => {
    const before = readdirSync(join(repo, 'content/2022/catatan')).sort();
    expect(await problemsOfSave(repo, [{ path: 'content/2022/catatan/2022-06-rapat.mdx', content: note(GOOD) }])).toEqual([]);
    expect(readdirSync(join(repo, 'content/2022/catatan')).sort()).toEqual(before);
    expect(readdirSync(join(repo, '.git')).filter((name) => name.startsWith('pzi-periksa-'))).toEqual([]);
  });

  it('refuses a wrong year, an unknown indicator, "{" and "<" in the body, naming the form labels', async () => {
    const problems = await problemsOfSave(repo, [
      { path: 'content/2022/catatan/2022-06-rapat.mdx', content: note(GOOD.replace('2022-06-30', '2023-06-30').replace('V.3.2', 'V.3.9'), 'Nilai {nama} dan <3 semuanya.') },
    ]);
    const text = refusalText(problems.map((problem) => ({ problem, path: problem.file })));
    expect(text).toMatch(/^Belum disimpan\./);
    expect(text).toContain('Tanggal: Tanggal 2023-06-30 tidak berada di tahun 2022');
    expect(text).toContain('Indikator: Kode indikator "V.3.9" tidak ada di rencana 2022');
    expect(text).toMatch(/\{/);
    expect(problems.every((problem) => problem.file === '2022/catatan/2022-06-rapat.mdx')).toBe(true);
  });

  it('a broken entry elsewhere does not stop a good save', async () => {
    writeFileSync(join(repo, 'content/2022/catatan/2022-04-rusak.mdx'), '---\ntitle: x\n---\n');
    try {
      expect(await problemsOfSave(repo, [{ path: 'content/2022/catatan/2022-06-rapat.mdx', content: note(GOOD) }])).toEqual([]);
    } finally {
      rmSync(join(repo, 'content/2022/catatan/2022-04-rusak.mdx'));
    }
  });

  it('evidence with personal data not yet redacted: the message names the checkboxes, not YAML keys', () => {
    const text = inFormWords(
      { file: '2022/bukti/x.yaml', field: 'redacted', message: 'Bukti ini memuat data pribadi (personalData: true) tetapi belum disamarkan. Simpan ulang berkasnya, lalu tulis redacted: true.' },
      '2022/bukti/x.yaml',
    );
    expect(text).toBe('Data pribadi sudah disamarkan: Bukti ini memuat data pribadi ("Memuat data pribadi" dicentang) tetapi belum disamarkan. Simpan ulang berkasnya, lalu centang "Data pribadi sudah disamarkan".');
    expect(inFormWords({ file: 'x', message: 'Tulis lokasiBoleh: true di berkas YAML ini.' }, '2022/bukti/x.yaml')).not.toMatch(/YAML/);
  });

  it("a survey with both a responses file and a summary: the form's words, no file or key name", () => {
    const text = inFormWords(
      {
        file: 'survei/skm/index.mdx',
        field: 'summary',
        message: 'Survei "skm" punya berkas jawaban (responses.csv) sekaligus ringkasan hasil (summary). Pakai salah satu saja: hapus ringkasan hasil (summary) bila jawaban lengkap ada di berkas jawaban.',
      },
      'survei/skm/index.mdx',
    );
    expect(text).toBe(
      'Ringkasan hasil (bila tidak ada berkas jawaban): Survei "skm" punya berkas jawaban sekaligus ringkasan hasil. Pakai salah satu saja: kosongkan isian ringkasan hasil bila jawaban lengkap ada di berkas jawaban.',
    );
  });

  it('reads the files of a decap-server save: the entry and its uploads, nothing for a read', () => {
    const files = filesOfRequest({
      action: 'persistEntry',
      params: { entry: { path: 'content/2022/bukti/a.yaml', raw: 'title: a' }, assets: [{ path: 'content/2022/bukti/a.pdf', content: Buffer.from('%PDF').toString('base64'), encoding: 'base64' }] },
    });
    expect(files.map((file) => [file.path, file.content.toString()])).toEqual([
      ['content/2022/bukti/a.yaml', 'title: a'],
      ['content/2022/bukti/a.pdf', '%PDF'],
    ]);
    expect(filesOfRequest({ action: 'getEntry', params: { path: 'content/unit.yaml' } })).toEqual([]);
  });
});
