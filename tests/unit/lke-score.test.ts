/**
 * Scores of a self-assessment: the regulation's filled-in example gives every weight in full; the
 * demo's mixed answers give totals worked out by hand below (losses from each weight).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LKE, LKE_QUESTIONS } from '../../src/lib/lke/lke.ts';
import { answerValue, optionValue, round2, scoreLke, type ScoredAnswer } from '../../src/lib/lke/score.ts';
import { lkeAssessmentSchema } from '../../src/schemas/lke-content.ts';

const exampleAnswers = (): ScoredAnswer[] => LKE_QUESTIONS.map((q): ScoredAnswer => (
  q.answerType === 'persen' ? { question: q.code, jenis: 'persen', inputs: q.inputs.map((i) => ({ key: i.key, value: i.example })) }
  : q.answerType === 'nilai-0-4' ? { question: q.code, jenis: 'nilai-0-4', value: Number(q.example.answer.replace(',', '.')) }
  : { question: q.code, jenis: q.answerType, answer: q.example.answer }
));

describe('LKE scores', () => {
  it('gives the filled-in example (every answer Ya/A, 100%, 4,00) 100% of each weight', () => {
    const scores = scoreLke(LKE, exampleAnswers());
    for (const sub of LKE.subcomponents) expect(round2(scores.subcomponents.get(sub.code)!.score), sub.code).toBe(sub.weight);
    for (const area of scores.areas) expect(round2(area.score)).toBe(area.weight);
    expect(round2(scores.components.get('A')!)).toBe(60);
    expect(round2(scores.components.get('B')!)).toBe(40);
    expect(round2(scores.total)).toBe(100);
    expect(scores.answered).toBe(113);
    expect(scores.requirements.every((r) => r.wbk && r.wbbm)).toBe(true);
  });

  it('scores nothing answered as 0 and meets no requirement', () => {
    const scores = scoreLke(LKE, []);
    expect(scores.total).toBe(0);
    expect(scores.requirements.filter((r) => r.wbk)).toEqual([]);
    expect(scores.requirements.find((r) => r.requirement.key === 'total')!.shortfall).toBe(75);
  });

  it('values options in equal steps from A = 1 to the last = 0 (the reading shown on the page)', () => {
    expect(optionValue('Ya/Tidak', 'Ya')).toBe(1);
    expect(optionValue('Ya/Tidak', 'Tidak')).toBe(0);
    expect(['A', 'B', 'C'].map((o) => optionValue('A/B/C', o))).toEqual([1, 0.5, 0]);
    expect(['A', 'B', 'C', 'D'].map((o) => round2(optionValue('A/B/C/D', o)!))).toEqual([1, 0.67, 0.33, 0]);
    expect(['A', 'B', 'C', 'D', 'E'].map((o) => optionValue('A/B/C/D/E', o))).toEqual([1, 0.75, 0.5, 0.25, 0]);
    expect(optionValue('A/B/C', 'D')).toBeNull();
  });

  it('computes percentage rows from their inputs, capped at 100%, and refuses a zero divisor', () => {
    const discipline = LKE_QUESTIONS.find((q) => q.code === 'A.II.3.iii.a')!;
    const inputs = (previous: number, current: number): ScoredAnswer => ({ question: discipline.code, jenis: 'persen', inputs: [{ key: 'jumlah-pelanggaran-tahun-sebelumnya', value: previous }, { key: 'jumlah-pelanggaran-tahun-ini', value: current }, { key: 'jumlah-pelanggaran-yang-telah-diberikan', value: 0 }] });
    expect(answerValue(discipline, inputs(4, 3)).value).toBe(0.25);
    expect(answerValue(discipline, inputs(2, 5)).value).toBe(0);
    expect(answerValue(discipline, inputs(0, 0))).toEqual({ value: null, note: 'Pembagi nol: persentase tidak dapat dihitung.' });
    const agents = LKE_QUESTIONS.find((q) => q.code === 'A.II.1.i.a')!;
    expect(answerValue(agents, { question: agents.code, jenis: 'persen', inputs: [{ key: 'jumlah-agen-perubahan', value: 2 }, { key: 'jumlah-perubahan-yang-dibuat', value: 5 }] }).value).toBe(1);
  });

  it('computes the demo assessment to the totals worked out by hand', () => {
    const demo = lkeAssessmentSchema.parse(parse(readFileSync('tests/fixtures/demo/2022/lke/penilaian.yaml', 'utf8')));
    const scores = scoreLke(LKE, demo.answers);
    // Pemenuhan losses: 1.i B of A/B/C (0.5 × 0.5/2); 2.ii.d C (2 × 1/4); 3.iii.c C of A–D (1.25 × (2/3)/6);
    // 3.iv.c D of A–E (2 × 0.75/4); 5.iv and 5.v all at the lowest option (1.5 + 1.5)
    const pemenuhan = 30 - (0.125 + 0.5 + 1.25 * (2 / 3) / 6 + 0.375 + 1.5 + 1.5);
    // Reform losses: 1.ii D of A–E (1 × 0.75); 2.iii all E (2); discipline (4 − 3)/4 = 25% (2 × 0.75);
    // 5.i E (2.5); complaints 8 of 10 (3 × 0.2); LHKPN 1 of 3 (2 × (2/3) / 2)
    const reform = 30 - (0.75 + 2 + 1.5 + 2.5 + 0.6 + 2 * (2 / 3) / 2);
    // Hasil: IPAK 3,40 → 17.5 × 3.4/4; Kinerja B → 5 × 0.75; IPKP 3,30 → 17.5 × 3.3/4
    const bersih = 14.875 + 3.75;
    const pelayanan = 14.4375;
    expect(round2(scores.parts.get('A.I')!)).toBe(25.86);
    expect(round2(scores.parts.get('A.I')!)).toBe(round2(pemenuhan));
    expect(round2(scores.parts.get('A.II')!)).toBe(round2(reform));
    expect(round2(scores.parts.get('B.I')!)).toBe(18.63);
    expect(round2(scores.parts.get('B.II')!)).toBe(14.44);
    expect(round2(scores.total)).toBe(round2(pemenuhan + reform + bersih + pelayanan));
    expect(round2(scores.total)).toBe(80.91);
    // areas: 8 − 0.125 − 0.75; 7 − 0.5 − 2; 10 − 0.1389 − 0.375 − 1.5; 10; 15 − 1.5 − 1.5 − 2.5 − 0.6 − 0.6667; 10
    expect(scores.areas.map((a) => round2(a.score))).toEqual([7.13, 4.5, 7.99, 10, 8.23, 10]);
    const check = new Map(scores.requirements.map((r) => [r.requirement.key, r]));
    expect([...check.values()].map((r) => [r.requirement.key, r.wbk])).toEqual([
      ['total', true], ['pengungkit', true], ['area', false], ['hasil-bersih', true], ['ipak', false], ['kinerja', true], ['hasil-pelayanan', true],
    ]);
    expect(check.get('area')!.failingAreas).toEqual([5]);
    expect(check.get('area')!.value).toBe(54.89);
    // IPAK 14,875 is shown as 14,88; what is missing is counted from the figure shown: 15,75 − 14,88
    expect(check.get('ipak')!.value).toBe(14.88);
    expect(check.get('ipak')!.shortfall).toBe(0.87);
  });
});

describe('self-assessment file', () => {
  const one = (answer: Record<string, unknown>) => lkeAssessmentSchema.safeParse({ answers: [{ justification: 'Alasan yang cukup panjang.', updated: '2022-09-01', ...answer }] });
  const messages = (answer: Record<string, unknown>) => { const r = one(answer); return r.success ? [] : r.error.issues.map((i) => i.message); };

  it('accepts an answer of the question type', () => {
    expect(one({ question: 'A.I.1.i.b', jenis: 'A/B/C', answer: 'B' }).success).toBe(true);
    expect(one({ question: 'B.I.a', jenis: 'nilai-0-4', value: 3.2, source: 'Laporan survei IPAK 2022' }).success).toBe(true);
    expect(one({ question: 'A.II.1.i.a', jenis: 'persen', inputs: [{ key: 'jumlah-agen-perubahan', value: 2 }, { key: 'jumlah-perubahan-yang-dibuat', value: 1 }] }).success).toBe(true);
  });

  it('refuses, in Indonesian and quoting the value, what the question does not allow', () => {
    expect(messages({ question: 'A.I.1.i.b', jenis: 'A/B/C', answer: 'D' })).toEqual(['Jawaban pertanyaan berjenis A/B/C adalah salah satu dari: A, B, C.']);
    expect(messages({ question: 'A.I.1.i.a', jenis: 'A/B/C', answer: 'A' })).toEqual(['Pertanyaan A.I.1.i.a berjenis Ya/Tidak, bukan A/B/C; pilih jenis Ya/Tidak (pilihan: Ya, Tidak).']);
    expect(messages({ question: 'A.I.9.i.a', jenis: 'A/B/C', answer: 'A' })[0]).toContain('"A.I.9.i.a" tidak ada');
    expect(messages({ question: 'A.I.1.i.a', jenis: 'ya', answer: 'Ya' })[0]).toContain('Jenis jawaban (jenis) harus salah satu dari: Ya/Tidak, A/B/C');
    expect(messages({ question: 'B.I.a', jenis: 'nilai-0-4', value: 3.2 })[0]).toContain('wajib menyebut dokumen sumber');
    expect(messages({ question: 'B.I.a', jenis: 'nilai-0-4', value: 5, source: 'Laporan survei' })[0]).toBe('Nilai survei paling besar 4.');
    expect(messages({ question: 'A.II.1.i.a', jenis: 'persen', inputs: [{ key: 'jumlah-agen-perubahan', value: 2 }] })[0]).toBe('Isian A.II.1.i.a belum lengkap: jumlah-perubahan-yang-dibuat.');
  });
});

describe('evaluator export', () => {
  it('writes no cell a spreadsheet would run as a formula', async () => {
    const { exportCsv, exportRows } = await import('../../src/lib/lke/export.ts');
    const answers = [{ question: 'A.I.1.i.a', jenis: 'Ya/Tidak' as const, answer: 'Ya' as const, justification: '=HYPERLINK("http://x","klik")', evidence: [], updated: new Date('2022-09-01') }];
    const scores = scoreLke(LKE, answers);
    const year = { year: 2022, mappings: [], coverage: new Map(), answers: new Map(answers.map((a) => [a.question, a])), scores };
    const csv = exportCsv(exportRows(year, new Map(), (p) => p));
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(114);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(lines[2]).toContain('belum diisi');
  });
});
