import { z } from 'astro/zod';
import { CONTENT_KINDS } from '../lib/history/content-items.ts';

/** A commit as open data names it: its day (WIB) and short id; never its message or author. */
export const commitRefExport = z
  .object({
    date: z.iso.date().describe('Tanggal commit dalam WIB (YYYY-MM-DD)'),
    commit: z.string().regex(/^[0-9a-f]{7}$/).describe('Kode singkat commit (7 digit heksadesimal) di repositori isi'),
  })
  .describe('Perubahan di riwayat git: tanggal dan kode singkatnya');

const changelogItemExport = z.object({
  kind: z.enum(CONTENT_KINDS).describe('Jenis isi: catatan, bukti, survei, komponen, area, keputusan, kanal, panduan, rekap-pengaduan, satuan-kerja'),
  id: z.string().describe('Nama berkas isi tanpa akhiran (untuk survei: nama foldernya)'),
  title: z.string().describe('Judul saat ini; id bila isi itu sudah tidak ada'),
  url: z.string().nullable().describe('Alamat halamannya di situs ini (dengan base path); null untuk isi yang dihapus atau sudah tidak ada'),
});

/** `/data/riwayat.json`: a public contract. Field names never change. */
export const historyExportSchema = z
  .object({
    available: z.boolean().describe('false bila situs dibangun tanpa riwayat git (klon dangkal atau tanpa .git); commits lalu kosong'),
    commits: z
      .array(
        commitRefExport.extend({
          added: z.array(changelogItemExport).describe('Isi yang ditambahkan'),
          changed: z.array(changelogItemExport).describe('Isi yang diubah (termasuk berkas bukti yang diganti)'),
          removed: z.array(changelogItemExport).describe('Isi yang dihapus; tetap tercatat di sini'),
        }),
      )
      .describe('Setiap commit yang mengubah isi yang diterbitkan, terbaru dahulu'),
  })
  .describe('Riwayat perubahan isi situs Zona Integritas');

export type HistoryExport = z.infer<typeof historyExportSchema>;
