import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { mdxBodyProblems } from '../../src/lib/content-check/mdx-checks.ts';
import { readYaml } from '../../src/lib/content-check/read-file.ts';
import { yamlMessage } from '../../src/lib/content-check/yaml-messages.ts';
import { placeholder } from '../../src/lib/content-check/placeholder-checks.ts';
import { safeFileName } from '../../src/lib/content-check/safe-file-name.ts';
import { copyOfContent } from './support/content-dir.ts';

/** English words parsers use; none may reach staff without PZI_DEBUG. */
const ENGLISH = /\b(?:Unexpected|expected|allowed|Missing|must|Could not|closing|character|indentation)\b/;

let copy: ReturnType<typeof copyOfContent> | undefined;
afterEach(() => copy?.remove());

describe('YAML messages', () => {
  it('says a tab in the indentation in Indonesian, on its line, without the English original', () => {
    const { syntaxErrors } = readYaml('title: Rapat\nindicators:\n\t- I.1.1\n');

    expect(syntaxErrors).toHaveLength(1);
    expect(syntaxErrors[0]!.line).toBe(3);
    expect(syntaxErrors[0]!.message).toMatch(/^Penulisan data \(YAML\) tidak sah: Baris ini diawali tanda Tab/);
    expect(syntaxErrors[0]!.message).not.toMatch(ENGLISH);
  });

  it.each([
    ['title: "Rapat\ndate: 2022-01-01\n', /tanda kutip/],
    ['title: a\ntitle: b\n', /tertulis dua kali/],
    ['title: Rapat: evaluasi\n', /titik dua/],
    ['title: @akun\n', /tanda @/],
  ])('translates %j', (text, expected) => {
    const [error] = readYaml(text).syntaxErrors;
    expect(error!.message).toMatch(expected);
    expect(error!.message).not.toMatch(ENGLISH);
  });

  it('reports one cause, not the cascade of tokens after it', () => {
    expect(readYaml('- a\nb: 1\n').syntaxErrors).toHaveLength(1);
  });

  it('keeps the parser’s original for developers with PZI_DEBUG=1', () => {
    expect(yamlMessage('TAB_AS_INDENT', 'Tabs are not allowed as indentation', { PZI_DEBUG: '1' })).toContain('[asli: TAB_AS_INDENT: Tabs are not allowed as indentation]');
    expect(yamlMessage('TAB_AS_INDENT', 'Tabs are not allowed as indentation', {})).not.toContain('Tabs');
  });
});

describe('MDX messages', () => {
  const mdx = (body: string) => mdxBodyProblems(`---\ntitle: Uji\n---\n${body}`, 'content/2022/catatan/uji.mdx');

  it.each([
    ['Nilai <3 berarti kurang.\n', /Tulis \\< bila maksudnya "kurang dari"/],
    ['Tulis {nama di sini\n', /Tanda \{ dibuka tetapi tidak pernah ditutup/],
    ['Ini <b>tebal\n', /Tag <b> dibuka tetapi tidak ditutup/],
    ['a </b> b\n', /Tag penutup <\/b> tidak punya pembuka/],
  ])('says %j in Indonesian, quoting the line', async (body, expected) => {
    const [problem] = await mdx(body);

    expect(problem!.line).toBe(4);
    expect(problem!.message).toMatch(/^Isi MDX tidak dapat dibaca: /);
    expect(problem!.message).toMatch(expected);
    expect(problem!.message).toContain(`Anda menulis: "${body.trim()}"`);
    expect(problem!.message).not.toMatch(ENGLISH);
  });
});

describe('image names', () => {
  it('names the file to rename to for an image with spaces, instead of "not found"', async () => {
    const [problem] = await mdxBodyProblems('---\ntitle: Uji\n---\nFoto:\n\n![Rapat](./Foto Rapat.JPG)\n', 'content/2022/catatan/uji.mdx');

    expect(problem).toMatchObject({ line: 6 });
    expect(problem!.message).toContain('Nama gambar "Foto Rapat.JPG"');
    expect(problem!.message).toContain('Ganti nama berkasnya menjadi "foto-rapat.jpg"');
    expect(problem!.message).toContain('![keterangan gambar](./foto-rapat.jpg)');
    expect(problem!.message).not.toContain('tidak ditemukan');
  });

  it('reads <…> and %20 forms of the same name', async () => {
    for (const src of ['<./Foto Rapat.JPG>', './Foto%20Rapat.JPG']) {
      const [problem] = await mdxBodyProblems(`---\ntitle: Uji\n---\n![Rapat](${src})\n`, 'content/2022/catatan/uji.mdx');
      expect(problem!.message, src).toContain('"foto-rapat.jpg"');
    }
  });

  it('still says "not found" for a safe name that is missing', async () => {
    const [problem] = await mdxBodyProblems('---\ntitle: Uji\n---\n![Rapat](./foto-rapat.jpg)\n', 'content/2022/catatan/uji.mdx');
    expect(problem!.message).toMatch(/tidak ditemukan/);
  });

  it.each([['Foto Rapat.JPG', 'foto-rapat.jpg'], ['Daftar Hadir Rapat (1).PDF', 'daftar-hadir-rapat-1.pdf'], ['Notulen_Rapat SOP.pdf', 'notulen-rapat-sop.pdf']])('safeFileName(%j) is %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });
});

describe('placeholders', () => {
  it('refuses a note that still holds a scaffold placeholder, naming file and line', () => {
    copy = copyOfContent();
    mkdirSync(join(copy.root, '2022/catatan'), { recursive: true });
    const text = `---\ntitle: Rapat\ndate: 2022-06-30\nindicators: [I.1.1]\nstatus: selesai\n---\n\nRapat berlangsung.\n\n${placeholder('Tuliskan di sini hasilnya.')}\n`;
    writeFileSync(join(copy.root, '2022/catatan/2022-06-rapat-uji.mdx'), text);

    const problems = checkContent(copy.root).filter((problem) => problem.file.endsWith('2022-06-rapat-uji.mdx'));

    expect(problems).toEqual([expect.objectContaining({ line: 10, message: expect.stringContaining('Teks contoh dari templat belum diganti: "[[ISI: Tuliskan di sini hasilnya.]]"') })]);
    expect(problems[0]!.level).toBeUndefined();
  });
});
