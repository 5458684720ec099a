import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { copyOfContent } from './support/content-dir.ts';

let content: ReturnType<typeof copyOfContent>;
afterEach(() => content?.remove());

const NOTE = '2022/catatan/uji.mdx';
const minimal = (fields: Record<string, string>) =>
  `---\n${Object.entries({ title: 'Rapat evaluasi', date: '2022-06-30', indicators: '[I.3.1]', status: 'selesai', ...fields })
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n\nIsi catatan.\n`;

function problemsFor(text: string) {
  content = copyOfContent();
  content.write(NOTE, text);
  return checkContent(content.root);
}

describe('checkContent on progress notes', () => {
  it('accepts the minimal note staff write: title, date, indicators, status and a body', () => {
    expect(problemsFor(minimal({}))).toEqual([]);
  });

  it('accepts optional evidence ids and a team of that year', () => {
    content = copyOfContent();
    content.write(NOTE, minimal({ evidence: '[keputusan-9-2022]', team: 'Tim Manajemen Perubahan' }));

    expect(checkContent(content.root)).toEqual([]);
    expect(loadContent(content.root).content.entries.notes.find((entry) => entry.file.endsWith('uji.mdx'))!.data.evidence).toEqual(['keputusan-9-2022']);
  });

  it('rejects an unknown indicator code, naming file, line and field and listing the codes nearby', () => {
    const problems = problemsFor(minimal({ indicators: '[V.3.9]' }));

    expect(problems).toEqual([expect.objectContaining({ field: 'indicators[0]', line: 4 })]);
    expect(problems[0]!.file).toMatch(/2022\/catatan\/uji\.mdx$/);
    expect(problems[0]!.message).toMatch(/"V\.3\.9" tidak ada di rencana 2022\. Komponen V\.3 berisi: V\.3\.1, V\.3\.2, V\.3\.3, V\.3\.4\. Lihat \/2022\//);
  });

  it("rejects a code that exists only in another year's plan, saying which year", () => {
    content = copyOfContent();
    cpSync(join(content.root, '2022'), join(content.root, '2023'), { recursive: true });
    content.edit('2023/keputusan.yaml', (text) => text.replace('year: 2022', 'year: 2023'));
    rmSync(join(content.root, '2023/catatan'), { recursive: true });
    rmSync(join(content.root, '2023/bukti'), { recursive: true });
    content.write('2023/komponen/vi-4.mdx', '---\ncode: VI.4\narea: VI\ntitle: Komponen baru\nindicators:\n  - text: Indikator baru\n    actions:\n      - step: Melakukan sesuatu\n        evidence: Laporan\n        months: [5]\n---\n');
    content.write(NOTE, minimal({ indicators: '[VI.4.1]' }));

    const problems = checkContent(content.root);

    expect(problems).toEqual([expect.objectContaining({ field: 'indicators[0]' })]);
    expect(problems[0]!.message).toMatch(/"VI\.4\.1" berasal dari rencana 2023, bukan rencana 2022/);
  });

  it('rejects a date that is not a date', () => {
    for (const date of ['2022-13-01', '2022-02-30', 'kemarin']) {
      const problems = problemsFor(minimal({ date }));

      expect(problems, date).toEqual([expect.objectContaining({ field: 'date', line: 3 })]);
      expect(problems[0]!.message).toContain('YYYY-MM-DD');
      content.remove();
    }
  });

  it('rejects a date outside the folder year', () => {
    const problems = problemsFor(minimal({ date: '2021-12-30' }));

    expect(problems).toEqual([expect.objectContaining({ field: 'date' })]);
    expect(problems[0]!.message).toMatch(/tidak berada di tahun 2022/);
  });

  it('rejects an unknown status and lists the allowed ones', () => {
    const problems = problemsFor(minimal({ status: 'beres' }));

    expect(problems).toEqual([expect.objectContaining({ field: 'status', message: 'Status harus salah satu dari: selesai, berjalan, tertunda.' })]);
  });

  it('rejects broken frontmatter with its line', () => {
    const problems = problemsFor('---\ntitle: Rapat\ndate: 2022-06-30\nindicators: [I.3.1\nstatus: selesai\n---\nIsi.\n');

    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.file).toMatch(/uji\.mdx$/);
    expect(problems[0]!.message).toMatch(/^Penulisan data \(YAML\) tidak sah/);
    expect(problems[0]!.line).toBeGreaterThan(1);
  });

  it('rejects a note without frontmatter', () => {
    const problems = problemsFor('Rapat evaluasi tanpa data.\n');

    expect(problems).toEqual([expect.objectContaining({ line: 1 })]);
    expect(problems[0]!.message).toMatch(/frontmatter/);
  });

  it('rejects a missing indicator list and a misspelt field', () => {
    const problems = problemsFor('---\ntitle: Rapat evaluasi\ndate: 2022-06-30\nstatus: selesai\nindikator: [I.3.1]\n---\nIsi.\n');

    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(expect.objectContaining({ field: 'indicators' }));
    expect(problems).toContainEqual(expect.objectContaining({ message: expect.stringContaining('indikator') }));
  });

  it('rejects a team that is not in the plan', () => {
    const problems = problemsFor(minimal({ team: 'Tim Humas' }));

    expect(problems).toEqual([expect.objectContaining({ field: 'team' })]);
    expect(problems[0]!.message).toContain('Tim Pengawasan');
  });

  it('rejects a file name used in two years, naming both files', () => {
    content = copyOfContent();
    cpSync(join(content.root, '2022'), join(content.root, '2023'), { recursive: true });
    content.edit('2023/keputusan.yaml', (text) => text.replace('year: 2022', 'year: 2023'));
    rmSync(join(content.root, '2023/bukti'), { recursive: true });
    content.edit('2023/catatan/2022-04-sk-tim-zona-integritas.mdx', (text) => text.replace('date: 2022-04-28', 'date: 2023-04-28'));
    content.edit('2023/catatan/2022-04-rencana-aksi-ditetapkan.mdx', (text) => text.replace('date: 2022-04-28', 'date: 2023-04-28'));

    const problems = checkContent(content.root);

    expect(problems).toHaveLength(2);
    expect(problems[0]!.file).toMatch(/2023\/catatan\/2022-04-rencana-aksi-ditetapkan\.mdx$/);
    expect(problems[0]!.message).toMatch(/sudah dipakai oleh .*2022\/catatan\/2022-04-rencana-aksi-ditetapkan\.mdx/);
  });

  it('rejects a file name that would clash with the list pages', () => {
    content = copyOfContent();
    content.write('2022/catatan/2.mdx', minimal({}));

    expect(checkContent(content.root)).toEqual([expect.objectContaining({ message: expect.stringMatching(/paling sedikit satu huruf/) })]);
  });
});
