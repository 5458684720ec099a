import { z } from 'astro/zod';
import { correction } from './shared.ts';
import { SAFE_FILE_NAME } from './evidence.ts';

/** "sumber/<safe file name>": the decree's source text, inside the year's `sumber/` folder. */
export const DECREE_SOURCE = new RegExp(`^sumber/${SAFE_FILE_NAME.source.slice(1, -1)}$`);

/** A numbered or lettered clause of the decree (Menimbang a, Mengingat 1, …). */
const clause = z.strictObject({
  /** The clause's label as printed: "a", "1", "KESATU". */
  label: z.string().min(1),
  /** The clause's text as decreed. */
  text: z.string().min(3),
});

/** A signature block: office, name and how the signature appears on the copy. */
const signature = z.strictObject({
  /** The office as printed, e.g. "Ketua Komisi Pemilihan Umum Kota Magelang". */
  office: z.string().min(3),
  /** The signatory's name. */
  name: z.string().min(3),
  /** How the signature appears on the certified copy, e.g. "ttd.". */
  mark: z.string().optional(),
});

/**
 * Where a year's Lampiran was read from: `teks-keputusan`, the text extracted from the signed copy
 * (2022, scripts/import-decree.ts); `lembar-lampiran`, the office's Excel sheet (scripts/impor-rencana.ts),
 * whose source text has one line per sheet row.
 */
export const DECREE_SOURCE_KINDS = ['teks-keputusan', 'lembar-lampiran'] as const;

/**
 * The decree that sets a year's plan: `content/<year>/keputusan.yaml`. A year imported from the
 * office's sheet may lack particulars (number, date, signatory, …) until staff fill them in: the
 * site then says "belum diisi" where they belong, and the build passes.
 */
export const decreeSchema = z.strictObject({
  /** Issuing body as printed in the heading. */
  issuer: z.string().min(3),
  /** Decree number, e.g. 9; absent until staff fill it in (an imported year: "belum diisi" on the site). */
  number: z.number().int().positive().optional(),
  /** Year of the decree and of the plan it sets. */
  year: z.number().int().min(2000).max(2100),
  /** TENTANG: the subject, as decreed. */
  title: z.string().min(3).optional(),
  /** Who decides, as printed above Menimbang. */
  decisionMaker: z.string().min(3).optional(),
  /** Menimbang. */
  considering: z.array(clause).default([]),
  /** Mengingat: the legal basis. */
  recalling: z.array(clause).default([]),
  /** Memperhatikan. */
  noting: z.array(z.string().min(3)).default([]),
  /** MEMUTUSKAN: Menetapkan. */
  enacts: z.string().min(3).optional(),
  /** MEMUTUSKAN: the numbered dicta (KESATU, KEDUA, …). */
  dicta: z.array(clause).default([]),
  /** Where it was set (Ditetapkan di). */
  place: z.string().min(2).optional(),
  /** When it was set (pada tanggal). */
  date: z.coerce.date().optional(),
  /** Last day it is in force, read from its validity dictum. */
  validUntil: z.coerce.date().optional(),
  /** Signature of the decree. */
  signedBy: signature.optional(),
  /** The certification block of the copy ("Salinan sesuai dengan aslinya"). */
  certifiedCopy: z
    .strictObject({
      statement: z.string().min(3),
      office: z.string().min(3),
      position: z.string().min(3),
      name: z.string().min(3),
    })
    .optional(),
  /** Heading of the Lampiran (the action plan table). */
  annexTitle: z.string().min(3),
  /**
   * Path of the source text, relative to this file: always a file in the year's `sumber/` folder.
   * It is published as it is (/<year>/keputusan/sumber.txt), so a path leaving that folder ("../…",
   * an absolute path) would publish any file the build can read.
   */
  source: z
    .string()
    .regex(DECREE_SOURCE, {
      error: (issue) =>
        `Teks sumber harus berkas di folder "sumber" tahun ini, ditulis "sumber/<nama-berkas>.txt" (huruf kecil a–z, angka, "-", "_" dan "."), misalnya "sumber/keputusan-kpu-kota-magelang-9-2022.txt"; tertulis "${String(issue.input)}". Path lain, seperti "../…" atau path yang diawali "/", tidak diterima.`,
    }),
  /** What `source` is (see DECREE_SOURCE_KINDS). */
  sourceKind: z.enum(DECREE_SOURCE_KINDS).default('teks-keputusan'),
  /** Extraction errors fixed in this file, for audit. */
  corrections: z.array(correction).default([]),
});

export type Decree = z.output<typeof decreeSchema>;
