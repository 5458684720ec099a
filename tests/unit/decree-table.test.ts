import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml, parseDocument } from 'yaml';
import {
  CHECK_MARK,
  classifyDataRow,
  closeOpenParenthesis,
  correctText,
  countTable,
  describeMonthReading,
  extractMonths,
  extractTeam,
  isHeaderRow,
  listCorrections,
  parseDecreeTable as parseDecreeTableWith,
  readAreaHeading,
  readRow,
  splitFields,
  toTitleCase,
  type DecreeTable,
  type ParseOptions,
} from '../../scripts/decree/decree-table.ts';
import { DECREE_2022_RULES, TEXT_FIXES } from '../../scripts/decree/rules-2022.ts';
import { areaSchema } from '../../src/schemas/area.ts';
import { componentSchema } from '../../src/schemas/component.ts';
import { buildFiles, frontmatter, main } from '../../scripts/import-decree.ts';

/** The parser with the 2022 rules, as the importer calls it for 2022; `options` replaces single rules. */
const parseDecreeTable = (text: string, options: Partial<ParseOptions> = {}) => parseDecreeTableWith(text, { ...DECREE_2022_RULES, ...options });

const SOURCE_PATH = path.resolve(import.meta.dirname, '../../content/2022/sumber/keputusan-kpu-kota-magelang-9-2022.txt');
const SOURCE = readFileSync(SOURCE_PATH, 'utf8');
const CONTENT_DIR = path.resolve(import.meta.dirname, '../../content');
const COMPONENTS_DIR = path.join(CONTENT_DIR, '2022/komponen');
/** Parsed on first use, so that a broken rule fails the tests that use the decree(), not the whole file. */
let parsedDecree: DecreeTable | undefined;
const decree = (): DecreeTable => (parsedDecree ??= parseDecreeTable(SOURCE));

// --- Synthetic tables --------------------------------------------------------------------------

const TAB = '\t';
const HEADER = ['NO', 'KOMPONEN', 'INDIKATOR', 'LANGKAH AKSI', 'BUKTI FISIK', 'PELAKSANAAN (BULAN)', ...Array(11).fill(''), 'PENANGGUNG JAWAB'].join(TAB);
const MONTH_NUMBERS = ['', '', '', '', '', ...Array.from({ length: 12 }, (_, i) => String(i + 1)), ''].join(TAB);
const COLUMN_NUMBERS = Array.from({ length: 18 }, (_, i) => String(i + 1)).join(TAB);
const PAGE_BREAK = ['', HEADER, MONTH_NUMBERS, COLUMN_NUMBERS];

interface RowSpec {
  no?: string;
  component?: string;
  indicator?: string;
  step?: string;
  evidence?: string;
  months?: number[];
  /** 1-based fields after the 17th holding a check mark. */
  spill?: number[];
  team?: string;
}

/** One tab-separated table row, laid out like the extracted decree() (18 fields). */
function row(spec: RowSpec): string {
  const fields = [spec.no ?? '', spec.component ?? '', spec.indicator ?? '', spec.step ?? '', spec.evidence ?? ''];
  for (let month = 1; month <= 12; month++) fields.push(spec.months?.includes(month) ? CHECK_MARK : '');
  fields.push(spec.team ?? '');
  for (const position of spec.spill ?? []) {
    while (fields.length < position) fields.push('');
    fields[position - 1] = CHECK_MARK;
  }
  return fields.join(TAB);
}

function areaRow(code: string, title: string): string {
  return [code, title, ...Array(16).fill('')].join(TAB);
}

/** Preamble (line 1), blank (2), three header rows (3–5): the first given row is line 6. */
function table(...rows: string[]): string {
  return ['KEPUTUSAN', '', HEADER, MONTH_NUMBERS, COLUMN_NUMBERS, ...rows, '', 'Salinan sesuai dengan aslinya', 'ttd.'].join('\n');
}

const first = (spec: RowSpec = {}) =>
  row({ no: '1', component: 'Komponen Satu', indicator: 'Indikator satu', step: 'Langkah satu', evidence: 'Bukti satu', months: [1], team: 'TIM UJI', ...spec });

function componentOf(parsed: DecreeTable, code: string) {
  const component = parsed.areas.flatMap((area) => area.components).find((c) => c.code === code);
  if (!component) throw new Error(`komponen ${code} tidak ada`);
  return component;
}

const context = { afterPageBreak: false, knownContinuations: [] };

// --- The 2022 decree() ---------------------------------------------------------------------------

