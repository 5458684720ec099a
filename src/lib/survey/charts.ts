import { formatNumber, monthAbbr } from '../format.ts';
import { t } from '../i18n.ts';
import { grade } from './ikm.ts';
import type { ProfileCount } from './profile.ts';
import type { SkmResult, Survey } from './result.ts';
import type { ProfileColumn } from './unsur.ts';

/** What the browser draws: one series, full precision. */
export interface ChartData {
  type: 'bar' | 'line';
  /** Category labels; an array is drawn as several lines. */
  labels: (string | string[])[];
  values: number[];
  /** Name of the series. */
  series: string;
  min: number;
  /** Top of the value axis; absent: chart.js picks a round number above the largest value. */
  max?: number;
  /** Distance between axis ticks, when fixed. */
  step?: number;
  /** Horizontal bars (long category names). */
  horizontal: boolean;
}

/**
 * A chart and its table, built together from the same rows so they can never disagree.
 * The table is rendered on the server and is complete without JavaScript.
 */
export interface ChartModel {
  id: string;
  caption: string;
  /** `aria-label` of the canvas: the chart in one or two sentences. */
  summary: string;
  data: ChartData;
  table: {
    head: string[];
    /** Indexes of the numeric (right-aligned) columns. */
    numeric: number[];
    /** First cell of each row is its row header. */
    rows: string[][];
  };
}

const two = (value: number) => formatNumber(value, 2);

/** Splits a long label into lines of about `width` characters, for the chart axis. */
export function wrapLabel(label: string, width = 18): string | string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 1 ? lines : label;
}

/** "Jan–Jun 2023", or "Jan 2022–Jun 2023" across years: a short label for a survey period. */
export function periodLabel(start: Date, end: Date): string {
  const [y1, y2] = [start.getUTCFullYear(), end.getUTCFullYear()];
  const [m1, m2] = [monthAbbr(start.getUTCMonth() + 1), monthAbbr(end.getUTCMonth() + 1)];
  if (y1 !== y2) return `${m1} ${y1}–${m2} ${y2}`;
  return m1 === m2 ? `${m1} ${y1}` : `${m1}–${m2} ${y1}`;
}

/** Words for a grade: "B (Baik)". */
export function gradeText(letter: ReturnType<typeof grade>): string {
  return t('survey.gradeValue', { grade: letter, words: t(`survey.grade.${letter}`) });
}

/** IKM of every SKM over time: a line chart and its table. */
export function ikmTrendChart(surveys: readonly Survey[]): ChartModel {
  const rows = surveys.flatMap((survey) => (survey.result.kind === 'skm' ? [{ survey, result: survey.result }] : []));
  const labels = rows.map(({ survey }) => periodLabel(survey.data.start, survey.data.end));
  const values = rows.map(({ result }) => result.ikm);
  const first = rows[0]?.result;
  const last = rows.at(-1)?.result;
  return {
    id: 'ikm-waktu',
    caption: t('survey.trendCaption'),
    summary: t('survey.trendSummary', {
      count: rows.length,
      first: first ? two(first.ikmRounded) : '–',
      firstLabel: labels[0] ?? '–',
      last: last ? two(last.ikmRounded) : '–',
      lastLabel: labels.at(-1) ?? '–',
    }),
    data: { type: 'line', labels, values, series: t('survey.ikm'), min: 25, max: 100, step: 25, horizontal: false },
    table: {
      head: [t('survey.survey'), t('survey.period'), t('survey.respondents'), t('survey.ikm'), t('survey.grade')],
      numeric: [2, 3],
      rows: rows.map(({ survey, result }, index) => [
        survey.data.title,
        labels[index]!,
        formatNumber(result.respondents),
        two(result.ikmRounded),
        gradeText(result.grade),
      ]),
    },
  };
}

/** NRR of the nine unsur: horizontal bars and the table with answers, NRR, NRR × 25 and grade. */
export function nrrChart(result: SkmResult): ChartModel {
  const ranked = [...result.unsur].sort((a, b) => b.nrr - a.nrr);
  const best = ranked[0]!;
  const worst = ranked.at(-1)!;
  const withAnswers = result.source === 'responses';
  return {
    id: 'nrr-unsur',
    caption: t('survey.nrrCaption'),
    summary: t('survey.nrrSummary', { best: `${best.code} ${best.name}`, bestValue: two(best.nrr), worst: `${worst.code} ${worst.name}`, worstValue: two(worst.nrr) }),
    data: {
      type: 'bar',
      labels: result.unsur.map((unsur) => wrapLabel(`${unsur.code} ${unsur.name}`)),
      values: result.unsur.map((unsur) => unsur.nrr),
      series: t('survey.nrr'),
      min: 1,
      max: 4,
      step: 1,
      horizontal: true,
    },
    table: {
      head: [t('survey.unsur'), ...(withAnswers ? [t('survey.answers')] : []), t('survey.nrr'), t('survey.unsurValue'), t('survey.grade')],
      numeric: withAnswers ? [1, 2, 3] : [1, 2],
      rows: result.unsur.map((unsur) => [
        `${unsur.code} ${unsur.name}`,
        ...(withAnswers ? [formatNumber(unsur.answers ?? 0)] : []),
        two(unsur.nrr),
        two(unsur.nrr * 25),
        gradeText(grade(unsur.nrr * 25)),
      ]),
    },
  };
}

/** Respondents per category of one profile column: bars and a table with counts and shares. */
export function profileChart(column: ProfileColumn, counts: readonly ProfileCount[], respondents: number): ChartModel {
  const name = t(`survey.profile.${column}`);
  return {
    id: `profil-${column.replaceAll('_', '-')}`,
    caption: t('survey.profileCaption', { column: name }),
    summary: t('survey.profileSummary', { column: name, items: counts.map(({ label, count }) => `${label} ${count}`).join(', ') }),
    data: {
      type: 'bar',
      labels: counts.map(({ label }) => wrapLabel(label)),
      values: counts.map(({ count }) => count),
      series: t('survey.respondents'),
      min: 0,
      horizontal: true,
    },
    table: {
      head: [t('survey.category'), t('survey.count'), t('survey.share')],
      numeric: [1, 2],
      rows: counts.map(({ label, count }) => [label, formatNumber(count), `${formatNumber((count / respondents) * 100, 1)}%`]),
    },
  };
}
