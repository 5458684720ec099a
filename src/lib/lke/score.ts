/**
 * The score of a self-assessment as Lampiran III computes it: each question a value from 0 to 1,
 * each sub-component its weight times the mean of its questions' values, areas, parts and the total
 * the sums of what they hold. Pure: the LKE and the answers in, the scores out.
 */
import type { Lke, LkeQuestion, LkeRequirement } from '../../schemas/lke.ts';
import type { LkeAnswer } from '../../schemas/lke-content.ts';

/** What the computation reads of an answer. */
export type ScoredAnswer = Pick<LkeAnswer, 'jenis' | 'question'> & ({ jenis: 'persen'; inputs: { key: string; value: number }[] } | { jenis: 'nilai-0-4'; value: number } | { jenis: 'Ya/Tidak' | 'A/B/C' | 'A/B/C/D' | 'A/B/C/D/E'; answer: string });

/**
 * The value of an answer option. The LKE's filled-in example scores "Ya" and "A" as 1,00; the
 * value of B–E is not written in the regulation. Read here as equal steps from 1 down to 0 (for
 * A/B/C: 1; 0,5; 0): the reading under which Tabel 6's minimum for "Kinerja Lebih Baik"
 * (2,50 of 5,00 for Menuju WBK, 3,75 for Menuju WBBM) falls exactly on option C and option B.
 */
export function optionValue(type: LkeQuestion['answerType'], answer: string): number | null {
  if (type === 'Ya/Tidak') return answer === 'Ya' ? 1 : answer === 'Tidak' ? 0 : null;
  if (type === 'persen' || type === 'nilai-0-4') return null;
  const options = type.split('/');
  const index = options.indexOf(answer);
  return index < 0 ? null : (options.length - 1 - index) / (options.length - 1);
}

export const OPTION_READING =
  'Nilai "Ya" dan "A" adalah 1,00 sebagaimana contoh pengisian di Lampiran III. Nilai pilihan B sampai E tidak tertulis dalam peraturan; di sini dibaca sebagai langkah yang sama dari 1 ke 0 (A/B/C: 1; 0,5; 0 — A/B/C/D: 1; 0,67; 0,33; 0 — A/B/C/D/E: 1; 0,75; 0,5; 0,25; 0; "Tidak": 0). Pembacaan ini cocok dengan Tabel 6: syarat minimal "Kinerja Lebih Baik" 2,50 dan 3,75 dari bobot 5,00 tepat sama dengan pilihan C dan B.';

export const PERCENT_READING =
  'Baris persentase Reform bernilai persentase yang dihitung dari isiannya, paling tinggi 100% (nilai 1,00), seperti contoh pengisian; bila pembaginya nol, nilainya tidak dapat dihitung dan dihitung 0.';

export const HASIL_READING =
  'Baris survei Hasil bernilai bobot × nilai survei ÷ 4, seperti contoh pengisian (4,00 → 17,50) dan Tabel 6 (survei 3,60 → 15,75; survei 3,20 → 14,00).';

export const MEAN_READING =
  'Nilai sub-komponen adalah bobotnya dikali rata-rata nilai pertanyaannya; pertanyaan yang belum dijawab dihitung 0. Contoh pengisian (semua 1,00) memberi tepat bobotnya.';

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** The value (0–1) of one answer, or null when it cannot be computed (with why). */
export function answerValue(question: LkeQuestion, answer: ScoredAnswer): { value: number | null; note?: string } {
  if (answer.jenis !== question.answerType) return { value: null };
  if (answer.jenis === 'nilai-0-4') return { value: clamp(answer.value / 4) };
  if (answer.jenis !== 'persen') return { value: optionValue(question.answerType, answer.answer) };
  const formula = question.formula;
  const inputs: Record<string, number> = Object.fromEntries(answer.inputs.map((input) => [input.key, input.value]));
  if (!formula) return { value: null };
  const [top, bottom] =
    formula.kind === 'rasio'
      ? [inputs[formula.numerator], inputs[formula.denominator]]
      : [(inputs[formula.previous] ?? NaN) - (inputs[formula.current] ?? NaN), inputs[formula.previous]];
  if (top === undefined || bottom === undefined || Number.isNaN(top)) return { value: null };
  if (bottom === 0) return { value: null, note: 'Pembagi nol: persentase tidak dapat dihitung.' };
  return { value: clamp(top / bottom) };
}

