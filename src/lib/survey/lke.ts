/**
 * IPAK and IPKP (PermenPANRB 90/2021, docs/domain.md §1): official surveys scored 0–4; each
 * weighs 17.50 of the LKE's 40 result points.
 */
export type IndexType = 'ipak' | 'ipkp';

export const LKE_WEIGHT = 17.5;

/** Minimum score for the Menuju WBK and Menuju WBBM predicates. */
export const INDEX_THRESHOLDS: Record<IndexType, { wbk: number; wbbm: number }> = {
  ipak: { wbk: 3.6, wbbm: 3.6 },
  ipkp: { wbk: 3.2, wbbm: 3.6 },
};

/** LKE value of a 0–4 score: score ÷ 4 × 17.50. */
export function lkeValue(score: number): number {
  return (score / 4) * LKE_WEIGHT;
}

/** Whether a score meets each predicate's threshold. */
export function meetsThresholds(type: IndexType, score: number): { wbk: boolean; wbbm: boolean } {
  const { wbk, wbbm } = INDEX_THRESHOLDS[type];
  return { wbk: score >= wbk, wbbm: score >= wbbm };
}
