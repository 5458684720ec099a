import { z } from 'astro/zod';
import { indicatorCode } from './shared.ts';
import { EVIDENCE_KINDS } from './evidence.ts';
import { commitRefExport } from './history-export.ts';
import { EVIDENCE_HISTORY_CSV_COLUMNS } from '../lib/history/exports.ts';

/** `/data/<year>/bukti.json`: a public contract. Field names never change. */
export const evidenceExportSchema = z
  .object({
    year: z.number().int().describe('Tahun rencana aksi'),
    indicators: z.array(
      z.object({
        id: indicatorCode.describe('Kode indikator, mis. II.1.1'),
        required: z.string().describe('Bukti fisik menurut keputusan; beberapa langkah dipisah "; "'),
        status: z.enum(['lengkap', 'sebagian', 'belum']).describe('Status bukti menurut aturan di halaman register'),
        items: z.array(
          z.object({
            id: z.string().describe('Nama berkas YAML bukti tanpa ".yaml"'),
            title: z.string(),
            date: z.iso.date().describe('Tanggal dokumen atau kegiatan (YYYY-MM-DD)'),
            url: z.string().describe('Alamat berkas di situs ini (dengan base path) atau tautan luar'),
            bytes: z.number().int().nullable().describe('Ukuran berkas; null untuk tautan'),
            sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable().describe('SHA-256 berkas; null untuk tautan'),
            mediaType: z.string().nullable().describe('Jenis media berkas; null untuk tautan'),
            kind: z.enum(EVIDENCE_KINDS),
            pages: z.number().int().nullable().describe('Jumlah halaman PDF; null bila bukan PDF'),
            related: z
              .boolean()
              .describe('true: dokumen terkait yang tidak menjawab langkah aksi mana pun (satisfies: []); tidak dihitung dalam status'),
            // from the git history
            published: commitRefExport.nullable().describe('Commit pertama yang menambahkan bukti ini ke situs; null bila riwayat tidak tersedia'),
            changed: commitRefExport.nullable().describe('Commit terakhir yang mengubah data atau berkasnya; null bila riwayat tidak tersedia'),
            earlierFiles: z
              .array(
                z.object({
                  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 versi berkas sebelumnya'),
                  from: commitRefExport.describe('Sejak kapan versi ini tayang'),
                  until: commitRefExport.describe('Commit yang menggantinya'),
                }),
              )
              .describe('Versi berkas yang pernah tayang lalu diganti, terlama dahulu; kosong bila berkas tidak pernah diganti'),
          }),
        ),
      }),
    ),
  })
  .describe('Register bukti fisik Zona Integritas');

export type EvidenceExport = z.infer<typeof evidenceExportSchema>;

/** Columns of `/data/<year>/bukti.csv`, one row per evidence item. */
export const EVIDENCE_CSV_COLUMNS = [
  'tahun',
  'id',
  'indikator',
  'judul',
  'tanggal',
  'jenis',
  'url',
  'bytes',
  'sha256',
  'media_type',
  'halaman',
  'langkah',
  'data_pribadi',
  'disamarkan',
  'terkait',
  // from the git history: dates (WIB) and short commit ids
  ...EVIDENCE_HISTORY_CSV_COLUMNS,
] as const;
