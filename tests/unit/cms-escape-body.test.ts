/** The body of a note is saved with `{`, `}` and `<` escaped, so what a clerk typed is what MDX shows. */
import { describe, expect, it } from 'vitest';
import { escapeBody } from '../../src/lib/cms/escape-body.ts';
import { mdxBodyProblems } from '../../src/lib/content-check/mdx-checks.ts';

describe('escapeBody', () => {
  it('escapes braces and "<" once, leaves escaped ones and code spans alone', () => {
    expect(escapeBody('Nilai {nama} dan <3 hari')).toBe('Nilai \\{nama\\} dan \\<3 hari');
    expect(escapeBody('Sudah \\{ ditulis')).toBe('Sudah \\{ ditulis');
    expect(escapeBody(escapeBody('a { b < c'))).toBe(escapeBody('a { b < c'));
    expect(escapeBody('kode `{x}` tetap')).toBe('kode `{x}` tetap');
    expect(escapeBody('lihat <https://kpu.go.id/a>')).toBe('lihat [https://kpu.go.id/a](https://kpu.go.id/a)');
  });

  it('what it writes passes the check that refuses the raw text (the same MDX rules as npm run check)', async () => {
    const typed = 'Rapat {tim} selesai <3 hari, lihat <https://kpu.go.id/>.\n\n- butir {satu}';
    const file = (body: string) => `---\ntitle: x\n---\n\n${body}\n`;
    expect((await mdxBodyProblems(file(typed), 'x.mdx')).length).toBeGreaterThan(0);
    expect(await mdxBodyProblems(file(escapeBody(typed)), 'x.mdx')).toEqual([]);
  });
});
