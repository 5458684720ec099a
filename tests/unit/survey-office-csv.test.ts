import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseResponses } from '../../src/lib/survey/responses.ts';
import { parseSurveyDate } from '../../src/lib/survey/survey-date.ts';
import { headerMeaning } from '../../src/lib/survey/headers.ts';
import { buildSurvey, type SkmResult } from '../../src/lib/survey/result.ts';
import { surveySchema } from '../../src/schemas/survey.ts';
import { officeCsvExport, unicodeTextExport } from '../fixtures/office-export.ts';

const CLEAN = readFileSync('tests/fixtures/demo/survei/skm-2022-desember/responses.csv', 'utf8');
const meta = surveySchema.parse({ title: 'Survei uji', start: '2022-12-01', end: '2022-12-31' });
const HEADER = 'U1,U2,U3,U4,U5,U6,U7,U8,U9';
const ROW = '4,3,3,4,3,3,4,3,3';

function skm(raw: string | Buffer): SkmResult {
  const { responses, issues } = parseResponses(raw);
  expect(issues.filter((issue) => !issue.level)).toEqual([]);
  const { result } = buildSurvey('uji', meta, responses);
  if (result.kind !== 'skm') throw new Error('expected an SKM');
  return result;
}

describe('survey CSV as offices export it', () => {
  const clean = skm(Buffer.from(CLEAN));

  it('reads the Excel CSV export (BOM, semicolons, CRLF, DD/MM/YYYY, Indonesian headers) exactly as the clean file', () => {
    const office = officeCsvExport(CLEAN);
    expect(office.toString('utf8')).toMatch(/^\uFEFFNo;Tanggal;Jenis Kelamin;Usia;Pendidikan Terakhir;.*;Unsur 1;.*Unsur 9\r\n1;03\/12\/2022;/);

    const result = skm(office);

    expect(result.respondents).toBe(96);
    expect(result.ikm).toBe(clean.ikm);
    expect(result.unsur).toEqual(clean.unsur);
    expect(result.profile).toEqual(clean.profile);
    expect(result.profile.map((item) => item.column)).toContain('jenis_kelamin');
  });

  it('reads Excel "Unicode Text" (UTF-16 LE with BOM, tab-separated) the same way', () => {
    const result = skm(unicodeTextExport(CLEAN));

    expect(result.ikm).toBe(clean.ikm);
    expect(result.profile).toEqual(clean.profile);
  });

  it('reads UTF-16 BE with BOM', () => {
    const le = unicodeTextExport(CLEAN);
    const be = Buffer.from(le);
    be.swap16();

    expect(skm(be).ikm).toBe(clean.ikm);
  });

  it('keeps the response dates in the file, converted to YYYY-MM-DD', () => {
    const { responses } = parseResponses(officeCsvExport(CLEAN));
    const cleanDates = parseResponses(CLEAN).responses!.dates;

    expect(responses!.dates).toEqual(cleanDates);
  });

  it('refuses UTF-16 without a BOM and ANSI text with a message on how to re-save', () => {
    const noBom = unicodeTextExport(CLEAN).subarray(2);
    const ansi = Buffer.from(`layanan;${HEADER.replaceAll(',', ';')}\nPelayanan Pemilih Difabel \xe9;${ROW.replaceAll(',', ';')}\n`, 'latin1');

    expect(parseResponses(noBom).issues).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/UTF-16 tanpa penanda.*CSV UTF-8/) })]);
    expect(parseResponses(ansi).issues).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/tidak disimpan sebagai UTF-8.*CSV UTF-8/) })]);
  });
});

