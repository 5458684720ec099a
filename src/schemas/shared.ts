import { z } from 'astro/zod';

// Staff read validation errors: every schema speaks Indonesian, including zod's built-in messages.
z.config(z.locales.id());

/** Area codes are Roman numerals as printed in the decree (I…VI, more in later plans). */
export const areaCode = z
  .string()
  .regex(/^(?:X{0,3})(?:IX|IV|V?I{0,3})$/, 'Kode area harus angka Romawi kapital, misalnya "V".')
  .refine((code) => code.length > 0, 'Kode area tidak boleh kosong.');

/** A component code: area code, dot, 1-based position, e.g. "V.3". */
export const componentCode = z
  .string()
  .regex(/^[IVX]+\.\d+$/, 'Kode komponen ditulis seperti "V.3" (kode area, titik, nomor urut).');

/** An indicator code: component code, dot, 1-based position, e.g. "V.3.2". */
export const indicatorCode = z
  .string()
  .regex(/^[IVX]+\.\d+\.\d+$/, 'Kode indikator ditulis seperti "V.3.2" (area.komponen.indikator).');

/** A calendar month of the plan year, 1 (Januari) to 12 (Desember). */
export const month = z
  .number({ error: 'Bulan harus berupa angka 1 sampai 12.' })
  .int('Bulan harus bilangan bulat 1 sampai 12.')
  .min(1, 'Bulan paling kecil 1 (Januari).')
  .max(12, 'Bulan paling besar 12 (Desember).');

/** A list of months, each listed once, in any order (sorted when read). */
export const months = z
  .array(month)
  .min(1, 'Isi paling sedikit satu bulan pelaksanaan (1–12).')
  .refine((list) => new Set(list).size === list.length, 'Bulan yang sama tertulis lebih dari sekali.')
  .transform((list) => [...list].sort((a, b) => a - b));

/**
 * What a correction is: `salah-ketik` fixes a misread or mistyped text (the source is plainly wrong);
 * `penulisan` only changes how it is written (capitals); `tafsiran` is a reading of the source that
 * another reader could make differently (e.g. "bulan Desember" read as 31 December). Pages list them apart.
 */
export const CORRECTION_KINDS = ['salah-ketik', 'penulisan', 'tafsiran'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** A correction of an obvious text-extraction error, kept so every change to the decree's wording is auditable. */
export const correction = z.strictObject({
  /** Which field was corrected, e.g. "title" or "indicators[0].actions[1].step". */
  field: z.string().min(1),
  /** The text exactly as extracted from the signed copy. */
  original: z.string(),
  /** The text as published here. */
  corrected: z.string(),
  /** Why, in one sentence. */
  reason: z.string().min(1),
  /** salah-ketik (default), penulisan or tafsiran; see CORRECTION_KINDS. */
  kind: z.enum(CORRECTION_KINDS, { error: `Jenis koreksi (kind) harus salah satu dari: ${CORRECTION_KINDS.join(', ')}.` }).default('salah-ketik'),
});

export type Correction = z.output<typeof correction>;

/** A full web address on https (no http, no relative path). */
export const httpsUrl = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: 'Alamat web harus URL lengkap yang diawali https://, misalnya https://www.lapor.go.id.',
});

/** An e-mail address. */
export const emailAddress = z.email({ error: 'Alamat e-mail tidak sah, contoh yang benar: nama@kpu.go.id.' });

/** A phone number as dialled in Indonesia: starts with 0 or +62. */
export const phoneNumber = z
  .string()
  .regex(/^(\+62|0)[0-9 ()-]{6,16}$/, 'Nomor telepon diawali 0 atau +62 dan hanya berisi angka, spasi, tanda kurung atau tanda hubung.');

/** An SMS number: a short code (e.g. 1708) or a mobile number starting with 0 or +62. */
export const smsNumber = z
  .string()
  .regex(/^(?:[1-9][0-9]{2,5}|(?:\+62|0)8[0-9 -]{7,14})$/, 'Nomor SMS berupa nomor pendek (misalnya 1708) atau nomor ponsel yang diawali 08 atau +628.');

/** The day a detail was last checked against its source, written YYYY-MM-DD. */
export const verifiedAt = z.coerce.date({ error: 'Tanggal pemeriksaan ditulis TTTT-BB-HH, misalnya 2022-06-30.' });
