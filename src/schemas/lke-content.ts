import { z } from 'astro/zod';
import { indicatorCode } from './shared.ts';
import { answerOptions, lkeQuestion } from '../lib/lke/lke.ts';

/** A question of the LKE by its code, e.g. "A.I.5.i.a" (see /data/lke.json). */
const questionCode = z
  .string({ error: 'Kode pertanyaan LKE ditulis seperti "A.I.5.i.a".' })
  .refine((code) => lkeQuestion(code) !== undefined, {
    error: (issue) => `Kode pertanyaan LKE "${String(issue.input)}" tidak ada. Kode ditulis seperti "A.I.5.i.a" (komponen.bagian.area.sub-komponen.huruf); daftar lengkapnya di /data/lke.json.`,
  });

/** How a mapping was read: `sama` when the indicator repeats the question's words, `tafsiran` otherwise (with why). */
export const MAPPING_READINGS = ['sama', 'tafsiran'] as const;

export const lkeMappingSchema = z.strictObject({
  /** Each indicator of the year's plan and the LKE question(s) it serves. */
  mappings: z.array(
    z
      .strictObject({
        indicator: indicatorCode,
        questions: z.array(questionCode, { error: 'Tulis kode pertanyaan LKE sebagai daftar, misalnya [A.I.5.i.a].' }).min(1, 'Isi paling sedikit satu kode pertanyaan LKE.'),
        reading: z.enum(MAPPING_READINGS, { error: 'Pembacaan (reading) harus "sama" (kata-katanya sama) atau "tafsiran".' }),
        reason: z.string().trim().min(10, 'Alasan (reason) paling sedikit 10 huruf.').max(300, 'Alasan (reason) paling banyak 300 huruf.').optional(),
      })
      .refine((mapping) => mapping.reading !== 'tafsiran' || mapping.reason, {
        message: 'Pemetaan bertanda "tafsiran" wajib memuat alasan (reason): mengapa indikator ini dibaca melayani pertanyaan itu.',
        path: ['reason'],
      }),
  ),
});

/** A calendar date written YYYY-MM-DD; YAML may hand it over already as a date. */
const calendarDate = z
  .preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z.iso.date({ error: 'Tanggal ditulis YYYY-MM-DD dan harus tanggal yang ada, misalnya 2022-09-30.' }),
  )
  .transform((text) => new Date(`${text}T00:00:00Z`));

const evidenceRef = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Id bukti ditulis seperti nama berkasnya tanpa ".yaml", misalnya "sk-tim-zi".');

/** One answer of the unit's own assessment (penilaian mandiri). */
export const lkeAnswerSchema = z
  .strictObject({
    question: questionCode,
    /** Ya/Tidak or a letter A–E, for questions with options. */
    answer: z.string().optional(),
    /** The numbers of a percentage row, by the input's key (see the question in /data/lke.json). */
    inputs: z.record(z.string(), z.number({ error: 'Isian berupa angka.' }).min(0, 'Isian tidak boleh negatif.')).optional(),
    /** The survey index (0–4) of a Hasil survey row. */
    value: z.number({ error: 'Nilai survei berupa angka 0 sampai 4.' }).min(0, 'Nilai survei paling kecil 0.').max(4, 'Nilai survei paling besar 4.').optional(),
    /** The document a Hasil number comes from (survey report, performance report). */
    source: z.string().trim().min(5, 'Sumber (source) paling sedikit 5 huruf.').max(300, 'Sumber (source) paling banyak 300 huruf; sebut judul dokumennya saja.').optional(),
    // bounded so an area's page stays within its size budget, whatever staff write
    justification: z.string().trim().min(10, 'Alasan (justification) paling sedikit 10 huruf.').max(400, 'Alasan (justification) paling banyak 400 huruf; uraian panjang taruh di bukti.'),
    evidence: z.array(evidenceRef).max(3, 'Paling banyak 3 bukti per pertanyaan; pilih yang paling langsung menjawabnya.').default([]),
    /** When the answer was last changed. */
    updated: calendarDate,
  })
  .superRefine((entry, ctx) => {
    const question = lkeQuestion(entry.question);
    if (!question) return;
    const options = answerOptions(question);
    const add = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (options.length) {
      if (entry.answer === undefined) add('answer', `Pertanyaan ${question.code} dijawab dengan salah satu dari: ${options.join(', ')}.`);
      else if (!options.includes(entry.answer)) add('answer', `Jawaban "${entry.answer}" tidak dikenal untuk ${question.code}; pilihan yang boleh: ${options.join(', ')}.`);
    } else if (entry.answer !== undefined) add('answer', `Pertanyaan ${question.code} tidak dijawab dengan pilihan; isi ${question.answerType === 'persen' ? 'inputs' : 'value'}.`);
    if (question.answerType === 'persen') {
      const keys = question.inputs.map((input) => input.key);
      const given = Object.keys(entry.inputs ?? {});
      const missing = keys.filter((key) => !given.includes(key) && !question.inputs.find((input) => input.key === key)?.partOf);
      const unknown = given.filter((key) => !keys.includes(key));
      if (missing.length) add('inputs', `Isian ${question.code} belum lengkap: ${missing.join(', ')}.`);
      if (unknown.length) add('inputs', `Isian "${unknown.join(', ')}" tidak ada di ${question.code}; yang ada: ${keys.join(', ')}.`);
    } else if (entry.inputs !== undefined) add('inputs', `Pertanyaan ${question.code} bukan baris persentase; hapus inputs.`);
    if (question.answerType === 'nilai-0-4' && entry.value === undefined) add('value', `Pertanyaan ${question.code} diisi nilai survei 0 sampai 4 (value).`);
    if (question.answerType !== 'nilai-0-4' && entry.value !== undefined) add('value', `Pertanyaan ${question.code} tidak diisi nilai survei; hapus value.`);
    if (question.code.startsWith('B.') && !entry.source) add('source', `Baris Hasil ${question.code} wajib menyebut dokumen sumber angkanya (source), misalnya laporan survei IPAK dari lembaga survei.`);
  });

/** The unit's own assessment of a plan year: `content/<year>/lke/penilaian.yaml`. */
export const lkeAssessmentSchema = z.strictObject({
  answers: z
    .array(lkeAnswerSchema)
    .default([])
    .refine((answers) => new Set(answers.map((a) => a.question)).size === answers.length, 'Satu pertanyaan LKE dijawab lebih dari sekali.'),
});

export type LkeMappingData = z.output<typeof lkeMappingSchema>;
export type LkeAnswer = z.output<typeof lkeAnswerSchema>;
export type LkeAssessmentData = z.output<typeof lkeAssessmentSchema>;
