import { z } from 'astro/zod';
import { areaCode, componentCode, indicatorCode } from './shared.ts';

/** `/data/<year>/rencana-aksi.json`: a public contract. Field names never change. */
export const planExportSchema = z
  .object({
    year: z.number().int().describe('Tahun rencana aksi'),
    decree: z
      .object({
        issuer: z.string(),
        // null: a particular staff have not filled in yet for a year imported from the office's sheet
        number: z.number().int().nullable().describe('Nomor keputusan; null bila belum diisi'),
        year: z.number().int(),
        title: z.string().nullable().describe('Judul (tentang); null bila belum diisi'),
        place: z.string().nullable().describe('Tempat penetapan; null bila belum diisi'),
        date: z.iso.date().nullable().describe('Tanggal penetapan (YYYY-MM-DD); null bila belum diisi'),
        validUntil: z.iso.date().nullable().describe('Hari terakhir keputusan berlaku (YYYY-MM-DD); null bila belum diisi'),
        signatory: z.string().nullable().describe('Penanda tangan; null bila belum diisi'),
        url: z.string().describe('Alamat halaman keputusan di situs ini'),
      })
      .describe('Keputusan yang menetapkan rencana aksi'),
    areas: z.array(
      z.object({
        code: areaCode.describe('Kode area, angka Romawi'),
        title: z.string(),
        team: z.string().describe('Tim penanggung jawab'),
        weight: z.number().describe('Bobot area dalam LKE (dari 60)'),
        lkeName: z.string().describe('Nama area dalam LKE'),
        url: z.string(),
        components: z.array(
          z.object({
            id: componentCode.describe('Kode komponen, mis. V.3'),
            title: z.string(),
            url: z.string(),
            indicators: z.array(
              z.object({
                id: indicatorCode.describe('Kode indikator, mis. V.3.2'),
                text: z.string(),
                url: z.string(),
                months: z.array(z.number().int().min(1).max(12)).describe('Gabungan bulan semua langkah aksi'),
                actions: z.array(
                  z.object({
                    step: z.string().describe('Langkah aksi'),
                    evidence: z.string().nullable().describe('Bukti fisik; null bila keputusan tidak menyebutkannya'),
                    months: z.array(z.number().int().min(1).max(12)),
                    monthsNote: z
                      .string()
                      .nullable()
                      .describe(
                        'Catatan pembacaan bulan: null bila setiap tanda √ berada di kolom bulan (kolom 6–17 tabel); ' +
                          'bila tidak, kolom asli tanda itu dan cara membacanya (lihat /<tahun>/catatan-pembacaan/)',
                      ),
                  }),
                ),
              }),
            ),
          }),
        ),
      }),
    ),
  })
  .describe('Rencana Aksi Pembangunan Zona Integritas');

export type PlanExport = z.infer<typeof planExportSchema>;

/** Columns of `/data/<year>/rencana-aksi.csv`, one row per action step. */
export const PLAN_CSV_COLUMNS = [
  'tahun',
  'area',
  'judul_area',
  'tim',
  'komponen',
  'judul_komponen',
  'indikator',
  'teks_indikator',
  'langkah_ke',
  'langkah_aksi',
  'bukti_fisik',
  'bulan',
  'catatan_bulan',
] as const;
