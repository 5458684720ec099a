// `npm run new` driven in a real pseudo-terminal (util-linux `script`), as staff use it:
// answers typed after each prompt, a path dragged in from a file manager, a date written the
// Indonesian way, a wrong answer asked again, and a failure that leaves nothing behind.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyOfContent } from './support/content-dir.ts';

const NODE = resolve(existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath);
const hasScript = spawnSync('script', ['--version']).status === 0;
const quote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

/** A terminal session: waits for what the program prints, types answers. Every wait is bounded. */
class Terminal {
  private output = '';
  private cursor = 0;
  private child: ChildProcessWithoutNullStreams;
  readonly exited: Promise<number>;

  constructor(args: string[]) {
    const command = [NODE, 'scripts/new.ts', ...args].map(quote).join(' ');
    this.child = spawn('script', ['-qfec', command, '/dev/null'], { env: { ...process.env, PZI_CONTENT: '', TERM: 'dumb', NO_COLOR: '1' } });
    this.child.stdout.on('data', (chunk) => (this.output += chunk));
    this.child.stderr.on('data', (chunk) => (this.output += chunk));
    this.exited = new Promise((done) => this.child.on('close', (code) => done(code ?? 1)));
  }

  /** Resolves once `pattern` appears after the last match; fails with the output so far after 20 s. */
  async waitFor(pattern: RegExp): Promise<string> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const rest = this.output.slice(this.cursor);
      const match = pattern.exec(rest);
      if (match) {
        this.cursor += match.index + match[0].length;
        return rest.slice(0, match.index + match[0].length);
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; output:\n${this.output}`);
      await new Promise((next) => setTimeout(next, 50));
    }
  }

  /** Types a line and presses Enter. */
  type(text: string): void {
    this.child.stdin.write(`${text}\r`);
  }

  get all(): string {
    return this.output;
  }

  kill(): void {
    this.child.kill();
  }
}

let copy: ReturnType<typeof copyOfContent> | undefined;
let terminal: Terminal | undefined;
const scratch: string[] = [];
afterEach(() => {
  terminal?.kill();
  copy?.remove();
  for (const folder of scratch.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function downloads(): string {
  const folder = mkdtempSync(join(tmpdir(), 'pzi-unduhan-'));
  scratch.push(folder);
  return folder;
}

describe.skipIf(!hasScript)('npm run new in a terminal', { timeout: 60_000 }, () => {
  it('takes 30/06/2022 as 2022-06-30, asks again after a wrong status, and copies a dragged, quoted photo', async () => {
    copy = copyOfContent();
    const photo = join(downloads(), 'Foto Rapat.JPG');
    // a real 2 × 2 JPEG: the check opens note images and refuses one that is not an image
    writeFileSync(photo, Buffer.from('/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/wAALCAACAAIBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAA//EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AJ//Z', 'base64'));
    terminal = new Terminal(['catatan', '--content', copy.root]);

    await terminal.waitFor(/Judul catatan: $/);
    terminal.type('Rapat evaluasi semester I');
    await terminal.waitFor(/Tanggal pekerjaan \(HH\/BB\/TTTT\) \[[\d-]+\]: $/);
    terminal.type('30/06/2022');
    await terminal.waitFor(/Tahun rencana \[2022\]: $/);
    terminal.type('');
    await terminal.waitFor(/I\.3\.1 /);
    await terminal.waitFor(/Indikator: .*: $/);
    terminal.type('I.3.1');
    const statusList = await terminal.waitFor(/Status: nomor atau nama \[selesai\]: $/);
    expect(statusList).toMatch(/1\. selesai\s+2\. berjalan\s+3\. tertunda/);
    terminal.type('beres');
    const retry = await terminal.waitFor(/Status: nomor atau nama \[selesai\]: $/);
    expect(retry).toContain('✗ "beres" bukan status yang ada');
    terminal.type('2');
    const teams = await terminal.waitFor(/Tim pelaksana: nomor atau nama \(boleh kosong\): $/);
    expect(teams).toMatch(/1\. Tim /);
    terminal.type('1');
    await terminal.waitFor(/Kode bukti terkait.*: $/);
    terminal.type('');
    await terminal.waitFor(/Foto kegiatan.*: $/);
    terminal.type(`'${photo}' `); // as a file manager drops it: quoted, with a trailing space
    expect(await terminal.exited, terminal.all).toBe(0);

    const note = join(copy.root, '2022/catatan/2022-06-rapat-evaluasi-semester-i.mdx');
    const text = readFileSync(note, 'utf8');
    const data = parse(text.split('---')[1]!);
    expect(String(data.date)).toBe('2022-06-30');
    expect(data.status).toBe('berjalan');
    expect(data.indicators).toEqual(['I.3.1']);
    expect(data.team).toMatch(/^Tim /);
    expect(text).toContain('![Rapat evaluasi semester I](./2022-06-rapat-evaluasi-semester-i.jpg)');
    expect(readFileSync(join(copy.root, '2022/catatan/2022-06-rapat-evaluasi-semester-i.jpg'))).toEqual(readFileSync(photo));
  });

  it('accepts an evidence file dragged in with quotes, and removes everything it wrote when the check then fails', async () => {
    copy = copyOfContent();
    const folder = downloads();
    const big = join(folder, 'Notulen Rapat SOP.pdf');
    writeFileSync(big, '%PDF-1.4\n');
    truncateSync(big, 30 * 1024 * 1024); // 30 MB: over the evidence limit
    const before = readdirSync(join(copy.root, '2022/bukti')).sort();
    terminal = new Terminal(['bukti', '--content', copy.root, '--judul', 'Notulen rapat SOP', '--indikator', 'II.1.1']);

    await terminal.waitFor(/Tanggal dokumen\/kegiatan \(HH\/BB\/TTTT\).*: $/);
    terminal.type('2/5/2022');
    await terminal.waitFor(/Tahun rencana \[2022\]: $/);
    terminal.type('');
    await terminal.waitFor(/Berkas bukti \(seret berkasnya ke sini\).*: $/);
    terminal.type(`'${big}'`);
    await terminal.waitFor(/Jenis: .*: $/);
    terminal.type('');

    expect(await terminal.exited, terminal.all).toBe(1);
    expect(terminal.all).toMatch(/MASALAH: .*notulen-rapat-sop\.yaml/);
    expect(terminal.all).toMatch(/lebih besar dari batas/);
    expect(terminal.all).toContain('dihapus lagi');
    expect(terminal.all).not.toContain('tidak ditemukan');
    expect(readdirSync(join(copy.root, '2022/bukti')).sort()).toEqual(before);

    // the retry with a smaller file is not refused as "sudah ada"
    truncateSync(big, 1024);
    terminal = new Terminal(['bukti', '--content', copy.root, '--judul', 'Notulen rapat SOP', '--indikator', 'II.1.1', '--tanggal', '02/05/2022', '--tahun', '2022', '--jenis', 'dokumen']);
    await terminal.waitFor(/Berkas bukti .*: $/);
    terminal.type(`file://${big.replaceAll(' ', '%20')}`);
    expect(await terminal.exited, terminal.all).toBe(0);
    const yaml = parse(readFileSync(join(copy.root, '2022/bukti/notulen-rapat-sop.yaml'), 'utf8'));
    expect(yaml).toMatchObject({ file: 'notulen-rapat-sop.pdf', date: '2022-05-02', kind: 'dokumen' });
  });
});
