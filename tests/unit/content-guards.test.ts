import { cpSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyOfContent } from './support/content-dir.ts';
import { contentRoot, isSampleBuild } from '../../src/lib/content-root.ts';
import { errorsOnly, inspectContent } from '../../src/lib/content-check/index.ts';
import { SAMPLE_MARKER } from '../../src/lib/content-check/sample-checks.ts';
import { mdxBodyProblems } from '../../src/lib/content-check/mdx-checks.ts';

let copy: ReturnType<typeof copyOfContent> | undefined;
afterEach(() => copy?.remove());

const NOTE = (body: string) => `---\ntitle: Catatan uji\ndate: 2022-05-10\nindicators: [I.1.1]\nstatus: selesai\n---\n\n${body}\n`;

describe('content root', () => {
  it('is content/ for production, also when PZI_CONTENT names content/ itself', () => {
    expect(contentRoot({})).toBe('content');
    expect(contentRoot({ PZI_CONTENT: './content/' })).toBe('content');
    expect(isSampleBuild({ PZI_CONTENT: 'content' })).toBe(false);
  });

  it('refuses PZI_CONTENT pointing inside content/', () => {
    expect(() => contentRoot({ PZI_CONTENT: 'content/2022' })).toThrow(/menunjuk ke dalam folder content/);
  });

  it('treats the demo root as a sample build', () => {
    expect(isSampleBuild({ PZI_CONTENT: 'tests/fixtures/demo' })).toBe(true);
  });
});

describe('sample-data guard', () => {
  it('accepts the real content and the marked demo root', async () => {
    expect(errorsOnly(await inspectContent('content'))).toEqual([]);
    expect(errorsOnly(await inspectContent('tests/fixtures/demo'))).toEqual([]);
  }, 30_000); // reads the demo PDFs' pages in a fresh pdf.js worker

  it('refuses a demo note copied into real content, naming the demo file', async () => {
    copy = copyOfContent();
    cpSync('tests/fixtures/demo/2022/catatan/2022-07-sosialisasi-wbs.mdx', join(copy.root, '2022/catatan/2022-07-sosialisasi-wbs.mdx'));
    const problems = errorsOnly(await inspectContent(copy.root));
    expect(problems.map((problem) => problem.message).join('\n')).toContain('tests/fixtures/demo/2022/catatan/2022-07-sosialisasi-wbs.mdx');
  });

  it('refuses evidence whose name starts with "contoh"', async () => {
    copy = copyOfContent();
    writeFileSync(join(copy.root, '2022/bukti/contoh-notulen.yaml'), 'title: Notulen\ndate: 2022-05-12\nindicators: [I.1.1]\nurl: https://kota-magelang.kpu.go.id/\n');
    const problems = errorsOnly(await inspectContent(copy.root));
    expect(problems.some((problem) => problem.file.endsWith('2022/bukti/contoh-notulen.yaml') && /diawali "contoh"/.test(problem.message))).toBe(true);
  });

  it('refuses a sample survey folder in real content', async () => {
    copy = copyOfContent();
    cpSync('tests/fixtures/demo/survei/skm-2022-desember', join(copy.root, 'survei/skm-2022-desember'), { recursive: true });
    const problems = errorsOnly(await inspectContent(copy.root));
    expect(problems.some((problem) => problem.file.includes('survei/skm-2022-desember/'))).toBe(true);
  });

  it('a sample-data marker is reported only when it sits in content/ itself', async () => {
    copy = copyOfContent();
    mkdirSync(join(copy.root, '2022/catatan'), { recursive: true });
    writeFileSync(join(copy.root, SAMPLE_MARKER), '# contoh\n');
    expect(errorsOnly(await inspectContent(copy.root))).toEqual([]);
  });
});

describe('MDX body check', () => {
  it('accepts Markdown, HTML and escaped braces', async () => {
    expect(await mdxBodyProblems(NOTE('**Tebal**, <b>tag</b>, \\{kurung\\} dan `{kode}`.\n\n```\nimport x from "y"\n```'), 'x.mdx')).toEqual([]);
  });

  it('names the line of the file (not of the body) of an unclosed tag', async () => {
    const [problem] = await mdxBodyProblems(NOTE('Baris satu.\n\nBaris <div>tiga tanpa penutup.'), 'x.mdx');
    expect(problem?.line).toBe(10);
    expect(problem?.message).toMatch(/^Isi MDX tidak dapat dibaca/);
  });

  it('reports a stray brace', async () => {
    const problems = await mdxBodyProblems(NOTE('Harga {tidak ditutup'), 'x.mdx');
    expect(problems).toHaveLength(1);
  });

  it('reports undefined components and import lines, which compile but stop the build', async () => {
    const problems = await mdxBodyProblems(NOTE('import X from "./x.astro"\n\n<Grafik />'), 'x.mdx');
    const messages = problems.map((problem) => problem.message).join('\n');
    expect(messages).toMatch(/Komponen <Grafik> tidak dikenal/);
    expect(messages).toMatch(/perintah import JavaScript/);
  });
});
