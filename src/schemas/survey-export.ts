import { z } from 'astro/zod';

/** One survey in `/data/survei.json`: a public contract. Field names never change. */
export const surveyExportSchema = z
  .object({
    id: z.string().describe('Pengenal survei (nama foldernya)'),
    title: z.string(),
    start: z.iso.date().describe('Hari pertama periode survei (YYYY-MM-DD)'),
    end: z.iso.date().describe('Hari terakhir periode survei (YYYY-MM-DD)'),
    type: z.enum(['skm', 'ipak', 'ipkp']),
    official: z.boolean().describe('true: survei tim penilai nasional/BPS; false: survei internal'),
    respondents: z.number().int().nullable().describe('Jumlah responden; null untuk IPAK/IPKP'),
    unsur: z
      .array(
        z.object({
          code: z.string().describe('U1…U9'),
          name: z.string().describe('Nama unsur (PermenPANRB 14/2017)'),
          nrr: z.number().describe('Nilai rata-rata unsur, 1–4, presisi penuh'),
        }),
      )
      .describe('Kosong untuk IPAK/IPKP'),
    ikm: z.number().nullable().describe('IKM (25–100), presisi penuh; null untuk IPAK/IPKP'),
    grade: z.enum(['A', 'B', 'C', 'D']).nullable().describe('Mutu pelayanan dari IKM dibulatkan 2 desimal'),
    url: z.string().describe('Alamat halaman survei di situs ini'),
  })
  .describe('Hasil survei');

export type SurveyExport = z.infer<typeof surveyExportSchema>;

/** Columns of `/survei/<id>/hasil.csv`: one row per aggregate (unsur, IKM, profile category, index). */
export const SURVEY_CSV_COLUMNS = ['survei', 'bagian', 'kode', 'label', 'jumlah', 'nilai'] as const;
