/**
 * The LKE as the site reads it: `src/data/lke.json` (written by `scripts/import-lke.ts`), parsed by
 * its schema once, so a hand edit that breaks its shape stops the build.
 */
import data from '../../data/lke.json' with { type: 'json' };
import { lkeSchema, type Lke, type LkeQuestion, type LkeSubcomponent } from '../../schemas/lke.ts';

export const LKE: Lke = lkeSchema.parse(data);

export const LKE_QUESTIONS: readonly LkeQuestion[] = LKE.subcomponents.flatMap((sub) => sub.questions);

const byCode = new Map(LKE_QUESTIONS.map((question) => [question.code, question]));
const subOf = new Map(LKE.subcomponents.flatMap((sub) => sub.questions.map((question) => [question.code, sub] as const)));

export const lkeQuestion = (code: string): LkeQuestion | undefined => byCode.get(code);
export const lkeSubcomponentOf = (code: string): LkeSubcomponent | undefined => subOf.get(code);

/** The options a staff member may answer a question with (none for numeric rows). */
export function answerOptions(question: LkeQuestion): string[] {
  if (question.answerType === 'Ya/Tidak') return ['Ya', 'Tidak'];
  if (question.answerType === 'persen' || question.answerType === 'nilai-0-4') return [];
  return question.answerType.split('/');
}

/** A sub-component's page under its section: "pemenuhan-iv", "reform-i", the Hasil rows "i-a". */
export function subcomponentSlug(sub: LkeSubcomponent): string {
  const part = sub.part.split('.')[1]!.toLowerCase();
  if (sub.area === null) return `${part}-${sub.printed}`;
  return `${sub.part === 'A.I' ? 'pemenuhan' : 'reform'}-${sub.printed}`;
}

/** The page groups of the LKE: one per pengungkit area, one for the Hasil rows. */
export interface LkeSection { slug: string; title: string; area: number | null; subcomponents: LkeSubcomponent[] }

export const LKE_SECTIONS: readonly LkeSection[] = [
  ...LKE.areas.map((area) => ({
    slug: `area-${area.number}`,
    title: area.name,
    area: area.number,
    subcomponents: LKE.subcomponents.filter((sub) => sub.area === area.number),
  })),
  { slug: 'hasil', title: 'Hasil', area: null, subcomponents: LKE.subcomponents.filter((sub) => sub.area === null) },
];