describe('parseDecreeTable on the 2022 decree', () => {
  it('reads 6 areas, 23 components and 65 indicators', () => {
    const counts = countTable(decree());
    expect(counts.areas).toBe(6);
    expect(counts.components).toBe(23);
    expect(counts.indicators).toBe(65);
  });

  it('reads the decreed number of indicators in every area', () => {
    expect(countTable(decree()).indicatorsPerArea).toEqual({ I: 5, II: 6, III: 15, IV: 9, V: 19, VI: 11 });
  });

  it('reads the decreed number of indicators in every component', () => {
    expect(countTable(decree()).indicatorsPerComponent).toEqual({
      'I.1': 1, 'I.2': 1, 'I.3': 1, 'I.4': 2,
      'II.1': 1, 'II.2': 3, 'II.3': 2,
      'III.1': 1, 'III.2': 3, 'III.3': 5, 'III.4': 4, 'III.5': 1, 'III.6': 1,
      'IV.1': 3, 'IV.2': 6,
      'V.1': 2, 'V.2': 4, 'V.3': 4, 'V.4': 4, 'V.5': 5,
      'VI.1': 3, 'VI.2': 5, 'VI.3': 3,
    });
  });

  it('reads the area headings, including "II Penataan Tata Laksana" written with a space', () => {
    expect(decree().areas.map((area) => [area.code, area.title])).toEqual([
      ['I', 'Pembangunan unit kerja untuk memperoleh predikat menuju WBK/WBBM'],
      ['II', 'Penataan Tata Laksana'],
      ['III', 'Penataan Sistem Manajemen SDM'],
      ['IV', 'Penguatan Akuntabilitas'],
      ['V', 'Penguatan Pengawasan'],
      ['VI', 'Peningkatan Kualitas Pelayanan Publik'],
    ]);
  });

  it('gives every area the team written once for it, in title case', () => {
    expect(decree().areas.map((area) => area.team)).toEqual([
      'Tim Manajemen Perubahan',
      'Tim Penguatan Tata Laksana',
      'Tim Sistem Manajemen Sumber Daya Manusia',
      'Tim Penguatan Akuntabilitas',
      'Tim Pengawasan',
      'Tim Penguatan Kualitas Pelayanan',
    ]);
  });

  it('keeps the decree wording where it is not an extraction error', () => {
    const all = JSON.stringify(decree());
    expect(all).toContain('penilaian resiko');
    expect(all).toContain('Presentase kesenjangan');
    expect(all).toContain('efektifitas penempatan');
  });

  it('leaves no check mark, tab or double space in any text (the reading notes quote the marks on purpose)', () => {
    const all = JSON.stringify(decree().areas, (key, value: unknown) => (key === 'monthsNote' ? undefined : value));
    expect(all).not.toContain(CHECK_MARK);
    expect(all).not.toContain('\\t');
    expect(all).not.toMatch(/ {2}/);
  });
});

