import { z } from 'astro/zod';
import { month } from './shared.ts';

const count = z.number({ error: 'Isi dengan angka.' }).int('Isi dengan bilangan bulat.').min(0, 'Jumlah tidak boleh negatif.');

/** One channel's figures for one month. */
export const recapRowSchema = z.strictObject({
  /** Month, 1–12. */
  month,
  /** Channel id: a file name in content/kanal/ (e.g. lapor). */
  channel: z.string().min(2),
  /** Complaints received in the month. */
  received: count,
  /** Complaints followed up (ditindaklanjuti) in the month. */
  followedUp: count,
  /** Complaints finished (selesai) in the month. */
  finished: count,
  /** Median working days from receipt to answer; leave out when nothing was answered. */
  medianWorkingDays: z.number().min(0, 'Median hari kerja tidak boleh negatif.').optional(),
});

/** A year's complaint recap: `content/pengaduan/<year>.yaml`. An empty list is an honest "no figures yet". */
export const complaintRecapSchema = z
  .strictObject({
    /** Monthly figures per channel. */
    rows: z.array(recapRowSchema).default([]),
  })
  .superRefine((recap, ctx) => {
    const seen = new Set<string>();
    recap.rows.forEach((row, index) => {
      const key = `${row.month}/${row.channel}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['rows', index], message: `Bulan ${row.month} kanal "${row.channel}" sudah tertulis di baris lain. Satu baris per bulan per kanal.` });
      seen.add(key);
    });
  });

export type RecapRow = z.output<typeof recapRowSchema>;
export type ComplaintRecap = z.output<typeof complaintRecapSchema>;
