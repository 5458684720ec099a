/** `npm run check` on a year's LKE mapping and self-assessment: what a clerk gets wrong, refused where it is written. */
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { copyOfContent } from './support/content-dir.ts';

let copy: ReturnType<typeof copyOfContent> | undefined;
afterEach(() => copy?.remove());

const problemsOf = (file: string) => checkContent(copy!.root).filter((p) => p.file.endsWith(file));

describe('LKE content check', () => {
  it('accepts the real mapping and no self-assessment', () => {
    copy = copyOfContent();
    expect(problemsOf('lke/pemetaan.yaml')).toEqual([]);
  });

  it('refuses an indicator not in the plan and one mapped twice', () => {
    copy = copyOfContent();
    copy.edit('2022/lke/pemetaan.yaml', (text) => text
      .replace('  - indicator: I.4.1\n', '  - indicator: I.4.9\n')
      .replace('  - indicator: I.4.2\n', '  - indicator: I.1.1\n'));
    expect(problemsOf('lke/pemetaan.yaml').map((p) => [p.field, p.message]).sort()).toEqual([
      ['mappings[3].indicator', 'Indikator "I.4.9" tidak ada di rencana 2022. Lihat /2022/ di situs atau content/2022/komponen/.'],
      ['mappings[4].indicator', 'Indikator "I.1.1" dipetakan lebih dari sekali; gabungkan kode pertanyaannya dalam satu baris.'],
    ]);
  });

  it('refuses a tafsiran without reason and a question code the LKE does not have, naming the line', () => {
    copy = copyOfContent();
    copy.write('2022/lke/pemetaan.yaml', 'mappings:\n  - indicator: I.1.1\n    questions: [A.I.1.i.z]\n    reading: tafsiran\n');
    const problems = problemsOf('lke/pemetaan.yaml');
    expect(problems.map((p) => p.field).sort()).toEqual(['mappings[0].questions[0]', 'mappings[0].reason']);
    expect(problems.find((p) => p.field === 'mappings[0].reason')!.message).toContain('wajib memuat alasan');
    expect(problems.find((p) => p.field === 'mappings[0].questions[0]')!.line).toBe(3);
  });

  it('refuses evidence that does not exist in the year', () => {
    copy = copyOfContent();
    copy.write('2022/lke/penilaian.yaml', 'answers:\n  - question: A.I.1.i.a\n    jenis: Ya/Tidak\n    answer: Ya\n    justification: SK tim kerja sudah terbit.\n    evidence: [sk-yang-tidak-ada]\n    updated: 2022-09-01\n');
    expect(problemsOf('lke/penilaian.yaml').map((p) => [p.field, p.line])).toEqual([['answers[0].evidence[0]', 6]]);
  });
});
