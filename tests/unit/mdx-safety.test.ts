// The safe MDX subset: one case per rule, each written as a hostile or careless editor
// would. Every case that is refused here would reach the built page if the rule were removed.
import { describe, expect, it } from 'vitest';
import { isAllowedImage, isAllowedLink, mdxSourceFindings } from '../../src/lib/content-check/mdx-safety.ts';
import { mdxBodyProblems } from '../../src/lib/content-check/mdx-checks.ts';

const refused = (body: string) => mdxSourceFindings(body);
const note = (body: string) => `---\ntitle: Uji\ndate: 2022-06-15\nindicators: [V.3.2]\nstatus: berjalan\n---\n\n${body}\n`;

describe('expressions and ESM', () => {
  it.each([
    ['an expression reading the environment', 'Folder kerja: {process.env.HOME}.'],
    ['an expression reading a file', "{process.getBuiltinModule('node:fs').readFileSync('/etc/passwd', 'utf8')}"],
    ['a stray {nama}', 'Terima kasih kepada {nama}.'],
    ['a flow expression', '{1 + 1}'],
  ])('refuses %s and tells staff to write \\{', (_, body) => {
    const findings = refused(body);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/tulis \\\{ dan \\\}/);
    expect(findings[0]!.line).toBe(1);
  });

  it('refuses an expression inside an attribute', () => {
    expect(refused('<abbr title={process.env.HOME}>KPU</abbr>')[0]!.message).toMatch(/Atribut title pada <abbr> memakai \{…\}/);
  });

  it('refuses a spread attribute', () => {
    expect(refused('<b {...props}>x</b>')[0]!.message).toMatch(/memuat \{…\}/);
  });

  it.each([
    ['import', "import fs from 'node:fs'"],
    ['export', 'export const x = process.env'],
  ])('refuses %s', (word, body) => {
    expect(refused(body)[0]!.message).toMatch(new RegExp(`perintah ${word} JavaScript`));
  });

  it('accepts escaped braces and angle brackets as plain text', () => {
    expect(refused('Rumus \\{a\\} dan nilai \\< 3, juga `{kode}`.')).toEqual([]);
  });

  it('counts lines in the whole file for npm run check', async () => {
    const problems = await mdxBodyProblems(note('Baris satu.\n\nTerima kasih kepada {nama}.'), 'content/2022/catatan/uji.mdx');
    expect(problems).toEqual([expect.objectContaining({ file: 'content/2022/catatan/uji.mdx', line: 10 })]);
  });
});

describe('components and raw HTML', () => {
  it('refuses a component the site does not provide', () => {
    expect(refused('<Grafik data="x" />')[0]!.message).toMatch(/Komponen <Grafik> tidak dikenal/);
    expect(refused('<Foo.Bar />')[0]!.message).toMatch(/Komponen <Foo\.Bar> tidak dikenal/);
  });

  it.each(['script', 'iframe', 'object', 'embed', 'style', 'form'])('refuses <%s>', (tag) => {
    const body = tag === 'embed' ? `<${tag} src="/x" />` : `<${tag}>x</${tag}>`;
    expect(refused(body)[0]!.message).toMatch(new RegExp(`Tag <${tag}> tidak diizinkan di isi situs karena`));
  });

  it('refuses a script hidden in <svg> and a tag in odd capitals', () => {
    expect(refused('<svg><script>alert(1)</script></svg>').map((finding) => finding.message)).toEqual([expect.stringMatching(/<svg>/), expect.stringMatching(/<script>/)]);
    expect(refused('<sCrIpT>alert(1)</sCrIpT>')[0]!.message).toMatch(/Tag <sCrIpT> tidak diizinkan/);
  });

  it.each([
    ['onerror on an image', '<img src="/x.png" alt="x" onerror="alert(1)" />', /Atribut onerror/],
    ['onClick in JSX capitals', '<b onClick="alert(1)">x</b>', /Atribut onClick/],
    ['style', '<span style="position:fixed">x</span>', /Atribut style pada <span> tidak diizinkan/],
    ['srcset', '<img src="/x.png" alt="x" srcset="https://evil.example/x.png 2x" />', /Atribut srcset/],
    ['class', '<div class="sample-banner">x</div>', /Atribut class/],
  ])('refuses %s', (_, body, message) => {
    expect(refused(body)[0]!.message).toMatch(message);
  });

  it('accepts the allowed elements with their allowed attributes', () => {
    expect(refused('<table><caption>Rekap</caption><tr><th scope="col">A</th><td colspan="2">1</td></tr></table>\n\n<abbr title="Komisi Pemilihan Umum">KPU</abbr> <b>tebal</b> <a href="/2022/">rencana</a>')).toEqual([]);
  });
});