describe('header names', () => {
  it.each([
    ['U1', 'U1'], ['u 1', 'U1'], ['Unsur 1', 'U1'], ['P1', 'U1'], ['Q1', 'U1'], ['Persyaratan', 'U1'], ['U1. Persyaratan', 'U1'],
    ['Sistem, Mekanisme, dan Prosedur', 'U2'], ['BIAYA/TARIF', 'U4'], ['Unsur 9', 'U9'], ['Sarana dan Prasarana', 'U9'],
    ['Jenis Kelamin', 'jenis_kelamin'], ['JK', 'jenis_kelamin'], ['Umur', 'usia'], ['Usia', 'usia'], ['Pendidikan Terakhir', 'pendidikan'],
    ['Tanggal', 'tanggal'], ['Tgl', 'tanggal'], ['No', 'ignore'],
  ])('"%s" means %s', (cell, meaning) => {
    expect(headerMeaning(cell)).toBe(meaning);
  });

  it('does not take a number with another unsur’s name for either', () => {
    expect(headerMeaning('U1 Biaya')).toBeUndefined();
    expect(headerMeaning('U10')).toBeUndefined();
  });

  it('reads P1…P9 headers', () => {
    const { responses, issues } = parseResponses(`${HEADER.replaceAll('U', 'P')}\n${ROW}\n`);
    expect(issues).toEqual([]);
    expect(responses!.respondents).toBe(1);
  });

  it('refuses two columns that both mean U3, naming both', () => {
    const { responses, issues } = parseResponses(`${HEADER},Waktu Penyelesaian\n${ROW},4\n`);

    expect(responses).toBeUndefined();
    expect(issues).toEqual([expect.objectContaining({ line: 1, column: 'Waktu Penyelesaian' })]);
    expect(issues[0]!.message).toMatch(/"U3" \(kolom C\) dan "Waktu Penyelesaian" \(kolom J\) sama-sama berarti U3/);
  });

  it('says once to rename unknown answer columns to U1…U9, not nine times', () => {
    const { issues } = parseResponses(`Jawaban 1,Jawaban 2,Jawaban 3,Jawaban 4,Jawaban 5,Jawaban 6,Jawaban 7,Jawaban 8,Jawaban 9\n${ROW}\n`);

    const errors = issues.filter((issue) => !issue.level);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/Ganti judul kolom jawaban menjadi U1 … U9/);
    expect(errors[0]!.message).toContain('"Jawaban 1"');
  });
});

describe('dates', () => {
  it.each([
    ['2022-06-30', '2022-06-30'], ['30/06/2022', '2022-06-30'], ['8/1/2022', '2022-01-08'], ['08/01/2022', '2022-01-08'],
    ['30-06-2022', '2022-06-30'], ['30.06.2022', '2022-06-30'], ['30/06/2022 10:15:02', '2022-06-30'], ['44742', '2022-06-30'],
  ])('reads %s as %s', (cell, iso) => {
    expect(parseSurveyDate(cell)).toBe(iso);
  });

  it.each(['06/30/2022', '31/02/2022', '2022-13-01', '12345', 'kemarin'])('refuses %s', (cell) => {
    expect(parseSurveyDate(cell)).toBeUndefined();
  });

  it('reports 30 rows with the same bad date as one message quoting the first value', () => {
    const rows = Array.from({ length: 30 }, (_, index) => `2022/${String(index + 1).padStart(2, '0')}/06,${ROW}`);
    const { issues } = parseResponses(`Tanggal,${HEADER}\n${rows.join('\n')}\n`);

    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 2, column: 'Tanggal' });
    expect(issues[0]!.message).toMatch(/^baris 2–31 \(30 baris\): Tanggal tidak dapat dibaca: Anda menulis "2022\/01\/06"/);
  });

  it('groups answers outside 1–4 in one column and lists scattered lines', () => {
    const csv = `${HEADER}\n${ROW.replace(/^4/, '5')}\n${ROW}\n${ROW.replace(/^4/, '7')}\n${ROW.replace(/^4/, '0')}\n`;
    const { issues } = parseResponses(csv);

    expect(issues).toEqual([expect.objectContaining({ line: 2, column: 'U1' })]);
    expect(issues[0]!.message).toMatch(/^baris 2, 4–5 \(3 baris\): Jawaban 5 \(kolom A\) di luar 1–4/);
  });
});
