/**
 * Reads an office Lampiran file into a grid of cell texts, row 1 / column A first, so a refusal can
 * name the cell as Excel does. Staff files are input like any other: size-capped before anything is
 * unpacked, formulas never evaluated (read-excel-file reads the value Excel stored), no external
 * link or other workbook part followed (only the sheets, shared strings and styles are read).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import readExcelFile from 'read-excel-file/universal';
import { columnName } from '../../src/lib/plan/sheet-column.ts';
import { mergedRanges, type MergedRange } from './merged-cells.ts';

export { columnName };

/** One sheet as text: `rows[r][c]` is row r+1, column c (0 = A); empty cells are "". */
export interface SheetGrid {
  /** The sheet's name in Excel, or the file name for a CSV (which has no sheets). */
  sheet: string;
  rows: string[][];
  /** True for a CSV: its "sheet" is the file, and the messages say so. */
  isCsv: boolean;
  /** The sheet's merged cells (none for a CSV, which does not keep them). */
  merges?: MergedRange[];
}

export const LIMITS = {
  /** Bytes of the file itself: a Lampiran is a few hundred kilobytes at most. */
  fileBytes: 5 * 1024 * 1024,
  /** Bytes of an .xlsx once unpacked, as its zip directory declares them (a zip bomb stops here). */
  unpackedBytes: 50 * 1024 * 1024,
  rows: 5000,
  columns: 60,
  cellChars: 4000,
} as const;

export class SheetReadError extends Error {}


function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).replace(/\s+/g, ' ').trim();
}

function checkShape(rows: string[][], where: string): string[][] {
  if (rows.length > LIMITS.rows) throw new SheetReadError(`${where} memuat ${rows.length} baris; paling banyak ${LIMITS.rows}. Simpan hanya tabel Lampiran.`);
  rows.forEach((row, r) => {
    if (row.length > LIMITS.columns) throw new SheetReadError(`${where}, baris ${r + 1}: ${row.length} kolom; paling banyak ${LIMITS.columns}.`);
    row.forEach((cell, c) => {
      if (cell.length > LIMITS.cellChars) {
        throw new SheetReadError(`${where}, baris ${r + 1}, kolom ${columnName(c)}: isi sel ${cell.length} karakter; paling banyak ${LIMITS.cellChars}.`);
      }
    });
  });
  // trailing empty cells say nothing; dropping them makes an .xlsx and its CSV read the same
  return rows.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === '') end--;
    return row.slice(0, end);
  });
}

/** The total unpacked size an .xlsx's zip directory declares, without unpacking anything. */
function declaredUnpackedBytes(bytes: Uint8Array): number {
  let total = 0;
  unzipSync(bytes, {
    filter(file) {
      total += file.originalSize;
      return false;
    },
  });
  return total;
}

async function readXlsx(bytes: Uint8Array, name: string, sheetName?: string): Promise<SheetGrid> {
  let unpacked: number;
  try {
    unpacked = declaredUnpackedBytes(bytes);
  } catch {
    throw new SheetReadError(`${name} bukan berkas .xlsx yang utuh (tidak dapat dibuka sebagai arsip). Simpan ulang dari Excel sebagai "Buku Kerja Excel (*.xlsx)".`);
  }
  if (unpacked > LIMITS.unpackedBytes) {
    throw new SheetReadError(`${name} berisi ${Math.round(unpacked / 1048576)} MB setelah dibuka; paling banyak ${LIMITS.unpackedBytes / 1048576} MB. Simpan hanya lembar Lampiran.`);
  }
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = await readExcelFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    throw new SheetReadError(`${name} tidak dapat dibaca sebagai lembar kerja Excel (${(error as Error).message}). Simpan ulang dari Excel sebagai "Buku Kerja Excel (*.xlsx)".`);
  }
  const grids = sheets.map((sheet) => ({ sheet: sheet.sheet, rows: sheet.data.map((row) => row.map(cellText)), isCsv: false }));
  if (sheetName !== undefined) {
    const found = grids.find((grid) => grid.sheet === sheetName);
    if (!found) throw new SheetReadError(`${name} tidak memiliki lembar "${sheetName}"; lembarnya: ${grids.map((g) => `"${g.sheet}"`).join(', ')}.`);
    return { ...found, rows: checkShape(found.rows, `Lembar "${found.sheet}"`), merges: mergedRanges(bytes, found.sheet) };
  }
  const withTable = grids.filter((grid) => grid.rows.some((row) => row.some((cell) => /^langkah\s*aksi$/i.test(cell))));
  if (withTable.length !== 1) {
    throw new SheetReadError(
      withTable.length === 0
        ? `Tidak ada lembar di ${name} yang memuat judul kolom "LANGKAH AKSI". Lembarnya: ${grids.map((g) => `"${g.sheet}"`).join(', ')}.`
        : `Ada ${withTable.length} lembar di ${name} yang memuat tabel rencana aksi (${withTable.map((g) => `"${g.sheet}"`).join(', ')}); pilih satu dengan --lembar "<nama lembar>".`,
    );
  }
  const chosen = withTable[0]!;
  return { ...chosen, rows: checkShape(chosen.rows, `Lembar "${chosen.sheet}"`), merges: mergedRanges(bytes, chosen.sheet) };
}

function readCsv(bytes: Uint8Array, name: string): SheetGrid {
  let text: string;
  try {
    // Excel's "CSV UTF-8" starts with a BOM, which TextDecoder drops; plain "CSV" is Windows-1252, where √ cannot be written
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SheetReadError(`${name} bukan teks UTF-8. Di Excel pilih Simpan Sebagai → "CSV UTF-8 (Comma delimited) (*.csv)"; jenis "CSV" biasa mengganti tanda √ dengan "?".`);
  }
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: false });
  const rows = parsed.data.map((row) => row.map(cellText));
  // a final line break gives one empty last row
  while (rows.length > 0 && rows.at(-1)!.every((cell) => cell === '')) rows.pop();
  return { sheet: name, rows: checkShape(rows, name), isCsv: true };
}

/** Reads `file` (.xlsx or .csv) into one sheet grid; throws SheetReadError, in Indonesian, on anything else. */
export async function readSheetFile(file: string, sheetName?: string): Promise<SheetGrid> {
  const name = path.basename(file);
  const extension = path.extname(file).toLowerCase();
  if (extension !== '.xlsx' && extension !== '.csv') {
    throw new SheetReadError(
      `${name}: jenis berkas "${extension || '(tanpa akhiran)'}" tidak dibaca. Berikan Lampiran sebagai .xlsx (Buku Kerja Excel) atau .csv (CSV UTF-8). ` +
        'Lampiran dalam Word (.docx): salin tabelnya ke Excel lalu simpan sebagai .xlsx.',
    );
  }
  const size = statSync(file).size;
  if (size > LIMITS.fileBytes) throw new SheetReadError(`${name} berukuran ${Math.round(size / 1024)} KB; paling besar ${LIMITS.fileBytes / 1048576} MB.`);
  const bytes = readFileSync(file);
  return extension === '.csv' ? readCsv(bytes, name) : readXlsx(bytes, name, sheetName);
}
