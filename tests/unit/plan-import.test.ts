/**
 * The plan-year importer (npm run impor:rencana): a generated office Lampiran (.xlsx with merged
 * cells, repeated headers, √ ✓ v x marks; the same sheet as Excel's CSV) imports to the same files
 * with exactly the generated plan; each malformed sheet is refused naming sheet, row and column.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { zipSync } from 'fflate';
import { ADDED, DROPPED, expectedPlan, lampiranCsv, lampiranRows, lampiranXlsx, rowsToCsv, rowsToXlsx, SAMPLE_YEAR } from '../fixtures/lampiran/make-lampiran.ts';
import { main } from '../../scripts/impor-rencana.ts';
import { readLampiran, type SheetPlan } from '../../scripts/rencana/lampiran.ts';
import type { SheetGrid } from '../../scripts/rencana/read-sheet.ts';

const root = mkdtempSync(path.join(tmpdir(), 'impor-rencana-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function contentDir(): string {
  const dir = mkdtempSync(path.join(root, 'content-'));
  cpSync(path.resolve('content/unit.yaml'), path.join(dir, 'unit.yaml'));
  return dir;
}

async function importFile(name: string, bytes: Buffer, extra: string[] = [], dir = contentDir()) {
  const file = path.join(root, name);
  writeFileSync(file, bytes);
  const errors: string[] = [];
  const log: string[] = [];
  const original = console.error;
  console.error = (line: string) => errors.push(line);
  try {
    const code = await main(['--tahun', String(SAMPLE_YEAR), '--ya', '--konten', dir, ...extra, file], undefined, (line) => log.push(line));
    return { code, dir, errors: errors.join('\n'), log: log.join('\n') };
  } finally {
    console.error = original;
  }
}

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else out[rel] = readFileSync(path.join(dir, rel), 'utf8');
    }
  };
  walk('');
  return out;
}

/** The plan as the imported component and area files say it, in the generator's shape. */
function importedPlan(dir: string) {
  const yearDir = path.join(dir, String(SAMPLE_YEAR));
  const areas = readdirSync(path.join(yearDir, 'area')).map((name) => parseYaml(readFileSync(path.join(yearDir, 'area', name), 'utf8')));
  const components = readdirSync(path.join(yearDir, 'komponen')).map((name) => parseYaml(readFileSync(path.join(yearDir, 'komponen', name), 'utf8').split('---\n')[1]!));
  const order = ['I', 'II', 'III', 'IV', 'V', 'VI'];
  return {
    areas: areas
      .sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code))
      .map((area) => ({
        code: area.code,
        title: area.title,
        team: area.team,
        components: components
          .filter((c) => c.area === area.code)
          .sort((a, b) => Number(a.code.split('.')[1]) - Number(b.code.split('.')[1]))
          .map((c) => ({ title: c.title, indicators: c.indicators })),
      })),
  };
}

