import { describe, expect, it } from 'vitest';
import { grade, ikm, krejcieMorgan, nrr, roundIkm } from '../../src/lib/survey/ikm.ts';
import { lkeValue, meetsThresholds } from '../../src/lib/survey/lke.ts';
import { parseResponses } from '../../src/lib/survey/responses.ts';
import { buildSurvey, type SkmResult } from '../../src/lib/survey/result.ts';
import { UNSUR, type UnsurName } from '../../src/lib/survey/unsur.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { surveySchema } from '../../src/schemas/survey.ts';

const HEADER = 'U1,U2,U3,U4,U5,U6,U7,U8,U9';
const minimal = surveySchema.parse({ title: 'Survei uji', start: '2022-12-01', end: '2022-12-31' });

/** The nine NRR all equal to `value`, keyed by name. */
const allNrr = (value: number) => Object.fromEntries(UNSUR.map(({ name }) => [name, value])) as Record<UnsurName, number>;

function skmFrom(csv: string): SkmResult {
  const { responses, issues } = parseResponses(csv);
  expect(issues).toEqual([]);
  const { result } = buildSurvey('uji', minimal, responses);
  if (result.kind !== 'skm') throw new Error('expected an SKM');
  return result;
}

describe('nrr', () => {
  it('averages the answers given', () => {
    expect(nrr([4, 3, 2, 3])).toBe(3);
  });

  it('refuses an unsur nobody answered instead of dividing by zero', () => {
    expect(() => nrr([])).toThrow(/tidak dijawab/);
  });
});

describe('ikm', () => {
  it('scores a perfect survey 100,00 (A), not the 99,00 of a 0.11 weight', () => {
    const result = skmFrom(`${HEADER}\n4,4,4,4,4,4,4,4,4\n4,4,4,4,4,4,4,4,4\n`);

    expect(result.ikm).toBe(100);
    expect(formatNumber(result.ikmRounded, 2)).toBe('100,00');
    expect(result.grade).toBe('A');
  });

  it('scores the worst possible survey 25', () => {
    expect(ikm(allNrr(1))).toBe(25);
  });

  it('counts only the answers given when a respondent skips an unsur', () => {
    // U1: (4 + 2) / 2 = 3; U2…U8: (4 + 3 + 2) / 3 = 3; U9: (4 + 3) / 2 = 3.5
    // IKM = (8 × 3 + 3.5) / 9 × 25 = 27.5 / 9 × 25 = 76.3888…  → 76,39, grade C
    const result = skmFrom(`${HEADER}\n4,4,4,4,4,4,4,4,4\n,3,3,3,3,3,3,3,3\n2,2,2,2,2,2,2,2,\n`);

    expect(result.respondents).toBe(3);
    expect(result.unsur[0]).toMatchObject({ code: 'U1', name: 'Persyaratan', nrr: 3, answers: 2 });
    expect(result.unsur[8]).toMatchObject({ code: 'U9', name: 'Sarana dan Prasarana', nrr: 3.5, answers: 2 });
    expect(result.ikm).toBeCloseTo((27.5 / 9) * 25, 12);
    expect(formatNumber(result.ikmRounded, 2)).toBe('76,39');
    expect(result.grade).toBe('C');
  });

  it('keys the unsur by name, so the order of the values does not matter', () => {
    const forwards = Object.fromEntries(UNSUR.map(({ name }, index) => [name, 1 + index / 4]));
    const backwards = Object.fromEntries(Object.entries(forwards).reverse());

    expect(ikm(backwards as Record<UnsurName, number>)).toBe(ikm(forwards as Record<UnsurName, number>));
  });

  it('refuses a set of NRR with an unsur missing', () => {
    const eight = allNrr(3) as Partial<Record<UnsurName, number>>;
    delete eight['Sarana dan Prasarana'];

    expect(() => ikm(eight as Record<UnsurName, number>)).toThrow(/Sarana dan Prasarana/);
  });

  it('keeps full precision: one answer of 3 among 4s moves the IKM by exactly 25 / 9 / n', () => {
    const result = skmFrom(`${HEADER}\n4,4,4,4,4,4,4,4,4\n4,4,4,4,4,4,4,4,4\n3,4,4,4,4,4,4,4,4\n`);

    expect(result.ikm).toBeCloseTo(100 - 25 / 9 / 3, 12);
  });
});

describe('grade', () => {
  it.each([
    [88.31, 'A'],
    [88.3, 'B'],
    [76.61, 'B'],
    [76.6, 'C'],
    [65.0, 'C'],
    [64.99, 'D'],
    [100, 'A'],
    [25, 'D'],
  ] as const)('grades %s as %s', (value, expected) => {
    expect(grade(value)).toBe(expected);
  });

  it('grades on the 2-decimal IKM, so 88,305 rounds up to 88,31 (A), 88,3049 stays B and 64,995 is C', () => {
    expect(grade(88.305)).toBe('A');
    expect(grade(88.3049)).toBe('B');
    expect(grade(64.995)).toBe('C');
  });

  it('rounds half up even where binary floating point stores x,xx5 as x,xx4999…', () => {
    // 80.835 × 100 is 8083.499999999999 in binary; the decimal 80,835 rounds to 80,84
    expect(roundIkm(80.835)).toBe(80.84);
    expect(roundIkm(76.615)).toBe(76.62);
  });

  it('matches the per-unsur NRR bands: nine NRR of 3,5324 make A, of 3,0644 make B, of 2,60 make C', () => {
    // 3.5324 × 25 = 88.31; 3.5320 × 25 = 88.30; 3.0644 × 25 = 76.61; 2.60 × 25 = 65.00; 2.5996 × 25 = 64.99
    expect(grade(ikm(allNrr(3.5324)))).toBe('A');
    expect(grade(ikm(allNrr(3.532)))).toBe('B');
    expect(grade(ikm(allNrr(3.0644)))).toBe('B');
    expect(grade(ikm(allNrr(3.064)))).toBe('C');
    expect(grade(ikm(allNrr(2.6)))).toBe('C');
    expect(grade(ikm(allNrr(2.5996)))).toBe('D');
  });
});

describe('krejcieMorgan', () => {
  it.each([
    [100, 80],
    [1000, 278],
    [10000, 370],
  ])('needs %i respondents for a population of %i', (population, expected) => {
    expect(krejcieMorgan(population)).toBe(expected);
  });

  it('never asks for more than 384, however large the population', () => {
    expect(krejcieMorgan(100_000_000)).toBe(384);
  });
});

describe('IPAK / IPKP', () => {
  it('turns a 0–4 score into its LKE value out of 17,50', () => {
    expect(lkeValue(4)).toBe(17.5);
    expect(lkeValue(3.6)).toBeCloseTo(15.75, 12);
  });

  it('applies IPKP ≥ 3,20 for WBK and ≥ 3,60 for WBBM', () => {
    expect(meetsThresholds('ipkp', 3.2)).toEqual({ wbk: true, wbbm: false });
    expect(meetsThresholds('ipkp', 3.19)).toEqual({ wbk: false, wbbm: false });
    expect(meetsThresholds('ipkp', 3.6)).toEqual({ wbk: true, wbbm: true });
  });

  it('applies IPAK ≥ 3,60 for both predicates', () => {
    expect(meetsThresholds('ipak', 3.59)).toEqual({ wbk: false, wbbm: false });
    expect(meetsThresholds('ipak', 3.6)).toEqual({ wbk: true, wbbm: true });
  });
});
