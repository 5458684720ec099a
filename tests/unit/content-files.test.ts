// Only regular files under the content root are read or published, and evidence files are what
// their names say. Each case plants what a hostile or careless editor would.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { errorsOnly, inspectContent } from '../../src/lib/content-check/index.ts';
import { fileSafety, readContentFile } from '../../src/lib/content-file.ts';
import { copyOfContent } from './support/content-dir.ts';

const DEMO = 'tests/fixtures/demo/2022/bukti';
const evidenceYaml = (file: string, extra = '') => `title: Bukti uji\ndate: 2022-05-20\nindicators: [II.1.1]\nfile: ${file}\n${extra}`;

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});

function content() {
  const copy = copyOfContent();
  cleanups.push(copy.remove);
  return copy;
}

const errorsAbout = async (root: string, file: RegExp) => errorsOnly(await inspectContent(root)).filter((problem) => file.test(problem.file));

describe('fileSafety', () => {
  it('tells a regular file from a symlink, a folder, a FIFO and a file reached through a symlinked folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'pzi-root-'));
    const outside = mkdtempSync(join(tmpdir(), 'pzi-outside-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }), () => rmSync(outside, { recursive: true, force: true }));
    writeFileSync(join(root, 'biasa.txt'), 'x');
    writeFileSync(join(outside, 'rahasia.txt'), 'rahasia');
    symlinkSync(join(outside, 'rahasia.txt'), join(root, 'tautan.txt'));
    symlinkSync(outside, join(root, 'folder'));
    mkdirSync(join(root, 'sub'));
    execFileSync('mkfifo', [join(root, 'pipa.txt')]);

    expect(fileSafety(root, join(root, 'biasa.txt'))).toEqual({ ok: true, size: 1 });
    expect(fileSafety(root, join(root, 'tautan.txt'))).toEqual({ ok: false, reason: 'symlink' });
    expect(fileSafety(root, join(root, 'sub'))).toEqual({ ok: false, reason: 'directory' });
    expect(fileSafety(root, join(root, 'pipa.txt'))).toEqual({ ok: false, reason: 'special' });
    expect(fileSafety(root, join(root, 'folder', 'rahasia.txt'))).toEqual({ ok: false, reason: 'outside' });
    expect(fileSafety(root, join(root, 'tidak-ada.txt'))).toEqual({ ok: false, reason: 'missing' });
    expect(() => readContentFile(root, join(root, 'folder', 'rahasia.txt'))).toThrow(/di luar folder/);
  });
});

describe('npm run check on files', { timeout: 60_000 }, () => {
  it('refuses a symlink posing as an evidence file, naming the YAML and the link', async () => {
    const copy = content();
    symlinkSync('/etc/hostname', join(copy.root, '2022/bukti/zz-probe.txt'));
    copy.write('2022/bukti/zz-probe.yaml', evidenceYaml('zz-probe.txt'));

    expect(await errorsAbout(copy.root, /zz-probe\.yaml$/)).toEqual([expect.objectContaining({ field: 'file', message: expect.stringMatching(/tautan \(symlink\)/) })]);
    expect(await errorsAbout(copy.root, /zz-probe\.txt$/)).toEqual([expect.objectContaining({ message: expect.stringMatching(/tautan \(symlink\)/) })]);
  });

  it('refuses a symlinked bukti/ folder and never reads the YAML inside it', async () => {
    const copy = content();
    const elsewhere = mkdtempSync(join(tmpdir(), 'pzi-elsewhere-'));
    cleanups.push(() => rmSync(elsewhere, { recursive: true, force: true }));
    writeFileSync(join(elsewhere, 'bocor.yaml'), evidenceYaml('bocor.txt'));
    writeFileSync(join(elsewhere, 'bocor.txt'), 'rahasia');
    mkdirSync(join(copy.root, '2023'));
    symlinkSync(elsewhere, join(copy.root, '2023/bukti'));

    const errors = errorsOnly(await inspectContent(copy.root));
    expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ file: expect.stringMatching(/2023\/bukti$/), message: expect.stringMatching(/tautan \(symlink\)/) })]));
    expect(errors.some((problem) => /bocor/.test(problem.file))).toBe(false);
  });

  it('refuses a symlinked note (an MDX file)', async () => {
    const copy = content();
    symlinkSync(join(process.cwd(), 'content/2022/catatan/2022-04-sk-tim-zona-integritas.mdx'), join(copy.root, '2022/catatan/zz-tautan.mdx'));
    expect(await errorsAbout(copy.root, /zz-tautan\.mdx$/)).toEqual([expect.objectContaining({ message: expect.stringMatching(/tautan \(symlink\)/) })]);
  });

  it('refuses a FIFO in the content folder', async () => {
    const copy = content();
    execFileSync('mkfifo', [join(copy.root, '2022/bukti/pipa.txt')]);
    expect(await errorsAbout(copy.root, /pipa\.txt$/)).toEqual([expect.objectContaining({ message: expect.stringMatching(/bukan berkas biasa/) })]);
  });

  it('refuses a zero-byte evidence file', async () => {
    const copy = content();
    copy.write('2022/bukti/kosong.pdf', '');
    copy.write('2022/bukti/kosong.yaml', evidenceYaml('kosong.pdf'));
    expect(await errorsAbout(copy.root, /kosong\.yaml$/)).toEqual([expect.objectContaining({ field: 'file', message: expect.stringMatching(/kosong \(0 byte\)/) })]);
  });

  it('refuses an HTML file named .pdf', async () => {
    const copy = content();
    copy.write('2022/bukti/evil.pdf', '<html><script>alert(document.cookie)</script></html>');
    copy.write('2022/bukti/evil.yaml', evidenceYaml('evil.pdf'));
    expect(await errorsAbout(copy.root, /evil\.yaml$/)).toEqual([expect.objectContaining({ message: expect.stringMatching(/bernama \.pdf tetapi isinya teks/) })]);
  });

  it('refuses an .html evidence file, which would run on the site', async () => {
    const copy = content();
    copy.write('2022/bukti/halaman.html', '<script>alert(1)</script>');
    copy.write('2022/bukti/halaman.yaml', evidenceYaml('halaman.html'));
    expect(await errorsAbout(copy.root, /halaman\.yaml$/)).toEqual([expect.objectContaining({ message: expect.stringMatching(/berakhiran "\.html"/) })]);
  });

  it('warns about a truncated PDF: no page count, named, still built', async () => {
    const copy = content();
    const pdf = readFileSync(`${DEMO}/contoh-usulan-diklat-2022.pdf`);
    writeFileSync(join(copy.root, '2022/bukti/terpotong.pdf'), pdf.subarray(0, pdf.length - 300));
    copy.write('2022/bukti/terpotong.yaml', evidenceYaml('terpotong.pdf'));
    const problems = await inspectContent(copy.root);
    expect(errorsOnly(problems)).toEqual([]);
    expect(problems).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'warning', file: expect.stringMatching(/terpotong\.yaml$/), message: expect.stringMatching(/tidak diketahui/) })]));
  });

  it('refuses a photo with a GPS position unless the YAML says lokasiBoleh: true', async () => {
    const copy = content();
    copyFileSync(`${DEMO}/contoh-foto-kotak-aduan.jpg`, join(copy.root, '2022/bukti/foto.jpg'));
    copy.write('2022/bukti/foto.yaml', evidenceYaml('foto.jpg'));
    expect(await errorsAbout(copy.root, /foto\.yaml$/)).toEqual([expect.objectContaining({ field: 'file', message: expect.stringMatching(/lokasi GPS.*lokasiBoleh: true/s) })]);

    copy.write('2022/bukti/foto.yaml', evidenceYaml('foto.jpg', 'lokasiBoleh: true\n'));
    expect(await errorsAbout(copy.root, /foto\.yaml$/)).toEqual([]);
  });

  it('refuses a Markdown image reached through a symlink, and one outside the content folder', async () => {
    const copy = content();
    symlinkSync('/etc/hostname', join(copy.root, '2022/catatan/foto.png'));
    copy.write('2022/catatan/zz-gambar.mdx', '---\ntitle: Uji\ndate: 2022-06-15\nindicators: [V.3.2]\nstatus: berjalan\n---\n\n![a](./foto.png)\n\n![b](../../../../../../etc/hostname.png)\n');
    const errors = await errorsAbout(copy.root, /zz-gambar\.mdx$/);
    expect(errors.map((problem) => problem.line)).toEqual([8, 10]);
    expect(errors[0]!.message).toMatch(/tautan \(symlink\)/);
  });

  it('applies the same rules to a PZI_CONTENT root given as a symlink', async () => {
    const copy = content();
    const link = join(tmpdir(), `pzi-link-${process.pid}`);
    symlinkSync(copy.root, link);
    cleanups.push(() => rmSync(link, { force: true }));
    symlinkSync('/etc/hostname', join(copy.root, '2022/bukti/zz-probe.txt'));
    copy.write('2022/bukti/zz-probe.yaml', evidenceYaml('zz-probe.txt'));
    expect(await errorsAbout(link, /zz-probe\.yaml$/)).toHaveLength(1);
  });
});
