import { z } from 'astro/zod';
import { month } from './shared.ts';

const counts = {
  received: z.number().int().describe('Pengaduan diterima'),
  followedUp: z.number().int().describe('Pengaduan ditindaklanjuti'),
  finished: z.number().int().describe('Pengaduan selesai'),
};

/** `/data/pengaduan.json`: a public contract. Field names never change. */
export const complaintsExportSchema = z.object({
  channels: z.array(z.object({ id: z.string().describe('Kode kanal'), name: z.string(), url: z.string().describe('Alamat kartu kanal di situs ini') })),
  years: z.array(
    z.object({
      year: z.number().int(),
      totals: z.object(counts).describe('Jumlah setahun, semua kanal'),
      rows: z.array(
        z.object({
          month,
          channel: z.string().describe('Kode kanal, lihat channels'),
          ...counts,
          medianWorkingDays: z.number().nullable().describe('Median hari kerja sampai pengaduan dijawab; null bila tidak ada yang dijawab'),
        }),
      ),
    }),
  ),
});

export type ComplaintsExport = z.output<typeof complaintsExportSchema>;