// each test writes and reads a few .xlsx files: seconds on a loaded machine, past Vitest's 5 s default
describe('impor:rencana, a generated Lampiran for the following year', { timeout: 30_000 }, () => {
  it('imports the .xlsx and the same sheet as Excel CSV to identical files holding exactly the generated plan', async () => {
    const xlsx = await importFile('lampiran.xlsx', await lampiranXlsx(), ['--nomor', '3 Tahun 2023', '--tanggal', '2023-01-16']);
    const csv = await importFile('lampiran.csv', lampiranCsv(), ['--nomor', '3 Tahun 2023', '--tanggal', '2023-01-16']);
    expect(xlsx.errors).toBe('');
    expect(xlsx.code).toBe(0);
    expect(csv.code).toBe(0);
    expect(readTree(csv.dir)).toEqual(readTree(xlsx.dir));
    expect(importedPlan(xlsx.dir)).toEqual(expectedPlan());
    // the changes the sample makes against 2022 are in the plan
    const texts = importedPlan(xlsx.dir).areas.flatMap((a) => a.components.flatMap((c) => c.indicators.map((i: { text: string }) => i.text)));
    expect(texts).toContain(ADDED.text);
    expect(DROPPED).toHaveLength(2);
    // the CSV really is Excel's: BOM, semicolons, CRLF
    const raw = lampiranCsv();
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raw.toString('utf8')).toContain(';\r\n');
  });

  it('the demo content\'s sample 2023 is exactly what the importer makes of the generated sheet', async () => {
    const demo = path.resolve('tests/fixtures/demo');
    const flags = ['--nomor', '3 Tahun 2023', '--tanggal', '2023-01-16', '--judul', 'CONTOH DATA: Rencana Aksi Pembangunan Zona Integritas Tahun 2023'];
    const dir = contentDir();
    if (process.env.PZI_UPDATE_DEMO_PLAN === '1') rmSync(path.join(demo, '2023'), { recursive: true, force: true });
    const result = await importFile('lampiran.xlsx', await lampiranXlsx(), flags, process.env.PZI_UPDATE_DEMO_PLAN === '1' ? demo : dir);
    expect(result.code).toBe(0);
    if (process.env.PZI_UPDATE_DEMO_PLAN !== '1') expect(readTree(path.join(demo, '2023'))).toEqual(readTree(path.join(dir, '2023')));
  });

  it('shows the hierarchy and the month grid, records its readings and writes the particulars given (nothing invented)', async () => {
    const result = await importFile('lampiran.xlsx', await lampiranXlsx(), ['--nomor', '3 Tahun 2023']);
    expect(result.log).toMatch(/Area V {2}Penguatan Pengawasan — Tim Pengawasan/);
    expect(result.log).toMatch(/I\.1\.1 {2}Menerbitkan SK Tim Kerja/);
    expect(result.log).toMatch(/· · · · √ · · · · · · ·/);
    const decree = parseYaml(readFileSync(path.join(result.dir, '2023/keputusan.yaml'), 'utf8'));
    expect(decree).toMatchObject({ number: 3, year: 2023, sourceKind: 'lembar-lampiran' });
    expect(decree.date).toBeUndefined();
    expect(decree.signedBy).toBeUndefined();
    const v1 = readFileSync(path.join(result.dir, '2023/komponen/v-1.mdx'), 'utf8');
    expect(v1).toMatch(/kind: baca-lembar[\s\S]*mengulang judul tabel/);
    const all = readTree(path.join(result.dir, '2023/komponen'));
    expect(Object.values(all).join('\n')).toMatch(/berisi huruf "v", dibaca sebagai tanda bulan/);
  });

  it('reads a team cell merged across two areas as both areas\' team, with a reading note; its CSV, which loses the merge, is refused', async () => {
    const rows = lampiranRows();
    const teamRow = rows.findIndex((row) => row[17]?.value === 'Tim Manajemen Perubahan');
    const areaThree = rows.findIndex((row) => row[0]?.value === 'III');
    const secondTeam = rows.findIndex((row) => row[17]?.value === 'Tim Penguatan Tata Laksana');
    rows[secondTeam]![17] = null;
    rows[teamRow]![17] = { value: 'Tim Manajemen Perubahan', rows: areaThree - teamRow - 1 };
    const xlsx = await importFile('gabung.xlsx', await rowsToXlsx(rows));
    expect(xlsx.errors).toBe('');
    expect(parseYaml(readFileSync(path.join(xlsx.dir, '2023/area/ii.yaml'), 'utf8')).team).toBe('Tim Manajemen Perubahan');
    expect(readFileSync(path.join(xlsx.dir, '2023/komponen/ii-1.mdx'), 'utf8')).toMatch(
      new RegExp(`Sel PENANGGUNG JAWAB R${teamRow + 1}:R${areaThree - 1} digabung melintasi area I dan II`),
    );
    const csv = await importFile('gabung.csv', rowsToCsv(rows));
    expect(csv.errors).toMatch(/kolom R: area II tanpa penanggung jawab/);
  });

  it('never overwrites silently: without --ya it asks, and "tidak" writes nothing', async () => {
    const dir = contentDir();
    const file = path.join(root, 'tanya.xlsx');
    writeFileSync(file, await lampiranXlsx());
    const questions: string[] = [];
    const code = await main(['--tahun', '2023', '--konten', dir, file], async (question) => {
      questions.push(question);
      return question.startsWith('Tulis') ? 'tidak' : '';
    }, () => {});
    expect(code).toBe(1);
    expect(questions.some((q) => q.startsWith('Nomor keputusan'))).toBe(true);
    expect(existsSync(path.join(dir, '2023'))).toBe(false);
  });

  it('a re-import of a corrected sheet replaces the plan, keeps particulars and narratives, and lists what it removes', async () => {
    const first = await importFile('lampiran.xlsx', await lampiranXlsx(), ['--nomor', '3 Tahun 2023', '--tanggal', '2023-01-16']);
    const narrative = path.join(first.dir, '2023/komponen/i-1.mdx');
    writeFileSync(narrative, `${readFileSync(narrative, 'utf8')}\nNarasi staf.\n`);
    mkdirSync(path.join(first.dir, '2023/catatan'), { recursive: true });
    writeFileSync(path.join(first.dir, '2023/catatan/2023-05-evaluasi.mdx'), '---\nindicators: [I.3.1]\n---\n');
    const plan = expectedPlan();
    plan.areas[5]!.components.pop();
    plan.areas[0]!.components[2]!.indicators.unshift({ text: 'CONTOH: indikator baru di depan', actions: [{ step: 'Langkah baru', evidence: 'Bukti baru', months: [3] }] });
    const second = await importFile('lampiran.xlsx', await lampiranXlsx(plan), [], first.dir);
    expect(second.code).toBe(0);
    expect(second.log).toMatch(/kode I\.3\.1 kini berarti "CONTOH: indikator baru di depan" \(sebelumnya "Timeline pemantauan[^"]*"\); periksa catatan\/2023-05-evaluasi\.mdx/);
    // I.3.2 is a new code (I.3 had one indicator): nothing cited it before
    expect(second.log).not.toMatch(/kode I\.3\.2/);
    expect(second.log).toMatch(/akan dihapus: .*2023\/komponen\/vi-3\.mdx/);
    expect(existsSync(path.join(first.dir, '2023/komponen/vi-3.mdx'))).toBe(false);
    expect(readFileSync(narrative, 'utf8')).toContain('Narasi staf.');
    expect(parseYaml(readFileSync(path.join(first.dir, '2023/keputusan.yaml'), 'utf8'))).toMatchObject({ number: 3 });
  });
});

