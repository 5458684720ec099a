import { z } from 'astro/zod';
import { indicatorCode, month } from './shared.ts';
import { noteStatus } from './note.ts';

/** `/data/kemajuan.json`: a public contract. Field names never change. */
export const progressExportSchema = z
  .object({
    asOf: z.iso.date().describe('Tanggal acuan (YYYY-MM-DD): status dihitung per tanggal ini'),
    notes: z.array(
      z.object({
        id: z.string().describe('Id catatan = nama berkasnya, juga bagian alamatnya'),
        title: z.string(),
        date: z.iso.date().describe('Tanggal pekerjaan (YYYY-MM-DD)'),
        indicators: z.array(indicatorCode).describe('Kode indikator rencana tahun catatan'),
        status: noteStatus.describe('selesai | berjalan | tertunda'),
        url: z.string().describe('Alamat halaman catatan di situs ini'),
      }),
    ).describe('Semua catatan kemajuan, terbaru lebih dulu'),
    indicators: z.array(
      z.object({
        id: indicatorCode.describe('Kode indikator, mis. V.3.2'),
        year: z.number().int().describe('Tahun rencana aksi'),
        planned: z.array(month).describe('Bulan yang dijadwalkan (1–12)'),
        reported: z.array(month).describe('Bulan yang memiliki paling sedikit satu catatan per tanggal acuan'),
        status: z
          .enum(['selesai', 'berjalan', 'tertunda', 'belum-ada-laporan', 'dijadwalkan'])
          .describe('Status catatan terakhir; tanpa catatan: belum-ada-laporan bila ada bulan terjadwal yang sudah lewat, selain itu dijadwalkan'),
      }),
    ).describe('Setiap indikator dari setiap rencana aksi'),
  })
  .describe('Kemajuan Rencana Aksi Pembangunan Zona Integritas');

export type ProgressExport = z.infer<typeof progressExportSchema>;
