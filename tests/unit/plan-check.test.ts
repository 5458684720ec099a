import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatReport } from '../../src/lib/content-check/index.ts';
import { copyOfContent } from './support/content-dir.ts';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

let content: ReturnType<typeof copyOfContent>;
afterEach(() => content?.remove());

describe('checkContent on the plan', () => {
  it('finds nothing wrong in the committed content', () => {
    expect(checkContent('content')).toEqual([]);
  });

  it('rejects month 13, naming the file, the line and the field in Indonesian', () => {
    content = copyOfContent();
    content.edit('2022/komponen/v-3.mdx', (text) => text.replace(/months: \[(\d+)/, 'months: [13'));

    const problems = checkContent(content.root);

    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toMatch(/2022\/komponen\/v-3\.mdx$/);
    expect(problems[0]!.field).toMatch(/^indicators\[0\]\.actions\[0\]\.months\[0\]$/);
    expect(problems[0]!.message).toContain('Bulan paling besar 12');
    expect(problems[0]!.line).toBeGreaterThan(4);
  });

  it('rejects a component code used twice in a year', () => {
    content = copyOfContent();
    content.edit('2022/komponen/v-3.mdx', (text) => text.replace('code: V.3', 'code: V.2'));

    const problems = checkContent(content.root);

    expect(problems.map((problem) => problem.field)).toContain('code');
    expect(formatReport(problems)).toMatch(/Kode komponen "V\.2" sudah dipakai di .*v-2\.mdx/);
  });

  it('rejects an indicator without action steps', () => {
    content = copyOfContent();
    content.write('2022/komponen/vi-4.mdx', '---\ncode: VI.4\narea: VI\ntitle: Komponen uji\nindicators:\n  - text: Indikator tanpa langkah\n    actions: []\n---\n');

    const problems = checkContent(content.root);

    expect(problems).toEqual([
      expect.objectContaining({ field: 'indicators[0].actions', message: 'Setiap indikator memerlukan paling sedikit satu langkah aksi.', line: 7 }),
    ]);
  });

  it('rejects an indicator whose steps have no required evidence', () => {
    content = copyOfContent();
    content.write('2022/komponen/vi-4.mdx', '---\ncode: VI.4\narea: VI\ntitle: Komponen uji\nindicators:\n  - text: Indikator tanpa bukti\n    actions:\n      - step: Melakukan sesuatu\n        months: [5]\n---\n');

    const problems = checkContent(content.root);

    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('bukti fisik (evidence)');
  });

  it('rejects an unknown area and says which areas exist', () => {
    content = copyOfContent();
    content.write('2022/komponen/vii-1.mdx', '---\ncode: VII.1\narea: VII\ntitle: Komponen uji\nindicators:\n  - text: Indikator uji\n    actions:\n      - step: Melakukan sesuatu\n        evidence: Laporan\n        months: [5]\n---\n');

    const problems = checkContent(content.root);

    expect(problems).toEqual([expect.objectContaining({ field: 'area', line: 3 })]);
    expect(problems[0]!.message).toBe('Area "VII" tidak dikenal di rencana 2022. Yang ada: I, II, III, IV, V, VI.');
  });

  it('reports broken YAML with its line instead of stopping at the first file', () => {
    content = copyOfContent();
    content.edit('2022/area/i.yaml', (text) => text.replace('weight: 8', 'weight: [8'));
    content.edit('2022/area/ii.yaml', (text) => text.replace('weight: 7', 'weight: tujuh'));

    const problems = checkContent(content.root);

    expect(problems.map((problem) => problem.file.split('/').pop())).toEqual(['i.yaml', 'ii.yaml']);
    expect(problems[0]!.message).toMatch(/^Penulisan data \(YAML\) tidak sah/);
    expect(problems[1]).toMatchObject({ field: 'weight', line: 4 });
  });

  it('rejects a misspelt field name rather than ignoring it', () => {
    content = copyOfContent();
    content.edit('2022/area/v.yaml', (text) => `${text}tema: Tim Lain\n`);

    const problems = checkContent(content.root);

    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toMatch(/v\.yaml$/);
    expect(problems[0]!.message).toContain('tema');
  });

  it('refuses a decree source outside the year\'s sumber/ folder: it is published as it is', () => {
    for (const source of ['../../../rahasia.txt', '/etc/passwd', 'sumber/../../unit.yaml', 'bukti/keputusan-9-2022.txt']) {
      content = copyOfContent();
      writeFileSync(join(content.root, '..', 'rahasia.txt'), 'bukan isi situs');
      content.edit('2022/keputusan.yaml', (text) => text.replace(/^source: .*$/m, `source: ${source}`));

      const problems = checkContent(content.root);

      expect(problems.length, source).toBeGreaterThanOrEqual(1);
      const problem = problems.find((found) => found.field === 'source');
      expect(problem, source).toBeDefined();
      expect(problem!.file).toMatch(/2022\/keputusan\.yaml$/);
      expect(problem!.message).toContain('Teks sumber harus berkas di folder "sumber" tahun ini');
      expect(problem!.message).toContain(`tertulis "${source}"`);
      content.remove();
      rmSync(join(content.root, '..', 'rahasia.txt'), { force: true });
    }
  }, 30_000); // four whole content checks
});
