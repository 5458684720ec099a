import { describe, expect, it } from 'vitest';
import { ikmTrendChart, nrrChart, periodLabel, profileChart, wrapLabel } from '../../src/lib/survey/charts.ts';
import { PROFILE_MIN_COUNT, profileCounts } from '../../src/lib/survey/profile.ts';
import { parseResponses } from '../../src/lib/survey/responses.ts';
import { buildSurvey, type Survey } from '../../src/lib/survey/result.ts';
import { surveyAggregates, surveyAggregatesCsv, surveyToExport } from '../../src/lib/survey/export.ts';
import { surveyExportSchema } from '../../src/schemas/survey-export.ts';
import { surveySchema } from '../../src/schemas/survey.ts';

const CSV = [
  'tanggal,jenis_kelamin,usia,U1,U2,U3,U4,U5,U6,U7,U8,U9',
  '2023-05-02,Perempuan,23,4,4,3,4,4,4,4,3,3',
  '2023-05-03,Laki-laki,41,3,3,2,4,3,3,4,2,3',
  '2023-05-04,Perempuan,67,4,3,3,4,,4,4,3,4',
  '2023-05-05,,29,3,3,3,4,3,3,3,3,2',
].join('\n');

function skmSurvey(): Survey {
  const data = surveySchema.parse({ title: 'SKM uji', start: '2023-05-01', end: '2023-06-30', population: 100 });
  return buildSurvey('skm-uji', data, parseResponses(CSV).responses);
}

const href = (path: string) => `/base${path}`;

describe('nrrChart', () => {
  it('builds the bars and the table rows from the same nine unsur, in U1…U9 order', () => {
    const survey = skmSurvey();
    if (survey.result.kind !== 'skm') throw new Error('expected an SKM');

    const chart = nrrChart(survey.result);

    expect(chart.data.values).toEqual(survey.result.unsur.map((unsur) => unsur.nrr));
    expect(chart.table.rows.map((row) => row[0])).toEqual(survey.result.unsur.map((unsur) => `${unsur.code} ${unsur.name}`));
    // U5 was skipped once: 3 answers, (4 + 3 + 3) / 3 = 3,33
    expect(chart.table.rows[4]).toEqual(['U5 Produk Spesifikasi Jenis Pelayanan', '3', '3,33', '83,33', 'B (Baik)']);
    expect(chart.summary).toContain('tertinggi U4 Biaya/Tarif (4,00)');
  });
});

describe('ikmTrendChart', () => {
  it('plots only SKM surveys, oldest first, and tabulates the same points', () => {
    const skm = skmSurvey();
    const ipak = buildSurvey('ipak', surveySchema.parse({ title: 'IPAK', type: 'ipak', start: '2023-08-01', end: '2023-08-31', score: 3.7 }));

    const chart = ikmTrendChart([skm, ipak]);

    expect(chart.data.labels).toEqual(['Mei–Jun 2023']);
    expect(chart.table.rows).toHaveLength(1);
    expect(chart.table.rows[0]![0]).toBe('SKM uji');
  });
});

const times = (value: string, count: number) => Array.from({ length: count }, () => value);

describe('profileCounts', () => {
  it('groups numeric ages in ten-year bands, in age order, small bands together, empty cells last', () => {
    expect(profileCounts('usia', [...times('23', 5), ...times('41', 6), '67', ...times('29', 5), ''])).toEqual([
      { label: '20–29 tahun', count: 10 },
      { label: '40–49 tahun', count: 6 },
      { label: 'Lainnya', count: 1 },
      { label: 'Tidak diisi', count: 1 },
    ]);
  });

  it('lists other categories largest first', () => {
    expect(profileCounts('jenis_kelamin', [...times('Perempuan', 7), ...times('Laki-laki', 5)])).toEqual([
      { label: 'Perempuan', count: 7 },
      { label: 'Laki-laki', count: 5 },
    ]);
  });

  it(`never shows a category of fewer than ${PROFILE_MIN_COUNT} respondents: free-text answers given by one person are counted as "Lainnya"`, () => {
    const occupations = [...Array.from({ length: 2000 }, (_, n) => `Pekerjaan unik ${n}`), ...times('Guru', 5), ...times('Pedagang', 4), 'Lainnya'];
    const counts = profileCounts('pekerjaan', occupations);

    expect(counts).toEqual([
      { label: 'Guru', count: 5 },
      { label: 'Lainnya', count: 2005 },
    ]);
    expect(counts.reduce((sum, { count }) => sum + count, 0)).toBe(occupations.length);
  });

  it('feeds a chart whose shares add up over all respondents', () => {
    const chart = profileChart('jenis_kelamin', profileCounts('jenis_kelamin', [...times('Perempuan', 10), ...times('Laki-laki', 5), ...times('', 5)]), 20);

    expect(chart.table.rows.map((row) => row[2])).toEqual(['50,0%', '25,0%', '25,0%']);
  });
});

describe('labels', () => {
  it('shortens a period to months and year', () => {
    expect(periodLabel(new Date('2022-12-01'), new Date('2022-12-30'))).toBe('Des 2022');
    expect(periodLabel(new Date('2022-11-01'), new Date('2023-01-31'))).toBe('Nov 2022–Jan 2023');
  });

  it('wraps a long unsur name for the chart axis', () => {
    expect(wrapLabel('U8 Penanganan Pengaduan, Saran dan Masukan')).toEqual(['U8 Penanganan', 'Pengaduan, Saran', 'dan Masukan']);
    expect(wrapLabel('U1 Persyaratan')).toBe('U1 Persyaratan');
  });
});

describe('survey open data', () => {
  it('publishes exactly the agreed fields, numbers at full precision', () => {
    const item = surveyToExport(skmSurvey(), href);

    expect(Object.keys(item)).toEqual(['id', 'title', 'start', 'end', 'type', 'official', 'respondents', 'unsur', 'ikm', 'grade', 'url']);
    expect(Object.keys(item.unsur[0]!)).toEqual(['code', 'name', 'nrr']);
    expect(item.unsur[4]!.nrr).toBe(10 / 3);
    expect(item).toMatchObject({ id: 'skm-uji', start: '2023-05-01', end: '2023-06-30', type: 'skm', official: false, respondents: 4, url: '/base/survei/skm-uji/' });
    expect(surveyExportSchema.safeParse(item).success).toBe(true);
  });

  it('gives IPAK/IPKP no IKM rather than a made-up one', () => {
    const ipkp = buildSurvey('ipkp', surveySchema.parse({ title: 'IPKP', type: 'ipkp', official: true, start: '2023-08-01', end: '2023-08-31', score: 3.42 }));

    expect(surveyToExport(ipkp, href)).toMatchObject({ respondents: null, unsur: [], ikm: null, grade: null });
    expect(surveyAggregates(ipkp, href)).toMatchObject({ score: 3.42, lke: (3.42 / 4) * 17.5 });
  });

  it('never publishes a respondent row in the aggregate downloads', () => {
    const survey = skmSurvey();

    const csv = surveyAggregatesCsv(survey);
    const json = JSON.stringify(surveyAggregates(survey, href));

    for (const text of [csv, json]) {
      expect(text).not.toContain('2023-05-02');
      expect(text).not.toContain('4,4,3,4,4,4,4,3,3');
    }
    expect(csv.split('\n')[0]).toBe('survei,bagian,kode,label,jumlah,nilai');
    expect(csv).toContain('skm-uji,unsur,U5,Produk Spesifikasi Jenis Pelayanan,3,3.3333333333333335');
  });
});
