import { z } from 'astro/zod';
import { indicatorCode } from './shared.ts';

/** What a note says about the work: done, under way, or postponed. */
export const noteStatus = z.enum(['selesai', 'berjalan', 'tertunda'], {
  error: 'Status harus salah satu dari: selesai, berjalan, tertunda.',
});

/** A calendar date written YYYY-MM-DD; YAML may hand it over already as a date. */
export const calendarDate = z
  .preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z.iso.date({ error: 'Tanggal ditulis YYYY-MM-DD dan harus tanggal yang ada, misalnya 2022-04-28.' }),
  )
  .transform((text) => new Date(`${text}T00:00:00Z`));

/** An evidence item's id: its file name without `.yaml`, e.g. "sk-tim-zi". */
export const evidenceId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Id bukti ditulis seperti nama berkasnya tanpa ".yaml", huruf kecil dan tanda hubung, misalnya "sk-tim-zi".');

/** A progress note: `content/<year>/catatan/<slug>.mdx`; the MDX body says what was done. */
export const noteSchema = z.strictObject({
  /** Short headline of what was done. */
  title: z.string({ error: 'Judul (title) wajib diisi.' }).trim().min(3, 'Judul (title) paling sedikit 3 huruf.'),
  /** When the work happened (YYYY-MM-DD); its month is the timeline cell. */
  date: calendarDate,
  /** Codes of the indicators the work belongs to, as printed in that year's plan, e.g. [V.3.2]. */
  indicators: z
    .array(indicatorCode, { error: 'Tulis kode indikator sebagai daftar, misalnya [V.3.2].' })
    .min(1, 'Sebutkan paling sedikit satu kode indikator, misalnya [V.3.2].')
    .refine((codes) => new Set(codes).size === codes.length, 'Kode indikator yang sama tertulis lebih dari sekali.'),
  /** selesai | berjalan | tertunda. */
  status: noteStatus,
  /** Ids of the evidence items that document the work (file names under `bukti/`, without `.yaml`). */
  evidence: z.array(evidenceId).default([]),
  /** The team that did the work, as named in the plan (e.g. "Tim Pengawasan"). */
  team: z.string().trim().min(3).optional(),
});

export type NoteStatus = z.output<typeof noteStatus>;
export type NoteData = z.output<typeof noteSchema>;