describe('month rules', () => {
  it('reads fields 6 to 17 as months 1 to 12', () => {
    for (let month = 1; month <= 12; month++) {
      expect(extractMonths(splitFields(row({ months: [month] })))).toEqual([month]);
    }
  });

  it('reads a check mark in field 18 or later as December', () => {
    expect(extractMonths(splitFields(row({ spill: [18] })))).toEqual([12]);
    expect(extractMonths(splitFields(row({ months: [7], spill: [19] })))).toEqual([7, 12]);
    expect(extractMonths(splitFields(row({ spill: [20] })))).toEqual([12]);
  });

  it('counts December once when both field 17 and a spill field are checked', () => {
    expect(extractMonths(splitFields(row({ months: [11, 12], spill: [18] })))).toEqual([11, 12]);
  });

  it('rejects anything but the check mark U+221A in a month field', () => {
    const fields = splitFields(row({}));
    fields[6] = '\u2713';
    expect(() => extractMonths(fields, 42)).toThrow(/Baris 42.*kolom bulan 2/);
  });

  it('reads the 2022 months, spills included', () => {
    expect(componentOf(decree(), 'I.3').indicators[0]!.actions[0]!.months).toEqual([6, 8, 11, 12]);
    expect(componentOf(decree(), 'III.3').indicators[2]!.actions[0]!.months).toEqual([7, 12]); // field 19
    expect(componentOf(decree(), 'VI.2').indicators[2]!.actions[0]!.months).toEqual([7, 11, 12]); // field 20
    expect(componentOf(decree(), 'III.5').indicators[0]!.actions[0]!.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(componentOf(decree(), 'VI.3').indicators.map((i) => i.actions[0]!.months)).toEqual([[12], [12], [12]]);
  });
});

describe('row classification', () => {
  const classify = (spec: RowSpec, afterPageBreak = false) =>
    classifyDataRow(readRow(splitFields(row(spec)), 7), { ...context, afterPageBreak });

  it('classifies a row with NO and KOMPONEN as a component', () => {
    expect(classify({ no: '2', component: 'K', indicator: 'I', step: 'S', evidence: 'E', months: [1] })).toBe('component');
  });

  it('classifies a row with INDIKATOR only as an indicator', () => {
    expect(classify({ indicator: 'I', step: 'S', evidence: 'E', months: [1] })).toBe('indicator');
  });

  it('classifies a row with its own step, evidence and months as a further action', () => {
    expect(classify({ step: 'S', evidence: 'E', months: [1] })).toBe('action');
  });

  it('classifies a row with step text only as a continuation', () => {
    expect(classify({ step: '2) lanjutan' })).toBe('continuation');
  });

  it('classifies a lone "1" with empty KOMPONEN right after a page break as an indicator of the current component', () => {
    expect(classify({ no: '1', indicator: 'I', step: 'S', evidence: 'E', months: [1] }, true)).toBe('indicator');
  });

  it('rejects a lone "1" that does not follow a page break', () => {
    expect(() => classify({ no: '1', indicator: 'I', step: 'S', evidence: 'E', months: [1] })).toThrow(/Baris 7/);
  });

  it('rejects a row with step and months but no evidence', () => {
    expect(() => classify({ step: 'S', months: [3] })).toThrow(/Baris 7.*tidak dapat digolongkan/);
  });

  it('rejects a row with evidence but no step', () => {
    expect(() => classify({ evidence: 'E', months: [3] })).toThrow(/Baris 7/);
  });

  it('rejects KOMPONEN without NO and a non-numeric NO', () => {
    expect(() => classify({ component: 'K', indicator: 'I', step: 'S', evidence: 'E', months: [1] })).toThrow(/NO kosong/);
    expect(() => classify({ no: 'x', component: 'K', indicator: 'I', step: 'S', evidence: 'E', months: [1] })).toThrow(/bukan nomor/);
  });

  it('recognises each of the three header rows on its own', () => {
    expect(isHeaderRow(splitFields(HEADER))).toBe(true);
    expect(isHeaderRow(splitFields(MONTH_NUMBERS))).toBe(true);
    expect(isHeaderRow(splitFields(COLUMN_NUMBERS))).toBe(true);
    expect(isHeaderRow(splitFields(first()))).toBe(false);
  });
});

describe('area headings', () => {
  it('reads a Roman numeral and title in separate fields', () => {
    expect(readAreaHeading(splitFields(areaRow('III', 'Penataan')))).toEqual({ code: 'III', title: 'Penataan' });
  });

  it('reads a Roman numeral and title joined by a space', () => {
    expect(readAreaHeading(splitFields(areaRow('II Penataan Tata Laksana', '')))).toEqual({ code: 'II', title: 'Penataan Tata Laksana' });
  });

  it('does not read a data row as a heading', () => {
    expect(readAreaHeading(splitFields(first()))).toBeNull();
    expect(readAreaHeading(splitFields(row({ no: 'I am', months: [1] })))).toBeNull();
  });

  it('rejects areas out of order', () => {
    expect(() => parseDecreeTable(table(areaRow('II', 'Dua'), first()))).toThrow(/Baris 6.*seharusnya area I/);
  });

  it('rejects components out of order', () => {
    expect(() => parseDecreeTable(table(areaRow('I', 'Satu'), first(), first({ no: '3', team: '' })))).toThrow(/Baris 8.*seharusnya 2/);
  });
});

describe('continuation rows', () => {
  it('appends a text-only row to the previous step and merges its months', () => {
    const parsed = parseDecreeTable(table(areaRow('I', 'Satu'), first({ step: '1) Pertama', months: [2] }), row({ step: '2) Kedua' })));
    expect(parsed.areas[0]!.components[0]!.indicators[0]!.actions).toMatchObject([
      { step: '1) Pertama 2) Kedua', evidence: 'Bukti satu', months: [2], line: 7 },
    ]);
  });

  it('keeps a row with its own step, evidence and months as a further action', () => {
    const parsed = parseDecreeTable(table(areaRow('I', 'Satu'), first({ evidence: 'Bukti,' }), row({ step: 'Langkah dua', evidence: 'Bukti dua', months: [12] })));
    const actions = parsed.areas[0]!.components[0]!.indicators[0]!.actions;
    expect(actions.map((a) => a.step)).toEqual(['Langkah satu', 'Langkah dua']);
    expect(actions[1]!.months).toEqual([12]);
  });

  it('joins II.3 "2) KPU Kota Magelang menyediakan informasi publik…" to the previous step', () => {
    const action = componentOf(decree(), 'II.3').indicators[0]!.actions;
    expect(action).toHaveLength(1);
    expect(action[0]!.step).toBe(
      '1) KPU Kota Magelang menerapkan keterbukaan informasi publik 2) KPU Kota Magelang menyediakan informasi publik secara jelas, akurat dan tepat waktu',
    );
    expect(action[0]!.months).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('keeps III.3.5 "Melakukan monev…" as a second action', () => {
    const actions = componentOf(decree(), 'III.3').indicators[4]!.actions;
    expect(actions).toHaveLength(2);
    expect(actions[1]).toMatchObject({
      step: 'Melakukan monev terhadap kegiatan pendidikan dan pelatihan yang telah diikuti',
      evidence: 'Formulir monitoring efektifitas pendidikan dan pelatihan',
      months: [12],
    });
  });
});

describe('known continuation rows', () => {
  const known = [{ stepStartsWith: 'lanjutan langkah', reason: 'uji' }];

  it('joins IV.1 "RENSTRA, Rencana Kerja Tahunan…" to the previous step and evidence', () => {
    const indicator = componentOf(decree(), 'IV.1').indicators[1]!;
    expect(indicator.actions).toHaveLength(1);
    expect(indicator.actions[0]).toMatchObject({
      step: 'Sekretaris KPU Kota Magelang terlibat dalam penyusunan RENSTRA, Rencana Kerja Tahunan, Dokumen Indikator Kinerja Utama, dan LAKIP',
      evidence: 'Dokumen RENSTRA KPU, Dokumen RKT KPU, Dokumen IKU KPU, dan Dokumen LAKIP KPU Kota Magelang',
      months: [1],
    });
    expect(decree().readings).toContainEqual(expect.objectContaining({ line: 141, kind: 'known-continuation' }));
  });

  it('joins a listed row with a space and merges months', () => {
    const parsed = parseDecreeTable(
      table(areaRow('I', 'Satu'), first({ step: 'awal', evidence: 'Bukti A,', months: [1] }), row({ step: 'lanjutan langkah', evidence: 'Bukti B', months: [3] })),
      { knownContinuations: known },
    );
    expect(parsed.areas[0]!.components[0]!.indicators[0]!.actions).toMatchObject([
      { step: 'awal lanjutan langkah', evidence: 'Bukti A, Bukti B', months: [1, 3], line: 7 },
    ]);
  });

  it('reads the same row as a further action when it is not listed', () => {
    const parsed = parseDecreeTable(
      table(areaRow('I', 'Satu'), first(), row({ step: 'lanjutan langkah', evidence: 'Bukti B', months: [3] })),
      { knownContinuations: [] },
    );
    expect(parsed.areas[0]!.components[0]!.indicators[0]!.actions).toHaveLength(2);
  });

  it('rejects a listed row that is not shaped like an action row', () => {
    expect(() =>
      parseDecreeTable(table(areaRow('I', 'Satu'), first(), row({ indicator: 'X', step: 'lanjutan langkah', evidence: 'B', months: [3] })), {
        knownContinuations: known,
      }),
    ).toThrow(/Baris 8.*lanjutan yang dikenal/);
  });
});

describe('page breaks', () => {
  it('ignores repeated header rows between the rows of a component', () => {
    const parsed = parseDecreeTable(table(areaRow('I', 'Satu'), first(), ...PAGE_BREAK, row({ indicator: 'Dua', step: 'S', evidence: 'E', months: [2] })));
    expect(parsed.areas[0]!.components[0]!.indicators.map((i) => i.text)).toEqual(['Indikator satu', 'Dua']);
  });

  it('continues the current component at a lone "1" after a page break', () => {
    const parsed = parseDecreeTable(
      table(areaRow('I', 'Satu'), first(), first({ no: '2', component: 'Komponen Dua', team: '' }), '', HEADER, MONTH_NUMBERS,
        row({ no: '1', indicator: 'Lanjut', step: 'S', evidence: 'E', months: [1] })),
    );
    expect(parsed.areas[0]!.components.map((c) => c.indicators.length)).toEqual([1, 2]);
  });

  it('continues IV.2 at the lone "1" after the page break', () => {
    const component = componentOf(decree(), 'IV.2');
    expect(component.indicators).toHaveLength(6);
    expect(component.indicators[2]!.text).toBe('terdapat Indikator Kinerja Utama (IKU) dan indikator kinerja telah SMART');
    expect(decree().areas[3]!.components).toHaveLength(2);
  });

  it('ends the table at the first line without a tab', () => {
    const parsed = parseDecreeTable(table(areaRow('I', 'Satu'), first()) + '\nNO\tKOMPONEN\n1\tSesudah tabel');
    expect(countTable(parsed).indicators).toBe(1);
  });
});

describe('V.1 unscrambling', () => {
  const v1 = () => componentOf(decree(), 'V.1');

  it('reads two indicators', () => {
    expect(v1().indicators.map((i) => i.text)).toEqual([
      'Public Campaign tentang pengendalian gratifikasi telah dilakukan',
      'Pengendalian Gratifikasi telah diimplementasikan',
    ]);
  });

  it('makes "Memasang baliho…" the second action of the first indicator, without evidence, in months 6 to 8', () => {
    const actions = v1().indicators[0]!.actions;
    expect(actions).toHaveLength(2);
    expect(actions[1]!.step).toBe(
      'Memasang baliho, spanduk, roll banner, dan pembuatan konten tentang tolak gratifikasi di lingkungan Sekretariat KPU Kota Magelang',
    );
    expect(actions[1]!.evidence).toBeUndefined();
    expect(actions[1]!.months).toEqual([6, 7, 8]);
  });

  it('reads the first action of V.1.1 in months 4 to 6 (fields 9 to 11)', () => {
    expect(v1().indicators[0]!.actions[0]!.months).toEqual([4, 5, 6]);
  });

  it('moves the shifted step and evidence of V.1.2 back into their columns', () => {
    expect(v1().indicators[1]!.actions).toMatchObject([
      {
        step: 'Membuat Tim Unit Pengendalian Gratifikasi, memasang baliho, spanduk, roll banner, di lingkungan Sekretariat KPU Kota Magelang',
        evidence: 'SK Unit Pengendalian Gratifikasi, baliho, spanduk, roll banner, dan Foto',
        months: [6, 7, 8],
        line: 155,
      },
    ]);
  });

  it('applies a listed repair to a synthetic scrambled row', () => {
    const scrambled = row({ no: 'Teks indikator yang bergeser', indicator: 'Langkah bergeser', step: 'Bukti bergeser', months: [5] });
    const parsed = parseDecreeTable(table(areaRow('I', 'Satu'), first(), scrambled), {
      rowRepairs: [{ firstFieldStartsWith: 'Teks indikator', kind: 'indicator', columns: { indicator: 1, step: 3, evidence: 4 }, reason: 'uji' }],
    });
    expect(parsed.areas[0]!.components[0]!.indicators[1]).toMatchObject({
      text: 'Teks indikator yang bergeser',
      actions: [{ step: 'Langkah bergeser', evidence: 'Bukti bergeser', months: [5], line: 8 }],
      line: 8,
    });
  });

  it('fails on the same scrambled row when no repair is listed', () => {
    const scrambled = row({ no: 'Teks indikator yang bergeser', indicator: 'Langkah', step: 'Bukti', months: [5] });
    expect(() => parseDecreeTable(table(areaRow('I', 'Satu'), first(), scrambled), { rowRepairs: [] })).toThrow(/Baris 8.*bukan nomor komponen/);
  });
});

describe('team per area', () => {
  it('reads the team from field 18 or later', () => {
    expect(extractTeam(splitFields(row({ team: 'TIM A', months: [1] })))).toBe('TIM A');
    expect(extractTeam([...splitFields(row({})), 'TIM B'])).toBe('TIM B');
  });

  it('holds the team for the whole area', () => {
    const parsed = parseDecreeTable(table(areaRow('I', 'Satu'), first({ team: 'TIM PENGAWASAN' }), first({ no: '2', team: '' })));
    expect(parsed.areas[0]!.team).toBe('Tim Pengawasan');
  });

  it('rejects a second, different team in one area', () => {
    expect(() => parseDecreeTable(table(areaRow('I', 'Satu'), first(), first({ no: '2', team: 'TIM LAIN' })))).toThrow(/Baris 8.*penanggung jawab kedua/);
  });

  it('rejects an area without a team', () => {
    expect(() => parseDecreeTable(table(areaRow('I', 'Satu'), first({ team: '' })))).toThrow(/tidak memiliki penanggung jawab/);
  });

  it('title-cases names printed in capitals, keeping function words and abbreviations', () => {
    expect(toTitleCase('TIM SISTEM MANAJEMEN SUMBER DAYA MANUSIA')).toBe('Tim Sistem Manajemen Sumber Daya Manusia');
    expect(toTitleCase('TIM PENGUATAN DAN PENGAWASAN KPU')).toBe('Tim Penguatan dan Pengawasan KPU');
  });
});

describe('corrections', () => {
  it('lists every fix of the 2022 decree with its entity and field', () => {
    expect(listCorrections(decree()).map((c) => [c.entity, c.field, c.corrected])).toEqual([
      ['I', 'title', 'Pembangunan unit kerja untuk memperoleh predikat menuju WBK/WBBM'],
      ['I', 'team', 'Tim Manajemen Perubahan'],
      ['I.3', 'indicators[0].text', 'Timeline pemantauan dan evaluasi pembangunan WBK/WBBM (per semester / per triwulan)'],
      ['I.4', 'indicators[0].text', 'Para Pimpinan berperan sebagai role model dalam pelaksanaan pembangunan WBK/WBBM'],
      ['II', 'team', 'Tim Penguatan Tata Laksana'],
      ['III', 'team', 'Tim Sistem Manajemen Sumber Daya Manusia'],
      ['III.3', 'indicators[4].actions[0].step', expect.stringContaining('pelatihan internal, mengadakan Bimtek')],
      ['III.3', 'indicators[4].actions[0].evidence', 'Usulan diklat/bimtek dari KPU Kota Magelang ke KPU Provinsi Jawa Tengah, Laporan penyelenggaraan pelatihan internal'],
      ['IV', 'team', 'Tim Penguatan Akuntabilitas'],
      ['V', 'team', 'Tim Pengawasan'],
      ['V.1', 'title', 'Pengendalian Gratifikasi'],
      ['V.4', 'indicators[0].actions[0].step', expect.stringContaining('penyampaian WBS di KPU Kota Magelang')],
      ['V.5', 'indicators[2].actions[0].evidence', expect.stringMatching(/\(jika terdapat potensi\)$/)],
      ['VI', 'team', 'Tim Penguatan Kualitas Pelayanan'],
      ['VI.3', 'indicators[0].actions[0].step', 'Melakukan survey kepuasan masyarakat terhadap pelayanan Help desk dan PPID'],
    ]);
  });

  it('keeps the extracted text as the original of each correction', () => {
    for (const correction of listCorrections(decree())) {
      expect(correction.original).not.toBe(correction.corrected);
      expect(correction.reason.length).toBeGreaterThan(10);
      if (correction.field !== 'team') expect(SOURCE).toContain(correction.original);
    }
  });

  it('records two fixes in one field as one correction with both reasons', () => {
    const [correction] = componentOf(decree(), 'I.3').corrections;
    expect(correction!.original).toBe('Timeline pemantauan dan evaluasi pembangunan WBKfWBBM (per semester / per triwulan');
    expect(correction!.reason).toMatch(/"f".*kurung tutup/);
  });

  it.each([
    ['WBW/WBBMKPU', 'areaTitle', 'WBK/WBBM'],
    ['menuju WBKfWBBM', 'indicator', 'menuju WBK/WBBM'],
    ['pembangunan WBKMBBM', 'indicator', 'pembangunan WBK/WBBM'],
    ['di KPLJ Kota', 'step', 'di KPU Kota'],
    ['pelatihan intenel,', 'step', 'pelatihan internal,'],
    ['pelayanan Hel desk', 'step', 'pelayanan Help desk'],
    ['Pengendalian Gratifikasi mensosialisasikan', 'componentTitle', 'Pengendalian Gratifikasi'],
    ['(per semester / per triwulan', 'indicator', '(per semester / per triwulan)'],
    ['Surat (jika terdapat potensi', 'evidence', 'Surat (jika terdapat potensi)'],
    ['Laporan pelatihan internal,', 'evidence', 'Laporan pelatihan internal'],
  ] as const)('fixes "%s" in a %s', (original, kind, corrected) => {
    const result = correctText(original, kind, 'f', TEXT_FIXES);
    expect(result.text).toBe(corrected);
    expect(result.correction).toMatchObject({ field: 'f', original, corrected });
  });

  it('does not strip a trailing comma outside evidence, nor "mensosialisasikan" outside titles', () => {
    expect(correctText('Langkah,', 'step', 'f', TEXT_FIXES).correction).toBeUndefined();
    expect(correctText('Pimpinan mensosialisasikan', 'step', 'f', TEXT_FIXES).correction).toBeUndefined();
  });

  it('leaves balanced parentheses and list markers alone', () => {
    expect(closeOpenParenthesis('1) satu 2) dua')).toBe('1) satu 2) dua');
    expect(closeOpenParenthesis('reward (pengembangan karir, dll)')).toBe('reward (pengembangan karir, dll)');
  });

  it('leaves decreed spellings alone', () => {
    for (const text of ['penilaian resiko', 'Presentase kesenjangan', 'efektifitas penempatan']) {
      expect(correctText(text, 'indicator', 'f', TEXT_FIXES).correction).toBeUndefined();
    }
  });
});

describe('failing loudly', () => {
  it('names the line of a row it cannot classify', () => {
    expect(() => parseDecreeTable(table(areaRow('I', 'Satu'), first(), row({ evidence: 'Bukti tanpa langkah', months: [1] })))).toThrow(
      /^Baris 8 tabel Lampiran: baris tidak dapat digolongkan/,
    );
  });

  it('rejects a text without the Lampiran table', () => {
    expect(() => parseDecreeTable('KEPUTUSAN\ntanpa tabel')).toThrow(/Tabel Lampiran tidak ditemukan/);
  });

  it('rejects data before the first area heading', () => {
    expect(() => parseDecreeTable(table(first()))).toThrow(/Baris 6.*sebelum judul area/);
  });

  it('rejects a component row without evidence', () => {
    expect(() => parseDecreeTable(table(areaRow('I', 'Satu'), first({ evidence: '' })))).toThrow(/Baris 7.*BUKTI FISIK/);
  });
});

// --- The importer ------------------------------------------------------------------------------

describe('import-decree output', () => {
  let files: ReturnType<typeof buildFiles> = [];
  beforeAll(() => {
    files = buildFiles(decree(), 2022);
  });

  it('builds 23 component files and 6 area files', () => {
    expect(files.filter((f) => f.kind === 'component')).toHaveLength(23);
    expect(files.filter((f) => f.kind === 'area').map((f) => f.path)).toEqual(
      ['i', 'ii', 'iii', 'iv', 'v', 'vi'].map((slug) => `2022/area/${slug}.yaml`),
    );
    expect(files.map((f) => f.path)).toContain('2022/komponen/v-3.mdx');
  });

  it('writes files that pass the content schemas', () => {
    for (const file of files) {
      if (file.kind === 'component') componentSchema.parse(parseYaml(frontmatter(file.content)));
      else areaSchema.parse(parseYaml(file.content));
    }
  });

  it('writes component files with an empty body and a comment before each indicator', () => {
    const v1 = files.find((f) => f.path === '2022/komponen/v-1.mdx')!.content;
    expect(v1.startsWith('---\ncode: V.1\narea: V\ntitle: Pengendalian Gratifikasi\nindicators:\n  # V.1.1\n  - text: ')).toBe(true);
    expect(v1).toContain('\n  # V.1.2\n  - text: Pengendalian Gratifikasi telah diimplementasikan\n');
    expect(v1).toContain('        months: [6, 7, 8]\n');
    expect(v1.endsWith('\n---\n')).toBe(true);
    expect(parseDocument(frontmatter(v1)).errors).toEqual([]);
  });

  it('omits evidence where the decree gives none and omits empty corrections', () => {
    const v1 = parseYaml(frontmatter(files.find((f) => f.path === '2022/komponen/v-1.mdx')!.content));
    expect(v1.indicators[0].actions[1]).not.toHaveProperty('evidence');
    const v2 = parseYaml(frontmatter(files.find((f) => f.path === '2022/komponen/v-2.mdx')!.content));
    expect(v2).not.toHaveProperty('corrections');
  });

  it('writes the LKE name and weight of each area', () => {
    const areas = files.filter((f) => f.kind === 'area').map((f) => parseYaml(f.content));
    expect(areas.map((a) => [a.code, a.lkeName, a.weight])).toEqual([
      ['I', 'Manajemen Perubahan', 8],
      ['II', 'Penataan Tatalaksana', 7],
      ['III', 'Penataan Sistem Manajemen SDM', 10],
      ['IV', 'Penguatan Akuntabilitas Kinerja', 10],
      ['V', 'Penguatan Pengawasan', 15],
      ['VI', 'Peningkatan Kualitas Pelayanan Publik', 10],
    ]);
    expect(areas.reduce((sum, a) => sum + a.weight, 0)).toBe(60);
  });
});

describe('import-decree command', () => {
  let dir: string;
  let log: string[];

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'import-decree-'));
    log = [];
    vi.spyOn(console, 'log').mockImplementation((...args) => void log.push(args.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...args) => void log.push(args.join(' ')));
  });

  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (...extra: string[]) => main(['--source', SOURCE_PATH, '--content', dir, ...extra]);

  it('writes 29 files', () => {
    expect(run()).toBe(0);
    expect(existsSync(path.join(dir, '2022/komponen/v-3.mdx'))).toBe(true);
    expect(existsSync(path.join(dir, '2022/area/v.yaml'))).toBe(true);
    expect(log.filter((line) => line.startsWith('ditulis: '))).toHaveLength(29);
  });

  it('never overwrites an existing file without --force', () => {
    run();
    const target = path.join(dir, '2022/komponen/v-3.mdx');
    writeFileSync(target, 'naskah staf');
    log = [];
    expect(run()).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe('naskah staf');
    expect(log.filter((line) => line.startsWith('dilewati (sudah ada): '))).toHaveLength(29);
  });

  it('overwrites with --force', () => {
    run();
    const target = path.join(dir, '2022/komponen/v-3.mdx');
    writeFileSync(target, 'naskah staf');
    expect(run('--force')).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^---\ncode: V\.3\n/);
  });

  it('reports an unreadable decree in Indonesian and writes nothing', () => {
    const bad = path.join(dir, 'rusak.txt');
    writeFileSync(bad, table(areaRow('I', 'Satu'), first(), row({ evidence: 'tanpa langkah', months: [1] })));
    expect(main(['--source', bad, '--content', dir])).toBe(1);
    expect(log.join('\n')).toMatch(/Gagal mengimpor keputusan: Baris 8/);
    expect(existsSync(path.join(dir, '2022'))).toBe(false);
  });

  it('refuses a year without its own reading rules instead of applying the 2022 ones', () => {
    expect(run('--year', '2023')).toBe(2);
    expect(log.join('\n')).toMatch(/Belum ada aturan pembacaan untuk keputusan tahun 2023/);
    expect(existsSync(path.join(dir, '2023'))).toBe(false);
  });
});

