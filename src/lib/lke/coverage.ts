/**
 * Which LKE questions a year's plan addresses, from the staff-kept mapping (pemetaan.yaml): per
 * question the indicators mapped to it, each with how it was read. Pure.
 */
import type { LkeMappingData } from '../../schemas/lke-content.ts';
import type { LkeQuestion } from '../../schemas/lke.ts';

export type Mapping = LkeMappingData['mappings'][number];
export interface MappedIndicator { indicator: string; reading: Mapping['reading']; reason?: string }

/** Question code → the indicators mapped to it, in the mapping file's order. */
export function coverageByQuestion(mappings: readonly Mapping[]): Map<string, MappedIndicator[]> {
  const byQuestion = new Map<string, MappedIndicator[]>();
  for (const { indicator, questions, reading, reason } of mappings) {
    for (const code of questions) byQuestion.set(code, [...(byQuestion.get(code) ?? []), { indicator, reading, ...(reason ? { reason } : {}) }]);
  }
  return byQuestion;
}

/** How many of the given questions the plan addresses. */
export function coveredCount(questions: readonly LkeQuestion[], byQuestion: ReadonlyMap<string, unknown[]>): number {
  return questions.filter((question) => (byQuestion.get(question.code)?.length ?? 0) > 0).length;
}
