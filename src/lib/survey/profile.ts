import type { ProfileColumn } from './unsur.ts';

/** One category of the respondent profile and how many respondents gave it. */
export interface ProfileCount {
  label: string;
  count: number;
}

/** Label for respondents who left a profile cell empty. */
export const NOT_GIVEN = 'Tidak diisi';

/** Label of the group that holds every category given by fewer than PROFILE_MIN_COUNT respondents. */
export const OTHERS = 'Lainnya';

/**
 * Fewest respondents a profile category may show on its own (k). Profile answers are often free text
 * (an occupation, a service): a category given by one or two people, with the survey's dates, can name
 * them. Five is the small-cell threshold statistical offices commonly publish with; at the sizes of an
 * office survey (hundreds of respondents) it hides only the rare answers. Pages and exports read the
 * same counts, so neither shows a smaller group.
 */
export const PROFILE_MIN_COUNT = 5;

const AGE_BANDS: [number, string][] = [
  [20, '< 20 tahun'],
  [30, '20–29 tahun'],
  [40, '30–39 tahun'],
  [50, '40–49 tahun'],
  [60, '50–59 tahun'],
  [Infinity, '≥ 60 tahun'],
];

function ageBand(age: number): string {
  return AGE_BANDS.find(([below]) => age < below)![1];
}

/**
 * Respondents per category of one profile column. Ages written as whole numbers are grouped
 * in ten-year bands (in age order); other columns list categories by count, largest first.
 * Categories of fewer than PROFILE_MIN_COUNT respondents are counted together as "Lainnya", after
 * the others; empty cells are counted last as "Tidak diisi".
 */
export function profileCounts(column: ProfileColumn, values: readonly string[]): ProfileCount[] {
  const given = values.filter((value) => value !== '');
  const numericAges = column === 'usia' && given.length > 0 && given.every((value) => /^\d{1,3}$/.test(value));
  const labels = given.map((value) => (numericAges ? ageBand(Number(value)) : value));
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const ordered = [...counts].map(([label, count]) => ({ label, count }));
  if (numericAges) {
    const order = AGE_BANDS.map(([, label]) => label);
    ordered.sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label));
  } else {
    ordered.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'id'));
  }
  const shown = ordered.filter(({ label, count }) => count >= PROFILE_MIN_COUNT && label !== OTHERS);
  const others = ordered.reduce((sum, { label, count }) => (count < PROFILE_MIN_COUNT || label === OTHERS ? sum + count : sum), 0);
  const missing = values.length - given.length;
  return [...shown, ...(others ? [{ label: OTHERS, count: others }] : []), ...(missing ? [{ label: NOT_GIVEN, count: missing }] : [])];
}