describe('reading notes of the months (monthsNote)', () => {
  /**
   * Computed here from the source text alone, not from the parser: every line of the table whose
   * tab fields 18 or later hold a √, with its LANGKAH AKSI (field 4) as the key of its action.
   */
  const outsideMarkSteps = (): string[] =>
    SOURCE.split(/\r?\n/)
      .map((line) => line.split('\t'))
      .filter((fields) => fields.slice(17).some((text) => text.trim() === '\u221A'))
      .map((fields) => fields[3]!.replace(/\s+/g, ' ').trim());

  /** Every action of the committed content files, with its step and note, as the build reads them. */
  const committedActions = () =>
    readdirSync(COMPONENTS_DIR)
      .filter((name) => name.endsWith('.mdx'))
      .flatMap((name) => {
        const data = componentSchema.parse(parseYaml(frontmatter(readFileSync(path.join(COMPONENTS_DIR, name), 'utf8'))));
        return data.indicators.flatMap((indicator) => indicator.actions);
      });

  it('gives a note to exactly the actions whose source row has a √ outside fields 6–17, and to no other', () => {
    const expected = outsideMarkSteps();
    // The issue counted 27 such rows by eye; the count here comes from the text.
    expect(expected.length).toBeGreaterThan(0);
    const actions = committedActions();
    const noted = actions.filter((action) => action.monthsNote);
    const startsWithSourceStep = (step: string) => expected.some((source) => step.startsWith(source.slice(0, 40)));
    expect(noted.length).toBe(expected.length);
    for (const action of noted) expect(startsWithSourceStep(action.step), action.step).toBe(true);
    for (const action of actions.filter((a) => !a.monthsNote)) expect(startsWithSourceStep(action.step), action.step).toBe(false);
  });

  it('names the raw fields of the marks and says how they were read', () => {
    const firstNoted = decree().areas[0]!.components.find((c) => c.code === 'I.3')!.indicators[0]!.actions[0]!;
    // Line 94 holds √ in fields 11, 13, 16 and 18 (from the source text, checked here).
    const fields94 = SOURCE.split('\n')[93]!.split('\t').flatMap((text, index) => (text.trim() === '\u221A' ? [index + 1] : []));
    expect(fields94).toEqual([11, 13, 16, 18]);
    expect(firstNoted.monthsNote).toContain('kolom 11, 13, 16 dan 18');
    expect(firstNoted.monthsNote).toContain('kolom 18, di luar kolom bulan');
    expect(firstNoted.monthsNote).toContain('dibaca Desember');
  });

  it('says when a row cannot be read one way only', () => {
    expect(describeMonthReading([{ line: 1, fields: [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18] }])).toContain('13 tanda untuk 12 bulan');
    expect(describeMonthReading([{ line: 1, fields: [12, 19] }])).toContain('kolom 19 bahkan di luar kolom penanggung jawab');
    expect(describeMonthReading([{ line: 1, fields: [12, 16, 20] }])).toContain('berjarak sama (setiap 4 kolom)');
    expect(describeMonthReading([{ line: 1, fields: [6, 7, 17] }])).toBeNull();
  });

  it('writes the same files as the committed content when rerun (the notes come from the importer)', () => {
    for (const file of buildFiles(decree(), 2022)) {
      expect(readFileSync(path.join(CONTENT_DIR, file.path), 'utf8'), file.path).toBe(file.content);
    }
  });

  it('records every row merge and repair with its lines and reason in the component', () => {
    const files = buildFiles(decree(), 2022);
    const readingsOf = (slug: string) => parseYaml(frontmatter(files.find((f) => f.path === `2022/komponen/${slug}.mdx`)!.content)).readings;
    expect(readingsOf('ii-3')).toContainEqual(expect.objectContaining({ kind: 'gabung-baris', field: 'indicators[0].actions[0]', lines: [106, 107] }));
    expect(readingsOf('iv-1')).toContainEqual(expect.objectContaining({ kind: 'gabung-baris', field: 'indicators[1].actions[0]', lines: [140, 141] }));
    expect(readingsOf('v-1').filter((r: { kind: string }) => r.kind === 'perbaikan-baris')).toHaveLength(2);
  });

  it('marks interpretations apart from typo fixes', () => {
    const kinds = new Set(listCorrections(decree()).map((c) => c.kind));
    expect(kinds).toEqual(new Set(['salah-ketik', 'penulisan', 'tafsiran']));
    expect(correctText('Dokumen A,', 'evidence', 'x', TEXT_FIXES).correction?.kind).toBe('tafsiran');
    expect(correctText('WBKfWBBM', 'step', 'x', TEXT_FIXES).correction?.kind).toBe('salah-ketik');
  });
});
