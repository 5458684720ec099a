import { UNSUR, type UnsurName } from './unsur.ts';

/**
 * The IKM arithmetic of PermenPANRB 14/2017, exactly (docs/domain.md §2): no 0.11 weights,
 * full precision throughout, rounding only to grade and to display.
 */

/** NRR of one unsur: sum of the answers ÷ number of answers given (unanswered cells don't count). */
export function nrr(answers: readonly number[]): number {
  if (answers.length === 0) throw new Error('NRR tidak dapat dihitung: unsur ini tidak dijawab satu responden pun.');
  return answers.reduce((sum, answer) => sum + answer, 0) / answers.length;
}

/** IKM unit (25–100): the mean of the nine NRR, each weighing exactly 1/9, × 25. Full precision. */
export function ikm(nrrByName: Readonly<Record<UnsurName, number>>): number {
  const total = UNSUR.reduce((sum, { name }) => {
    const value = nrrByName[name];
    if (typeof value !== 'number' || Number.isNaN(value)) throw new Error(`NRR unsur "${name}" tidak ada.`);
    return sum + value;
  }, 0);
  return (total / UNSUR.length) * 25;
}

/**
 * The IKM unit rounded to 2 decimals, half up, as it is graded and displayed. The tiny epsilon
 * keeps a true x.xx5 (stored in binary as x.xx4999…) rounding up, like the decimal it stands for.
 */
export function roundIkm(value: number): number {
  return Math.round(value * 100 + 1e-7) / 100;
}

export type Grade = 'A' | 'B' | 'C' | 'D';

/** Lower bounds of grades A, B, C on the 2-decimal IKM unit; below C is D. */
export const GRADE_THRESHOLDS = [
  { grade: 'A', min: 88.31 },
  { grade: 'B', min: 76.61 },
  { grade: 'C', min: 65.0 },
] as const;

/** Grade of an IKM unit (A "Sangat Baik" … D "Tidak Baik"), decided on its 2-decimal value. */
export function grade(ikmUnit: number): Grade {
  const rounded = roundIkm(ikmUnit);
  return GRADE_THRESHOLDS.find((threshold) => rounded >= threshold.min)?.grade ?? 'D';
}

/**
 * Krejcie & Morgan sample size for a population N: χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)),
 * χ² = 3.841, P = 0.5, d = 0.05, rounded to the nearest respondent.
 */
export function krejcieMorgan(population: number): number {
  const chiSquare = 3.841;
  const p = 0.5;
  const d = 0.05;
  const n = (chiSquare * population * p * (1 - p)) / (d * d * (population - 1) + chiSquare * p * (1 - p));
  return Math.round(n);
}
