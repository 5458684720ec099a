/** A year's LKE content for the pages: the mapping, the self-assessment and its scores (once per build). */
import { getCollection } from 'astro:content';
import { oncePerKey } from '../memo.ts';
import { LKE } from './lke.ts';
import { coverageByQuestion, type MappedIndicator, type Mapping } from './coverage.ts';
import { scoreLke, type LkeScores } from './score.ts';
import type { LkeAnswer } from '../../schemas/lke-content.ts';

export interface LkeYear {
  year: number;
  mappings: Mapping[];
  coverage: Map<string, MappedIndicator[]>;
  /** The answers staff entered (empty until they do: every question "belum diisi"). */
  answers: Map<string, LkeAnswer>;
  scores: LkeScores;
}

export const getLkeYear: (year: number) => Promise<LkeYear> = oncePerKey(async (year: number) => {
  const [mappingEntries, assessmentEntries] = await Promise.all([getCollection('lkeMappings'), getCollection('lkeAssessments')]);
  const mappings = mappingEntries.find((entry) => entry.id === String(year))?.data.mappings ?? [];
  const answerList = assessmentEntries.find((entry) => entry.id === String(year))?.data.answers ?? [];
  return {
    year,
    mappings,
    coverage: coverageByQuestion(mappings),
    answers: new Map(answerList.map((answer) => [answer.question, answer])),
    scores: scoreLke(LKE, answerList),
  };
});
