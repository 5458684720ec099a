import { z } from 'astro/zod';
import { correction } from './shared.ts';

/**
 * The Lembar Kerja Evaluasi (LKE) of PermenPANRB 90/2021, Lampiran III, as data: written by
 * `scripts/import-lke.ts` into `src/data/lke.json`, read by the build through this schema.
 */

/** How a question is answered, as printed in the LKE's "Pilihan Jawaban" column. */
export const ANSWER_TYPES = ['Ya/Tidak', 'A/B/C', 'A/B/C/D', 'A/B/C/D/E', 'persen', 'nilai-0-4'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** A reading made where the LKE does not spell out a rule; `sama` quotes the LKE, `tafsiran` is ours. */
export const lkeReading = z.strictObject({
  kind: z.enum(['sama', 'tafsiran']),
  /** What was read, in Indonesian. */
  text: z.string().min(3),
  /** Why, in Indonesian (required for a tafsiran). */
  reason: z.string().min(3).optional(),
});

/** One answer option with its criterion ("a. Jika …"). */
export const lkeOption = z.strictObject({
  option: z.string().regex(/^(Ya|Tidak|[A-E])$/),
  text: z.string().min(1),
});

/** One numeric input of a Reform percentage row ("- Jumlah Agen Perubahan"). */
export const lkeInput = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(3),
  /** The value in the regulation's filled-in example. */
  example: z.number(),
  /** Indented under another input (a breakdown of it), e.g. "Kepala satuan kerja" under "Jumlah yang harus melaporkan". */
  partOf: z.string().optional(),
});

/** How a percentage row is computed from its inputs. */
export const lkeFormula = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rasio'), numerator: z.string(), denominator: z.string(), reading: lkeReading }),
  z.strictObject({ kind: z.literal('penurunan'), previous: z.string(), current: z.string(), reading: lkeReading }),
]);

export const lkeQuestion = z.strictObject({
  /** Stable id in LKE row order, e.g. "A.I.1.i.a" (component.part.area.sub-component.letter). */
  code: z.string().regex(/^[AB]\.[IV]+(\.\d)?\.[ivx]+\.[a-z]$|^B\.[IV]+\.[a-z]$/),
  /** The row's label as printed: "a.", "b", "-", "i." … */
  printed: z.string(),
  text: z.string().min(3),
  answerType: z.enum(ANSWER_TYPES),
  /** The explanation column (Penjelasan) where it is not a list of options. */
  explanation: z.string().optional(),
  /** The criteria of each option, in order (empty for numeric rows). */
  options: z.array(lkeOption),
  inputs: z.array(lkeInput).default([]),
  formula: lkeFormula.optional(),
  /** The regulation's filled-in example: the answer and its value (Nilai column). */
  example: z.strictObject({ answer: z.string(), value: z.number() }),
  /** 1-based PDF page the row starts on. */
  page: z.number().int(),
});

export const lkeSubcomponent = z.strictObject({
  code: z.string(),
  /** "i.", "ii." … as printed (the Hasil rows: "a", "b"). */
  printed: z.string(),
  part: z.string(),
  /** Area number 1–6 of the pengungkit; null for the Hasil rows. */
  area: z.number().int().min(1).max(6).nullable(),
  name: z.string().min(3),
  weight: z.number().positive(),
  questions: z.array(lkeQuestion).min(1),
});

export const lkePart = z.strictObject({
  code: z.string(),
  component: z.enum(['A', 'B']),
  name: z.string().min(3),
  weight: z.number().positive(),
});

export const lkeArea = z.strictObject({
  number: z.number().int().min(1).max(6),
  name: z.string().min(3),
  /** Sum of its Pemenuhan and Reform weights. */
  weight: z.number().positive(),
  /** Its weight in each part, keyed by part code. */
  weights: z.record(z.string(), z.number().positive()),
});

/** One row of Tabel 6 (Lampiran II): a requirement for the Menuju WBK / Menuju WBBM predicate. */
export const lkeRequirement = z.strictObject({
  key: z.enum(['total', 'pengungkit', 'area', 'hasil-bersih', 'ipak', 'kinerja', 'hasil-pelayanan']),
  label: z.string().min(3),
  wbk: z.number(),
  wbbm: z.number(),
  /** `poin` compares a score; `persen-bobot` compares each area's score to its weight. */
  unit: z.enum(['poin', 'persen-bobot']),
  /** What the row adds in the table ("survey 3,60", "Telah mendapatkan predikat Menuju WBK"). */
  note: z.strictObject({ wbk: z.string().optional(), wbbm: z.string().optional() }).default({}),
});

export const lkeSchema = z.strictObject({
  source: z.strictObject({
    title: z.string(),
    lampiran: z.string(),
    pdfSha256: z.string().regex(/^[0-9a-f]{64}$/),
    pages: z.tuple([z.number().int(), z.number().int()]),
  }),
  components: z.array(z.strictObject({ code: z.enum(['A', 'B']), name: z.string(), weight: z.number() })),
  parts: z.array(lkePart),
  areas: z.array(lkeArea),
  subcomponents: z.array(lkeSubcomponent),
  requirements: z.array(lkeRequirement),
  /** Every place the published text differs from the PDF's text layer, with why. */
  corrections: z.array(correction),
});

export type Lke = z.output<typeof lkeSchema>;
export type LkeQuestion = z.output<typeof lkeQuestion>;
export type LkeSubcomponent = z.output<typeof lkeSubcomponent>;
export type LkeRequirement = z.output<typeof lkeRequirement>;
export type LkeArea = z.output<typeof lkeArea>;
export type LkePart = z.output<typeof lkePart>;
