import { z } from 'astro/zod';
import { indicatorCode } from './shared.ts';

/** Kinds of evidence shown to visitors; inferred from the file or link when a YAML file leaves it out. */
export const EVIDENCE_KINDS = ['dokumen', 'foto', 'tangkapan-layar', 'video', 'tautan'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** A published file name: lower-case letters, digits, "-", "_" and ".", with an extension. Safe in every URL and shell. */
export const SAFE_FILE_NAME = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*\.[a-z0-9]+$/;

const fileName = z
  .string()
  .regex(
    SAFE_FILE_NAME,
    'Nama berkas hanya boleh berisi huruf kecil a–z, angka, "-", "_" dan ".", dan harus berakhiran jenis berkas (mis. ".pdf"). Ganti nama berkasnya, misalnya "Daftar Hadir Rapat (1).PDF" menjadi "daftar-hadir-rapat-1.pdf", lalu tulis nama baru itu di sini.',
  );

/**
 * An `https://` address, or a path of this site: "/" not followed by "/" or "\\" (browsers open
 * "//host" and "/\\host" on another host), with no space or backslash anywhere.
 */
export function isEvidenceLink(value: string): boolean {
  if (/^\/(?![/\\])[^\s\\]*$/.test(value)) return true;
  return /^https:\/\//i.test(value) && !/[\s\\]/.test(value) && URL.canParse(value) && new URL(value).protocol === 'https:';
}

const link = z
  .string()
  .refine(
    isEvidenceLink,
    'Tautan harus alamat lengkap yang diawali https://, atau alamat halaman situs ini yang diawali satu "/", misalnya "/2022/keputusan/". Alamat http://, "//…", "/\\…" dan alamat dengan spasi atau garis miring terbalik (\\) ditolak.',
  );

/**
 * One evidence item (bukti fisik): `content/<year>/bukti/<slug>.yaml`. The slug is its id and must be
 * unique across all years. Exactly one of `file` (a file next to this YAML) or `url`.
 */
export const evidenceSchema = z
  .strictObject({
    /** What the item is, as a visitor should read it. */
    title: z.string().trim().min(3, 'Judul (title) bukti wajib diisi, paling sedikit 3 huruf.'),
    /** Date of the document or activity (YYYY-MM-DD). */
    date: z.coerce.date({ error: 'Tanggal (date) ditulis TTTT-BB-HH, misalnya 2022-04-28.' }),
    /** Codes of the indicators it is evidence for, e.g. [II.1.1]. */
    indicators: z
      .array(indicatorCode)
      .min(1, 'Sebutkan paling sedikit satu kode indikator, misalnya indicators: [II.1.1].')
      .refine((codes) => new Set(codes).size === codes.length, 'Kode indikator yang sama tertulis lebih dari sekali.'),
    /** Name of the published file, placed in the same folder as this YAML. */
    file: fileName.optional(),
    /** Address of evidence published elsewhere (KPU website, social media) or on this site ("/…"). */
    url: link.optional(),
    /** dokumen, foto, tangkapan-layar, video or tautan; inferred from the file or link when absent. */
    kind: z.enum(EVIDENCE_KINDS, { error: `Jenis (kind) harus salah satu dari: ${EVIDENCE_KINDS.join(', ')}.` }).optional(),
    /** A sentence on what the item shows. */
    description: z.string().trim().min(3).optional(),
    /**
     * Numbers of the indicator's action steps (1, 2, …) whose required evidence this item answers.
     * `[]` says the item answers none: a related document (e.g. the decree republished here, when
     * the step requires its publication elsewhere). It is listed with the indicator but never
     * counts towards the evidence status.
     */
    satisfies: z
      .array(z.number({ error: 'Isi satisfies dengan nomor langkah aksi, misalnya [1] atau [1, 2], atau [] untuk dokumen terkait yang tidak menjawab langkah mana pun.' }).int().positive())
      .optional(),
    /** True when the file shows personal data (names, signatures, faces…). */
    personalData: z.boolean().default(false),
    /** True when personal data has been blacked out (disamarkan) in the published file. */
    redacted: z.boolean().default(false),
    /** True when a photo may keep the GPS position in its EXIF data (e.g. a public building whose place is no secret). */
    lokasiBoleh: z.boolean().default(false),
  })
  .superRefine((item, ctx) => {
    if (item.file && item.url) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'Isi salah satu saja: file (berkas di folder yang sama) ATAU url (tautan). Hapus salah satunya.' });
    } else if (!item.file && !item.url) {
      ctx.addIssue({ code: 'custom', path: ['file'], message: 'Bukti memerlukan file (nama berkas di folder yang sama, mis. "notulen-rapat.pdf") atau url (tautan, mis. "https://…"). Isi salah satu.' });
    }
  });

export type EvidenceData = z.output<typeof evidenceSchema>;
