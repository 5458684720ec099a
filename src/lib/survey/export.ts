import { toCsv } from '../csv.ts';
import { isoDate } from '../format.ts';
import type { Survey } from './result.ts';
import { surveyPath } from './routes.ts';
import { SURVEY_CSV_COLUMNS, type SurveyExport } from '../../schemas/survey-export.ts';
import type { Href } from '../plan/export.ts';

/** A survey as one item of `/data/survei.json`; numbers at full precision. */
export function surveyToExport(survey: Survey, href: Href): SurveyExport {
  const { data, result } = survey;
  const skm = result.kind === 'skm' ? result : undefined;
  return {
    id: survey.id,
    title: data.title,
    start: isoDate(data.start),
    end: isoDate(data.end),
    type: data.type,
    official: data.official,
    respondents: skm?.respondents ?? null,
    unsur: skm?.unsur.map(({ code, name, nrr }) => ({ code, name, nrr })) ?? [],
    ikm: skm?.ikm ?? null,
    grade: skm?.grade ?? null,
    url: href(surveyPath(survey.id)),
  };
}

/**
 * Every aggregate of one survey, for its own download (`hasil.json`): the open-data item plus
 * answers per unsur, sample target, profile counts, IPAK/IPKP score and follow-ups. Never raw rows.
 */
export function surveyAggregates(survey: Survey, href: Href) {
  const { data, result } = survey;
  const base = surveyToExport(survey, href);
  return {
    ...base,
    unsur: result.kind === 'skm' ? result.unsur.map(({ code, name, nrr, answers }) => ({ code, name, nrr, answers })) : [],
    services: data.services,
    population: data.population ?? null,
    sampleTarget: survey.target,
    method: data.method ?? null,
    publishedAt: data.publishedAt ? isoDate(data.publishedAt) : null,
    source: result.kind === 'skm' ? result.source : null,
    profile: result.kind === 'skm' ? Object.fromEntries(result.profile.map(({ column, counts }) => [column, counts])) : {},
    score: result.kind === 'index' ? result.score : null,
    lke: result.kind === 'index' ? result.lke : null,
    followUps: data.followUps.map((followUp) => ({ ...followUp, due: isoDate(followUp.due), indicator: followUp.indicator ?? null })),
  };
}

/** The same aggregates as CSV, one row per number: unsur NRR, IKM, profile counts, or index score. */
export function surveyAggregatesCsv(survey: Survey): string {
  const { result } = survey;
  const row = (part: string, code: string, label: string, count: number | null, value: number | null) => [survey.id, part, code, label, count ?? '', value ?? ''];
  const rows =
    result.kind === 'skm'
      ? [
          ...result.unsur.map((unsur) => row('unsur', unsur.code, unsur.name, unsur.answers, unsur.nrr)),
          row('ikm', 'IKM', `Indeks Kepuasan Masyarakat (mutu ${result.grade})`, result.respondents, result.ikm),
          ...result.profile.flatMap(({ column, counts }) => counts.map(({ label, count }) => row(`profil_${column}`, '', label, count, null))),
        ]
      : [row('indeks', result.type.toUpperCase(), 'Nilai (0–4)', null, result.score), row('lke', result.type.toUpperCase(), 'Nilai di LKE (dari 17,50)', null, result.lke)];
  return toCsv(SURVEY_CSV_COLUMNS, rows);
}