export interface SubScore { code: string; weight: number; score: number; answered: number; questions: number; values: Map<string, number | null> }
export interface AreaScore { number: number; name: string; weight: number; score: number; byPart: Record<string, number> }
export interface RequirementCheck { requirement: LkeRequirement; value: number; wbk: boolean; wbbm: boolean; shortfall: number; failingAreas: number[] }
export interface LkeScores {
  subcomponents: Map<string, SubScore>;
  areas: AreaScore[];
  parts: Map<string, number>;
  components: Map<string, number>;
  total: number;
  answered: number;
  questions: number;
  requirements: RequirementCheck[];
}

/** Rounded as the LKE prints its figures: two decimals. */
export const round2 = (value: number) => Math.round(value * 100 + Number.EPSILON * 100) / 100;

export function scoreLke(lke: Lke, answers: readonly ScoredAnswer[]): LkeScores {
  const byQuestion = new Map(answers.map((answer) => [answer.question, answer]));
  const subcomponents = new Map<string, SubScore>();
  for (const sub of lke.subcomponents) {
    const values = new Map(sub.questions.map((q) => {
      const answer = byQuestion.get(q.code);
      return [q.code, answer ? answerValue(q, answer).value : null] as const;
    }));
    const sum = [...values.values()].reduce<number>((total, value) => total + (value ?? 0), 0);
    const answered = sub.questions.filter((q) => byQuestion.has(q.code)).length;
    subcomponents.set(sub.code, { code: sub.code, weight: sub.weight, score: (sub.weight * sum) / sub.questions.length, answered, questions: sub.questions.length, values });
  }
  const parts = new Map(lke.parts.map((part) => [part.code, lke.subcomponents.filter((s) => s.part === part.code).reduce((t, s) => t + subcomponents.get(s.code)!.score, 0)]));
  const components = new Map(lke.components.map((c) => [c.code, lke.parts.filter((p) => p.component === c.code).reduce((t, p) => t + parts.get(p.code)!, 0)]));
  const areas = lke.areas.map((area) => {
    const byPart = Object.fromEntries(Object.keys(area.weights).map((part) => [part, lke.subcomponents.filter((s) => s.area === area.number && s.part === part).reduce((t, s) => t + subcomponents.get(s.code)!.score, 0)]));
    return { number: area.number, name: area.name, weight: area.weight, score: Object.values(byPart).reduce((a, b) => a + b, 0), byPart };
  });
  const total = [...components.values()].reduce((a, b) => a + b, 0);
  const questions = lke.subcomponents.reduce((n, s) => n + s.questions.length, 0);
  const answered = [...subcomponents.values()].reduce((n, s) => n + s.answered, 0);
  const scores: Omit<LkeScores, 'requirements'> = { subcomponents, areas, parts, components, total, answered, questions };
  return { ...scores, requirements: lke.requirements.map((requirement) => checkRequirement(requirement, scores)) };
}

/** Which score of the assessment each Tabel 6 row compares (the Hasil rows by their place in the LKE). */
function requirementValue(key: LkeRequirement['key'], scores: Omit<LkeScores, 'requirements'>): number {
  switch (key) {
    case 'total': return scores.total;
    case 'pengungkit': return scores.components.get('A') ?? 0;
    case 'area': return Math.min(...scores.areas.map((area) => (area.score / area.weight) * 100));
    case 'hasil-bersih': return scores.parts.get('B.I') ?? 0;
    case 'ipak': return scores.subcomponents.get('B.I.a')?.score ?? 0;
    case 'kinerja': return scores.subcomponents.get('B.I.b')?.score ?? 0;
    case 'hasil-pelayanan': return scores.parts.get('B.II') ?? 0;
  }
}

function checkRequirement(requirement: LkeRequirement, scores: Omit<LkeScores, 'requirements'>): RequirementCheck {
  const value = round2(requirementValue(requirement.key, scores));
  const failingAreas = requirement.key === 'area'
    ? scores.areas.filter((area) => round2((area.score / area.weight) * 100) < requirement.wbk).map((area) => area.number)
    : [];
  return {
    requirement,
    value,
    wbk: value >= requirement.wbk,
    // Menuju WBBM also asks that the unit already holds Menuju WBK: a fact no score shows
    wbbm: value >= requirement.wbbm,
    shortfall: round2(Math.max(0, requirement.wbk - value)),
    failingAreas,
  };
}
