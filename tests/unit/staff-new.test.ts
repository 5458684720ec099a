import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyOfContent } from './support/content-dir.ts';
import { checkContent, errorsOnly } from '../../src/lib/content-check/index.ts';

const NODE = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;

/** Runs `npm run new -- …` non-interactively (stdin is not a terminal) against a copy of content. */
function scaffold(root: string, args: string[]): { status: number; output: string } {
  const result = spawnSync(NODE, ['scripts/new.ts', ...args, '--content', root], { encoding: 'utf8', input: '', env: { ...process.env, PZI_CONTENT: '' } });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

const todayWib = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
let copy: ReturnType<typeof copyOfContent>;
afterEach(() => copy?.remove());

describe('npm run new', { timeout: 30_000 }, () => {
  it('writes a note that passes the check, named from the date and title, and says where it appears', () => {
    copy = copyOfContent();
    const { status, output } = scaffold(copy.root, ['catatan', '--judul', 'Rapat Evaluasi: Semester I', '--tanggal', '2022-06-30', '--indikator', 'i.3.1', '--status', 'berjalan']);
    expect(status, output).toBe(0);
    const file = join(copy.root, '2022/catatan/2022-06-rapat-evaluasi-semester-i.mdx');
    const text = readFileSync(file, 'utf8');
    const data = parse(text.split('---')[1]!);
    expect(data).toMatchObject({ title: 'Rapat Evaluasi: Semester I', indicators: ['I.3.1'], status: 'berjalan' });
    expect(String(data.date)).toContain('2022-06-30');
    expect(output).toContain('/kemajuan/2022-06-rapat-evaluasi-semester-i/');
    // the body is a marked placeholder: refused until staff write the real text
    expect(errorsOnly(checkContent(copy.root))).toEqual([expect.objectContaining({ file: expect.stringMatching(/2022-06-rapat-evaluasi-semester-i\.mdx$/), line: text.split('\n').findIndex((row) => row.startsWith('[[ISI:')) + 1, message: expect.stringContaining('[[ISI:') })]);
    writeFileSync(file, text.replace(/\[\[ISI:[^\]]*\]\]/, 'Rapat membahas capaian semester I.'));
    expect(errorsOnly(checkContent(copy.root))).toEqual([]);
  });

  it("dates a note today in Asia/Jakarta when no date is given, and refuses it before writing when today is outside the plan year", () => {
    copy = copyOfContent();
    const { status, output } = scaffold(copy.root, ['catatan', '--judul', 'Catatan hari ini', '--tahun', '2022', '--indikator', 'I.1.1', '--status', 'selesai']);
    const file = join(copy.root, `2022/catatan/${todayWib.slice(0, 7)}-catatan-hari-ini.mdx`);
    if (todayWib.startsWith('2022')) {
      expect(readFileSync(file, 'utf8'), output).toContain(`date: ${todayWib}`);
      expect(status).toBe(0);
    } else {
      expect(output).toContain(`Tanggal ${todayWib} tidak berada di tahun 2022`);
      expect(existsSync(file)).toBe(false);
      expect(status).toBe(1);
    }
  });

  it('never writes outside content/: a --nama that is a path is refused before anything is written', () => {
    copy = copyOfContent();
    for (const [kind, extra] of [['catatan', ['--tanggal', '2022-06-30', '--indikator', 'I.1.1', '--status', 'selesai']], ['bukti', ['--tanggal', '2022-06-30', '--indikator', 'I.1.1', '--url', '/2022/keputusan/']], ['survei', ['--mulai', '2022-06-01', '--selesai', '2022-06-30']]] as const) {
      for (const name of kind === 'catatan' ? ['../../../lolos', 'a/b'] : ['../../lolos']) {
        const { status, output } = scaffold(copy.root, [kind, '--judul', 'Judul uji', '--nama', name, ...extra]);
        expect(status, output).toBe(1);
        expect(output).toContain(`--nama "${name}" tidak dapat dipakai`);
      }
    }
    // nothing was written next to or above the content root
    expect(existsSync(join(copy.root, '..', 'lolos.mdx'))).toBe(false);
    expect(existsSync(join(copy.root, '..', '..', 'lolos.mdx'))).toBe(false);
    expect(existsSync(join(copy.root, '2022', 'lolos.mdx'))).toBe(false);
    expect(existsSync(join(copy.root, '..', 'lolos'))).toBe(false);
  }, 60_000);

  it('never overwrites an existing file and exits non-zero saying so', () => {
    copy = copyOfContent();
    const args = ['catatan', '--judul', 'Rapat pertama', '--tanggal', '2022-05-02', '--indikator', 'I.1.1', '--status', 'selesai'];
    expect(scaffold(copy.root, args).status).toBe(0);
    const file = join(copy.root, '2022/catatan/2022-05-rapat-pertama.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Tuliskan di sini', 'Isi yang sudah ditulis staf'));
    const again = scaffold(copy.root, args);
    expect(again.status).not.toBe(0);
    expect(again.output).toMatch(/sudah ada dan tidak ditimpa/);
    expect(readFileSync(file, 'utf8')).toContain('Isi yang sudah ditulis staf');
  });

  it('refuses indicator codes the plan does not have, naming the component’s real codes, and writes nothing', () => {
    copy = copyOfContent();
    const { status, output } = scaffold(copy.root, ['catatan', '--judul', 'Kode salah', '--tanggal', '2022-05-02', '--indikator', 'I.3.9', '--status', 'selesai']);
    expect(status).not.toBe(0);
    expect(output).toContain('I.3.9');
    expect(output).toContain('I.3.1');
    expect(existsSync(join(copy.root, '2022/catatan/2022-05-kode-salah.mdx'))).toBe(false);
  });

  it('refuses an unknown status with the allowed values', () => {
    copy = copyOfContent();
    const { status, output } = scaffold(copy.root, ['catatan', '--judul', 'Status salah', '--tanggal', '2022-05-02', '--indikator', 'I.1.1', '--status', 'beres']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/selesai, berjalan, tertunda/);
  });

  it('copies an evidence file next to its YAML under a safe name', () => {
    copy = copyOfContent();
    const source = join(tmpdir(), `Notulen Rapat (1).PDF`);
    writeFileSync(source, '%PDF-1.4\n%%EOF\n');
    const { status, output } = scaffold(copy.root, ['bukti', '--judul', 'Notulen rapat evaluasi', '--tanggal', '2022-06-30', '--indikator', 'I.3.1', '--berkas', source]);
    expect(status, output).toBe(0);
    const yaml = parse(readFileSync(join(copy.root, '2022/bukti/notulen-rapat-evaluasi.yaml'), 'utf8'));
    expect(yaml.file).toBe('notulen-rapat-evaluasi.pdf');
    expect(readFileSync(join(copy.root, '2022/bukti', yaml.file), 'utf8')).toBe(readFileSync(source, 'utf8'));
    expect(errorsOnly(checkContent(copy.root))).toEqual([]);
  });

  it('writes a link evidence item with --url', () => {
    copy = copyOfContent();
    const { status, output } = scaffold(copy.root, ['bukti', '--judul', 'Berita di situs KPU', '--tanggal', '2022-06-30', '--indikator', 'I.1.1', '--url', 'https://kota-magelang.kpu.go.id/berita']);
    expect(status, output).toBe(0);
    expect(parse(readFileSync(join(copy.root, '2022/bukti/berita-di-situs-kpu.yaml'), 'utf8')).url).toBe('https://kota-magelang.kpu.go.id/berita');
  });

  it('creates a survey folder with index.mdx and a responses.csv header, and says the answers come next', () => {
    copy = copyOfContent();
    const { status, output } = scaffold(copy.root, ['survei', '--judul', 'SKM Semester II 2022', '--mulai', '2022-07-01', '--selesai', '2022-12-31']);
    expect(status, output).toBe(0);
    expect(readFileSync(join(copy.root, 'survei/skm-semester-ii-2022/responses.csv'), 'utf8').trim()).toBe('tanggal,U1,U2,U3,U4,U5,U6,U7,U8,U9');
    expect(readFileSync(join(copy.root, 'survei/skm-semester-ii-2022/index.mdx'), 'utf8')).toContain('title: SKM Semester II 2022');
    expect(output).toContain('/survei/skm-semester-ii-2022/');
    expect(output).toMatch(/Langkah berikutnya/);
    expect(scaffold(copy.root, ['survei', '--judul', 'SKM Semester II 2022', '--mulai', '2022-07-01', '--selesai', '2022-12-31']).status).not.toBe(0);
  });

  it('without a kind, explains the usage and fails', () => {
    copy = copyOfContent();
    const { status, output } = scaffold(copy.root, []);
    expect(status).not.toBe(0);
    expect(output).toMatch(/catatan, bukti, survei/);
  });
});
