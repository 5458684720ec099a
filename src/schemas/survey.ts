import { z } from 'astro/zod';
import { indicatorCode } from './shared.ts';
import { UNSUR } from '../lib/survey/unsur.ts';

/** A calendar date written YYYY-MM-DD. */
const calendarDate = z.coerce.date({ error: 'Tanggal ditulis TTTT-BB-HH, misalnya 2022-12-05.' });

/** An NRR (1–4) given in a summary. */
const nrrValue = z
  .number({ error: 'NRR harus berupa angka, misalnya 3.24 (titik sebagai pemisah desimal).' })
  .min(1, 'NRR paling kecil 1.')
  .max(4, 'NRR paling besar 4.');

/** NRR per unsur, keyed by column code U1…U9 (names as in `src/lib/survey/unsur.ts`). */
const nrrByCode = z.strictObject(
  Object.fromEntries(UNSUR.map(({ code }) => [code, nrrValue])) as Record<(typeof UNSUR)[number]['code'], typeof nrrValue>,
);

/** Results known only as a summary (no `responses.csv`): respondents and the NRR of each unsur. */
const summary = z.strictObject({
  /** Number of respondents. */
  respondents: z.number().int('Jumlah responden harus bilangan bulat.').positive('Jumlah responden paling sedikit 1.'),
  /** NRR per unsur, U1 Persyaratan … U9 Sarana dan Prasarana; all nine are required. */
  nrr: nrrByCode,
});

/** One follow-up (tindak lanjut) of the survey's results. */
const followUp = z.strictObject({
  /** What will be or was done. */
  action: z.string().min(3, 'Tindakan (action) tidak boleh kosong.'),
  /** Progress: `direncanakan`, `berjalan` or `selesai`. */
  status: z.enum(['direncanakan', 'berjalan', 'selesai'], { error: 'Status ditulis "direncanakan", "berjalan", atau "selesai".' }),
  /** Target date (YYYY-MM-DD). */
  due: calendarDate,
  /** Plan indicator it answers, e.g. "VI.3.3". */
  indicator: indicatorCode.optional(),
});

/**
 * A survey: `content/survei/<id>/index.mdx`, the MDX body is the analysis. An SKM takes its
 * answers from `responses.csv` in the same folder, or from `summary`; IPAK/IPKP give `score`.
 */
export const surveySchema = z
  .strictObject({
    /** Title as published, e.g. "Survei Kepuasan Masyarakat Semester II 2022". */
    title: z.string().min(3, 'Judul (title) tidak boleh kosong.'),
    /** First day of the survey period. */
    start: calendarDate,
    /** Last day of the survey period. */
    end: calendarDate,
    /** `skm` (default): satisfaction survey scored as IKM; `ipak` / `ipkp`: official 0–4 indices. */
    type: z.enum(['skm', 'ipak', 'ipkp'], { error: 'Jenis survei (type) ditulis "skm", "ipak", atau "ipkp".' }).default('skm'),
    /** True when run by the national team or BPS; otherwise the survey is labelled internal. */
    official: z.boolean({ error: 'official ditulis true atau false.' }).default(false),
    /** Services surveyed. */
    services: z.array(z.string().min(2)).default([]),
    /** Number of service users in the period, for the Krejcie–Morgan sample target. */
    population: z.number().int('Populasi harus bilangan bulat.').positive('Populasi paling sedikit 1.').optional(),
    /** How respondents were reached and asked. */
    method: z.string().min(3).optional(),
    /** Date the results were published. */
    publishedAt: calendarDate.optional(),
    /** Follow-up actions and their status. */
    followUps: z.array(followUp).default([]),
    /** SKM results given as a summary instead of `responses.csv`. */
    summary: summary.optional(),
    /** Name of the answers file (CSV) in the survey's folder, when it is not `responses.csv` (e.g. an upload through the CMS). */
    responses: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]*\.csv$/, 'Nama berkas jawaban hanya huruf kecil a–z, angka, "-" atau "_", berakhiran ".csv", misalnya "responses.csv".')
      .optional(),
    /** IPAK / IPKP score, 0–4. */
    score: z.number({ error: 'Nilai (score) harus berupa angka 0–4.' }).min(0, 'Nilai paling kecil 0.').max(4, 'Nilai paling besar 4.').optional(),
  })
  .superRefine((survey, context) => {
    if (survey.end < survey.start) {
      context.addIssue({ code: 'custom', path: ['end'], message: 'Tanggal akhir (end) tidak boleh sebelum tanggal mulai (start).' });
    }
    if (survey.type === 'skm' && survey.score !== undefined) {
      context.addIssue({ code: 'custom', path: ['score'], message: 'score hanya untuk survei IPAK/IPKP. Hasil SKM dihitung dari responses.csv atau ditulis di summary.' });
    }
    if (survey.type !== 'skm') {
      if (survey.score === undefined) {
        context.addIssue({ code: 'custom', path: ['type'], message: `Survei ${survey.type.toUpperCase()} memerlukan score (nilai 0–4 dari hasil survei).` });
      }
      if (survey.summary) {
        context.addIssue({ code: 'custom', path: ['summary'], message: 'summary hanya untuk SKM. Survei IPAK/IPKP cukup menulis score (0–4).' });
      }
    }
  });

export type SurveyData = z.output<typeof surveySchema>;
export type FollowUp = SurveyData['followUps'][number];
