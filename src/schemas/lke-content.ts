import { z } from 'astro/zod';
import { indicatorCode } from './shared.ts';
import { calendarDate, evidenceId } from './note.ts';
import { answerOptions, lkeQuestion } from '../lib/lke/lke.ts';
import { ANSWER_TYPES } from './lke.ts';

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

/** What every answer carries, whatever its type. */
const answerBase = {
  question: questionCode,
  /** The document a Hasil number comes from (survey report, performance report). */
  source: z.string().trim().min(5, 'Sumber (source) paling sedikit 5 huruf.').max(300, 'Sumber (source) paling banyak 300 huruf; sebut judul dokumennya saja.').optional(),
  // bounded so a page stays within its size budget, whatever staff write
  justification: z.string().trim().min(10, 'Alasan (justification) paling sedikit 10 huruf.').max(400, 'Alasan (justification) paling banyak 400 huruf; uraian panjang taruh di bukti.'),
  evidence: z.array(evidenceId).max(3, 'Paling banyak 3 bukti per pertanyaan; pilih yang paling langsung menjawabnya.').default([]),
  /** When the answer was last changed. */
  updated: calendarDate,
};

const choice = <T extends string>(type: T, options: [string, ...string[]]) =>
  z.strictObject({
    jenis: z.literal(type),
    ...answerBase,
    answer: z.enum(options, { error: `Jawaban pertanyaan berjenis ${type} adalah salah satu dari: ${options.join(', ')}.` }),
  });

/** One number of a percentage row, by the input's key (see the question in /data/lke.json). */
const inputValue = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/, 'Kunci isian ditulis seperti di /data/lke.json, misalnya "jumlah-agen-perubahan".'),
  value: z.number({ error: 'Isian berupa angka.' }).min(0, 'Isian tidak boleh negatif.'),
});

/**
 * One answer of the unit's own assessment (penilaian mandiri). `jenis` is the question's answer type
 * and decides what the answer is: an option of that type, the numbers of a percentage row, or a
 * survey index; the form offers exactly those.
 */
export const lkeAnswerSchema = z
  .discriminatedUnion('jenis', [
    choice('Ya/Tidak', ['Ya', 'Tidak']),
    choice('A/B/C', ['A', 'B', 'C']),
    choice('A/B/C/D', ['A', 'B', 'C', 'D']),
    choice('A/B/C/D/E', ['A', 'B', 'C', 'D', 'E']),
    z.strictObject({ jenis: z.literal('persen'), ...answerBase, inputs: z.array(inputValue).min(1, 'Isi angka-angka baris persentase ini.') }),
    z.strictObject({
      jenis: z.literal('nilai-0-4'),
      ...answerBase,
      value: z.number({ error: 'Nilai survei berupa angka 0 sampai 4.' }).min(0, 'Nilai survei paling kecil 0.').max(4, 'Nilai survei paling besar 4.'),
    }),
  ], { error: `Jenis jawaban (jenis) harus salah satu dari: ${ANSWER_TYPES.join(', ')}.` })
  .superRefine((entry, ctx) => {
    const question = lkeQuestion(entry.question);
    if (!question) return;
    const add = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (question.answerType !== entry.jenis) {
      add('jenis', `Pertanyaan ${question.code} berjenis ${question.answerType}, bukan ${entry.jenis}; pilih jenis ${question.answerType}${answerOptions(question).length ? ` (pilihan: ${answerOptions(question).join(', ')})` : ''}.`);
      return;
    }
    if (entry.jenis === 'persen') {
      const keys = question.inputs.map((input) => input.key);
      const given = entry.inputs.map((input) => input.key);
      const missing = question.inputs.filter((input) => !input.partOf && !given.includes(input.key)).map((input) => input.key);
      const unknown = given.filter((key) => !keys.includes(key));
      const twice = given.filter((key, index) => given.indexOf(key) !== index);
      if (missing.length) add('inputs', `Isian ${question.code} belum lengkap: ${missing.join(', ')}.`);
      if (unknown.length) add('inputs', `Isian "${unknown.join(', ')}" tidak ada di ${question.code}; yang ada: ${keys.join(', ')}.`);
      if (twice.length) add('inputs', `Isian "${twice.join(', ')}" tertulis lebih dari sekali.`);
    }
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
