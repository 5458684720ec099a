// Nesting that would crash the MDX compiler (it ends the process without a message) is refused before
// it runs. The deep cases here are the ones that crashed it: without the limit this test process dies.
import { describe, expect, it } from 'vitest';
import { mdxBodyProblems } from '../../src/lib/content-check/mdx-checks.ts';
import { MAX_MDX_NESTING, mdxLimitFindings } from '../../src/lib/content-check/mdx-limits.ts';

const note = (body: string) => `---\ntitle: Uji\ndate: 2022-06-15\nindicators: [V.3.2]\nstatus: berjalan\n---\n\n${body}\n`;

describe('mdxLimitFindings', () => {
  it('accepts ordinary emphasis, lists, quotes and tags', () => {
    const body = ['**Tebal** dan *miring*, snake_case, 2 * 3 = 6, ~~coret~~.', '', '> kutipan', '> > di dalam kutipan', '', '- butir', '  - anak', '    - cucu', '', '<b>tebal <i>miring</i></b> <br />'].join('\n');
    expect(mdxLimitFindings(body)).toEqual([]);
  });

  it.each([
    ['emphasis', '*a '.repeat(13000) + 'x' + ' a*'.repeat(13000), /Cetak tebal\/miring/],
    ['quotes', '>'.repeat(13000) + ' x', /13000 tingkat kutipan/],
    ['lists', Array.from({ length: 300 }, (_, depth) => `${'  '.repeat(depth)}- x`).join('\n'), /menjorok/],
    ['tags', '<b>'.repeat(13000) + 'x' + '</b>'.repeat(13000), /Tag bersarang/],
  ])('refuses %s nested past the limit, in linear time', (_, body, message) => {
    const started = performance.now();
    const findings = mdxLimitFindings(body);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.message).toContain(`paling banyak ${MAX_MDX_NESTING} tingkat`);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a body over the size limit', () => {
    expect(mdxLimitFindings('a'.repeat(600_000))[0]!.message).toMatch(/lebih panjang dari batas 500\.000 karakter/);
  });
});

describe('the check on a body that crashed the compiler', () => {
  it.each([
    ['emphasis', '*a '.repeat(13000) + 'x' + ' a*'.repeat(13000)],
    ['quotes', '>'.repeat(13000) + ' x'],
    ['tags', '<b>'.repeat(13000) + 'x' + '</b>'.repeat(13000)],
  ])('%s: ends with an Indonesian message naming the file and line (the compiler never runs)', async (_, body) => {
    const problems = await mdxBodyProblems(note(body), 'content/2022/catatan/2022-06-uji.mdx', 'content');
    expect(problems).toEqual([expect.objectContaining({ file: 'content/2022/catatan/2022-06-uji.mdx', line: 8, message: expect.stringMatching(/^Isi MDX tidak dapat dibaca: /) })]);
  });
});

describe('text fields', () => {
  it('refuses control characters anywhere in the data, and titles over the limit', async () => {
    const { textFindings, MAX_TITLE_CHARS } = await import('../../src/lib/content-check/text-limits.ts');
    expect(textFindings({ title: 'Rapat', items: [{ name: 'a\u001bb' }], date: new Date() })).toEqual([{ path: ['items', 0, 'name'], message: expect.stringMatching(/U\+001B/) }]);
    expect(textFindings({ title: 'x'.repeat(MAX_TITLE_CHARS + 1) })[0]!.message).toMatch(/lebih panjang dari batas 300/);
    expect(textFindings({ title: 'x'.repeat(MAX_TITLE_CHARS), description: 'baris\nbaris\ttab' })).toEqual([]);
  });
});