/** The generated sheet as a grid, changed by `edit`, read by the parser. */
function readEdited(edit: (rows: string[][]) => void): SheetPlan {
  const rows = lampiranRows().map((row) => Array.from({ length: 18 }, (_, i) => (row[i] ? String(row[i]!.value) : '')));
  edit(rows);
  const grid: SheetGrid = { sheet: 'Lampiran', rows, isCsv: false };
  return readLampiran(grid);
}

const rowOf = (rows: string[][], text: string) => rows.findIndex((row) => row.includes(text));

describe('impor:rencana refuses a malformed sheet naming sheet, row and column', { timeout: 30_000 }, () => {
  it('a month mark outside the month columns', () => {
    expect(() =>
      readEdited((rows) => {
        const r = rowOf(rows, 'Menyusun analisa kebutuhan pegawai');
        rows[r]![18] = '√';
      }),
    ).toThrow(/^Lembar "Lampiran", baris 24, kolom S: tanda "√" berada di luar kolom bulan \(kolom bulan: F sampai Q\)/);
  });

  it('a mark in the PENANGGUNG JAWAB column', () => {
    expect(() => readEdited((rows) => { rows[rowOf(rows, 'Menyusun analisa kebutuhan pegawai')]![17] = '✓'; })).toThrow(/baris 24, kolom R: tanda "✓" berada di luar kolom bulan/);
  });

  it('an indicator without a component', () => {
    expect(() =>
      readEdited((rows) => {
        const r = rowOf(rows, 'Menyusun analisa kebutuhan pegawai');
        rows[r]![0] = '';
        rows[r]![1] = '';
      }),
    ).toThrow(/^Lembar "Lampiran", baris 24, kolom C: indikator "Kebutuhan pegawai .*" tidak berada di bawah komponen mana pun/);
  });

  it('a component without an area', () => {
    expect(() => readEdited((rows) => { rows[rowOf(rows, 'I')]![0] = ''; rows[rowOf(rows, 'Pembangunan unit kerja untuk memperoleh predikat menuju WBK/WBBM')]![1] = ''; })).toThrow(
      /^Lembar "Lampiran", baris 9, kolom B: komponen "Tim Kerja" tidak berada di bawah area mana pun/,
    );
  });

  it('an empty step', () => {
    expect(() => readEdited((rows) => { rows[rowOf(rows, 'Menyusun analisa kebutuhan pegawai')]![3] = ''; })).toThrow(
      /^Lembar "Lampiran", baris 24, kolom D: langkah aksi kosong, padahal baris ini memuat bukti fisik "Surat usulan Kebutuhan Pegawai"/,
    );
  });

  it('anything but a mark in a month column, quoting it', () => {
    expect(() => readEdited((rows) => { rows[rowOf(rows, 'Menyusun analisa kebutuhan pegawai')]![9] = 'Mei'; })).toThrow(/baris 24, kolom J: kolom bulan 5 berisi "Mei"/);
  });

  it('a CSV names its file instead of a sheet, and a CSV not saved as UTF-8 is refused with how to save it', async () => {
    const csv = lampiranCsv().toString('utf8').replace('Menyusun analisa kebutuhan pegawai;', ';');
    const result = await importFile('lampiran-2023.csv', Buffer.from(csv, 'utf8'));
    expect(result.code).toBe(1);
    expect(result.errors).toMatch(/Berkas lampiran-2023\.csv, baris 24, kolom D: langkah aksi kosong/);
    const latin1 = Buffer.from(lampiranCsv().toString('utf8').slice(1).replaceAll('√', '?'), 'latin1');
    const ansi = await importFile('ansi.csv', Buffer.concat([latin1, Buffer.from([0xe9, 0xff])]));
    expect(ansi.errors).toMatch(/CSV UTF-8/);
  });

  it('a file that is not a spreadsheet, or too big, is refused before it is unpacked', async () => {
    const docx = await importFile('lampiran.docx', Buffer.from('PK'));
    expect(docx.errors).toMatch(/\.docx.*tidak dibaca.*salin tabelnya ke Excel/s);
    const broken = await importFile('rusak.xlsx', Buffer.from('bukan zip'));
    expect(broken.errors).toMatch(/bukan berkas \.xlsx yang utuh/);
    const big = await importFile('besar.csv', Buffer.alloc(6 * 1024 * 1024, 0x41));
    expect(big.errors).toMatch(/paling besar 5 MB/);
    // a zip bomb: a small file that unpacks to 60 MB is refused from its zip directory, before unpacking
    const bomb = Buffer.from(zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 }));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const refused = await importFile('bom.xlsx', bomb);
    expect(refused.errors).toMatch(/bom\.xlsx berisi 60 MB setelah dibuka; paling banyak 50 MB/);
  });
});