describe('links and images', () => {
  it.each([
    ['javascript: in an HTML link', '<a href="javascript:alert(1)">x</a>'],
    ['javascript: in odd capitals', '<a href="JaVaScRiPt:alert(1)">x</a>'],
    ['an entity-encoded javascript:', '<a href="&#106;avascript:alert(1)">x</a>'],
    ['javascript: with a tab inside', '<a href="java\tscript:alert(1)">x</a>'],
    ['data: in a Markdown link', '[x](data:text/html;base64,PHNjcmlwdD4=)'],
    ['vbscript:', '[x](vbscript:msgbox)'],
    ['javascript: in a Markdown link', '[x](javascript:alert(1))'],
    ['javascript: in a reference definition', '[x][1]\n\n[1]: javascript:alert(1)'],
    ['http:// (not https)', '[x](http://example.com/)'],
    ['a protocol-relative //host', '[x](//evil.example/)'],
    ['a /\\host path browsers open on another host', '[x](/\\evil.example/)'],
    ['a bare www. autolink (becomes http://)', 'Lihat www.evil.example sekarang.'],
  ])('refuses %s', (_, body) => {
    expect(refused(body)[0]!.message).toMatch(/Alamat ".*" tidak diizinkan/);
  });

  it.each([
    ['a data: image', '![x](data:image/png;base64,iVBOR)'],
    ['an image from another host', '![x](https://evil.example/pixel.png)'],
    ['a protocol-relative image', '<img src="//evil.example/x.png" alt="x" />'],
    ['a reference-style image from another host', '![x][piksel]\n\n[piksel]: https://evil.example/pixel.png'],
  ])('refuses %s', (_, body) => {
    expect(refused(body)[0]!.message).toMatch(/Gambar ".*" tidak diizinkan/);
  });

  it('accepts links inside the site, https, mailto and tel, and local images', () => {
    expect(refused('[a](/2022/keputusan/) [b](https://kpu.go.id/) [c](mailto:a@b.id) [d](tel:+62293) [e](#bagian) ![f](./foto.jpg)')).toEqual([]);
  });

  it('judges URLs as a browser reads them', () => {
    expect(isAllowedLink(' \u0001javascript:alert(1)')).toBe(false);
    expect(isAllowedLink('./catatan/')).toBe(true);
    expect(isAllowedLink('https://kpu.go.id')).toBe(true);
    expect(isAllowedImage('https://kpu.go.id/logo.png')).toBe(false);
    expect(isAllowedImage('foto.jpg')).toBe(true);
  });
});

describe('syntax that MDX itself refuses', () => {
  it.each([
    ['an HTML comment', '<!-- catatan -->'],
    ['an autolink', '<https://example.com>'],
    ['an unquoted attribute', '<img src=//evil.example/x.png />'],
  ])('reports %s as unreadable MDX, naming the file and line', async (_, body) => {
    const problems = await mdxBodyProblems(note(body), 'content/2022/catatan/uji.mdx');
    expect(problems).toEqual([expect.objectContaining({ file: 'content/2022/catatan/uji.mdx', line: 8, message: expect.stringMatching(/Isi MDX tidak dapat dibaca/) })]);
  });
});
