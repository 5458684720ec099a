import type { SurveyData } from '../../schemas/survey.ts';
import { grade, ikm, krejcieMorgan, nrr, roundIkm, type Grade } from './ikm.ts';
import { lkeValue, meetsThresholds, type IndexType } from './lke.ts';
import { profileCounts, type ProfileCount } from './profile.ts';
import type { Responses } from './responses.ts';
import { PROFILE_COLUMNS, UNSUR, type ProfileColumn, type UnsurCode, type UnsurName } from './unsur.ts';

export interface UnsurResult {
  code: UnsurCode;
  name: UnsurName;
  /** Full precision. */
  nrr: number;
  /** Answers given to this unsur; null when only a summary exists. */
  answers: number | null;
}

/** An SKM's computed results. */
export interface SkmResult {
  kind: 'skm';
  /** `responses`: computed from `responses.csv`; `summary`: NRR given in the frontmatter. */
  source: 'responses' | 'summary';
  respondents: number;
  unsur: UnsurResult[];
  /** IKM unit (25–100), full precision. */
  ikm: number;
  /** IKM unit rounded to 2 decimals: what is graded and shown. */
  ikmRounded: number;
  grade: Grade;
  profile: { column: ProfileColumn; counts: ProfileCount[] }[];
}

/** An IPAK or IPKP score and what it means in the LKE. */
export interface IndexResult {
  kind: 'index';
  type: IndexType;
  /** 0–4. */
  score: number;
  /** score ÷ 4 × 17.50. */
  lke: number;
  meets: { wbk: boolean; wbbm: boolean };
}

export interface Survey {
  id: string;
  data: SurveyData;
  /** Krejcie–Morgan sample target, when the population is known. */
  target: number | null;
  result: SkmResult | IndexResult;
}

function skmFromResponses(responses: Responses): SkmResult {
  const unsur = UNSUR.map(({ code, name }) => ({ code, name, nrr: nrr(responses.answers[name]), answers: responses.answers[name].length }));
  const profile = PROFILE_COLUMNS.flatMap((column) => {
    const values = responses.profile[column];
    return values ? [{ column, counts: profileCounts(column, values) }] : [];
  });
  return withIkm({ kind: 'skm', source: 'responses', respondents: responses.respondents, unsur, profile });
}

function skmFromSummary(summary: NonNullable<SurveyData['summary']>): SkmResult {
  const unsur = UNSUR.map(({ code, name }) => ({ code, name, nrr: summary.nrr[code], answers: null }));
  return withIkm({ kind: 'skm', source: 'summary', respondents: summary.respondents, unsur, profile: [] });
}

function withIkm(partial: Omit<SkmResult, 'ikm' | 'ikmRounded' | 'grade'>): SkmResult {
  const byName = Object.fromEntries(partial.unsur.map((unsur) => [unsur.name, unsur.nrr])) as Record<UnsurName, number>;
  const value = ikm(byName);
  return { ...partial, ikm: value, ikmRounded: roundIkm(value), grade: grade(value) };
}

/**
 * A survey's results from its frontmatter and, for an SKM with raw answers, its parsed
 * `responses.csv`. The content check has already ensured exactly one source exists.
 */
export function buildSurvey(id: string, data: SurveyData, responses?: Responses): Survey {
  const target = data.population ? krejcieMorgan(data.population) : null;
  if (data.type !== 'skm') {
    const score = data.score!;
    return { id, data, target, result: { kind: 'index', type: data.type, score, lke: lkeValue(score), meets: meetsThresholds(data.type, score) } };
  }
  if (responses) return { id, data, target, result: skmFromResponses(responses) };
  if (data.summary) return { id, data, target, result: skmFromSummary(data.summary) };
  throw new Error(`Survei "${id}" tidak punya responses.csv maupun summary.`);
}

/** Surveys oldest first (by start date, then id). */
export function byPeriod(a: Survey, b: Survey): number {
  return a.data.start.getTime() - b.data.start.getTime() || a.id.localeCompare(b.id);
}
