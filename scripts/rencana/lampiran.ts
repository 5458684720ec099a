/**
 * Reads the Lampiran table of a plan year as the office keeps it in Excel: title rows, the header
 * (NO, KOMPONEN, INDIKATOR, LANGKAH AKSI, BUKTI FISIK, PELAKSANAAN (BULAN) 1–12, PENANGGUNG JAWAB),
 * the 1–18 numbering row, the header repeated on every printed page, merged cells (Excel keeps the
 * value in the first cell of a merge only, and so does its CSV), empty rows and √ / ✓ / v / x marks.
 *
 * Pure: a grid of cell texts in, the plan out, or a LampiranError naming sheet, row and column as
 * Excel does. Whatever had to be interpreted becomes a reading note, published on the year's
 * catatan-pembacaan page with the row it comes from.
 */
import type { DecreeAction, DecreeArea, DecreeComponent, DecreeIndicator, DecreeTable, ReadingNote } from '../decree/decree-table.ts';
import { columnName, type SheetGrid } from './read-sheet.ts';

export interface SheetPlan extends DecreeTable {
  /** The title rows above the table, joined: the Lampiran's heading. */
  annexTitle: string;
  /** The year named in the title rows, if any. */
  titleYear?: number;
}

/** A refusal: where (sheet, 1-based row, 0-based column) and what, in Indonesian. */
export class LampiranError extends Error {
  readonly sheet: string;
  readonly row: number;
  /** The column as Excel names it: "F". */
  readonly column: string;
  constructor(sheet: string, isCsv: boolean, row: number, column: number, problem: string) {
    super(`${isCsv ? `Berkas ${sheet}` : `Lembar "${sheet}"`}, baris ${row}, kolom ${columnName(column)}: ${problem}`);
    this.sheet = sheet;
    this.row = row;
    this.column = columnName(column);
  }
}

interface Columns {
  no: number;
  component: number;
  indicator: number;
  step: number;
  evidence: number;
  /** Column of January; the twelve month columns follow it. */
  firstMonth: number;
  team: number;
  /** Last column of the header: marks right of it are outside the table. */
  last: number;
}

const HEADER_NAMES = {
  no: /^no\.?$/i,
  component: /^komponen$/i,
  indicator: /^indikator$/i,
  step: /^langkah\s*aksi$/i,
  evidence: /^bukti\s*fisik$/i,
  months: /^pelaksanaan(\s*\(?bulan\)?)?$/i,
  team: /^penanggung\s*jawab$/i,
} as const;

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'];

/** √ (U+221A), ✓ (U+2713), ✔ (U+2714): the marks Excel users type or paste. */
const CHECK_MARKS = new Set(['\u221A', '\u2713', '\u2714']);
/** Letters typed for a mark when the √ symbol is not at hand: read as a mark, with a reading note. */
const LETTER_MARKS = new Set(['v', 'V', 'x', 'X']);

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;

/** The `field` of a reading about a component's rows rather than one of its fields (reading-notes.ts). */
const COMPONENT_FIELD = 'komponen';

const cell = (row: readonly string[] | undefined, column: number) => row?.[column] ?? '';

function isHeaderRow(row: readonly string[]): boolean {
  return row.some((text) => HEADER_NAMES.step.test(text)) && row.some((text) => HEADER_NAMES.indicator.test(text));
}

/** The 1, 2, 3, … numbering row under the header (1–18 in the decree's layout). */
function isNumberingRow(row: readonly string[]): boolean {
  const filled = row.filter((text) => text !== '');
  return filled.length >= 5 && filled.every((text, index) => text === String(index + 1));
}

/** The row naming the months under PELAKSANAAN: 1 … 12 or Jan … Des, from `first`. */
function isMonthRow(row: readonly string[], first: number): boolean {
  return Array.from({ length: 12 }, (_, i) => cell(row, first + i).toLowerCase()).every(
    (text, i) => text === String(i + 1) || text.startsWith(MONTH_NAMES[i]!),
  );
}

function findColumns(grid: SheetGrid, headerRow: number): Columns {
  const row = grid.rows[headerRow - 1]!;
  const find = (pattern: RegExp) => row.findIndex((text) => pattern.test(text));
  const columns = {
    no: find(HEADER_NAMES.no),
    component: find(HEADER_NAMES.component),
    indicator: find(HEADER_NAMES.indicator),
    step: find(HEADER_NAMES.step),
    evidence: find(HEADER_NAMES.evidence),
    firstMonth: find(HEADER_NAMES.months),
    team: find(HEADER_NAMES.team),
  };
  const names: Record<keyof typeof columns, string> = {
    no: 'NO', component: 'KOMPONEN', indicator: 'INDIKATOR', step: 'LANGKAH AKSI', evidence: 'BUKTI FISIK',
    firstMonth: 'PELAKSANAAN (BULAN)', team: 'PENANGGUNG JAWAB',
  };
  for (const key of Object.keys(columns) as (keyof typeof columns)[]) {
    if (columns[key] < 0) {
      throw new LampiranError(grid.sheet, grid.isCsv, headerRow, 0, `judul kolom "${names[key]}" tidak ditemukan di baris judul tabel. Judul yang dibaca: ${row.filter(Boolean).map((t) => `"${t}"`).join(', ')}.`);
    }
  }
  if (columns.team <= columns.firstMonth + 11 && columns.team > columns.firstMonth) {
    throw new LampiranError(grid.sheet, grid.isCsv, headerRow, columns.team, 'kolom PENANGGUNG JAWAB berada di antara kolom bulan; dua belas kolom bulan harus berurutan.');
  }
  return { ...columns, last: Math.max(row.length - 1, columns.team, columns.firstMonth + 11) };
}

interface Place {
  area?: DecreeArea;
  component?: DecreeComponent;
  indicator?: DecreeIndicator;
  action?: DecreeAction;
}

/** Reads the grid into the plan; throws LampiranError at the first cell it cannot read one way only. */
export function readLampiran(grid: SheetGrid): SheetPlan {
  const fail = (row: number, column: number, problem: string): never => {
    throw new LampiranError(grid.sheet, grid.isCsv, row, column, problem);
  };
  const headerIndex = grid.rows.findIndex(isHeaderRow);
  if (headerIndex < 0) fail(1, 0, 'baris judul tabel (NO, KOMPONEN, INDIKATOR, LANGKAH AKSI, BUKTI FISIK, PELAKSANAAN (BULAN), PENANGGUNG JAWAB) tidak ditemukan.');
  const columns = findColumns(grid, headerIndex + 1);
  const titleRows = grid.rows.slice(0, headerIndex).map((row) => row.filter(Boolean).join(' ')).filter(Boolean);
  const annexTitle = titleRows.join(' ').replace(/\s+/g, ' ').trim();
  const titleYear = /\bTAHUN\s+(\d{4})\b/i.exec(annexTitle)?.[1];

  const areas: DecreeArea[] = [];
  const readings: ReadingNote[] = [];
  const place: Place = {};
  const monthColumn = (column: number) => column - columns.firstMonth + 1;
  const note = (row: number, reason: string, field?: string) =>
    readings.push({ line: row, kind: 'sheet', reason, component: place.component?.code, field, lines: [row] });

  for (let index = headerIndex + 1; index < grid.rows.length; index++) {
    const rowNumber = index + 1;
    const row = grid.rows[index]!;
    if (row.every((text) => text === '')) continue;
    if (isHeaderRow(row)) {
      if (place.component) note(rowNumber, `Baris ${rowNumber} mengulang judul tabel (awal halaman cetak) di tengah komponen ${place.component.code}; baris itu dilewati dan komponen dibaca berlanjut.`);
      continue;
    }
    if (isNumberingRow(row) || isMonthRow(row, columns.firstMonth)) continue;

    const no = cell(row, columns.no);
    const componentText = cell(row, columns.component);
    const indicatorText = cell(row, columns.indicator);
    const step = cell(row, columns.step);
    const evidence = cell(row, columns.evidence);
    const team = cell(row, columns.team);

    // Marks: only in the twelve month columns; anything else there is refused, not guessed.
    const months: number[] = [];
    for (let column = 0; column < row.length; column++) {
      const text = row[column]!;
      const inMonths = column >= columns.firstMonth && column < columns.firstMonth + 12;
      const isMark = CHECK_MARKS.has(text) || LETTER_MARKS.has(text);
      if (inMonths) {
        if (text === '') continue;
        if (!isMark) fail(rowNumber, column, `kolom bulan ${monthColumn(column)} berisi "${text}"; isi kolom bulan hanya tanda √ (atau ✓, v, x), atau biarkan kosong.`);
        months.push(monthColumn(column));
        if (LETTER_MARKS.has(text)) note(rowNumber, `Sel ${columnName(column)}${rowNumber} berisi huruf "${text}", dibaca sebagai tanda bulan ${monthColumn(column)} (√).`);
      } else if (isMark && CHECK_MARKS.has(text)) {
        fail(rowNumber, column, `tanda "${text}" berada di luar kolom bulan (kolom bulan: ${columnName(columns.firstMonth)} sampai ${columnName(columns.firstMonth + 11)}). Pindahkan tanda ke kolom bulan yang dimaksud.`);
      } else if (column > columns.last && text !== '') {
        fail(rowNumber, column, `sel di luar tabel (kolom terakhir tabel: ${columnName(columns.last)}) berisi "${text}". Hapus isinya atau pindahkan ke kolom yang tepat.`);
      }
    }

    // An area row: a Roman numeral in NO ("II" or "II Penataan Tata Laksana"), its title beside it.
    const areaMatch = /^([IVX]+)\.?(?:\s+(.+))?$/.exec(no);
    if (areaMatch && ROMAN.test(areaMatch[1]!) && !indicatorText && !step) {
      const code = areaMatch[1]!;
      const title = areaMatch[2] ?? componentText;
      if (!title) fail(rowNumber, columns.component, `baris area ${code} tanpa judul area.`);
      if (areas.some((area) => area.code === code)) fail(rowNumber, columns.no, `area ${code} sudah dimulai sebelumnya; setiap area ditulis satu kali.`);
      const area: DecreeArea = { code, title, team, components: [], corrections: [], line: rowNumber };
      areas.push(area);
      Object.assign(place, { area, component: undefined, indicator: undefined, action: undefined });
      if (months.length > 0) fail(rowNumber, columns.firstMonth, `baris area ${code} memuat tanda bulan; tanda bulan ditulis pada baris langkah aksi.`);
      continue;
    }

    if (no || componentText) {
      if (!place.area) fail(rowNumber, componentText ? columns.component : columns.no, `komponen "${componentText || no}" tidak berada di bawah area mana pun. Tulis baris area (mis. "I" di kolom ${columnName(columns.no)} dan judul area di kolom ${columnName(columns.component)}) di atasnya.`);
      const area = place.area!;
      const number = area.components.length + 1;
      if (!componentText) fail(rowNumber, columns.component, `nomor komponen "${no}" tanpa nama komponen.`);
      const component: DecreeComponent = { code: `${area.code}.${number}`, area: area.code, number, title: componentText, indicators: [], corrections: [], line: rowNumber };
      if (no && no !== String(number)) note(rowNumber, `Nomor komponen tertulis "${no}", dibaca sebagai komponen ke-${number} area ${area.code} (${component.code}).`);
      area.components.push(component);
      Object.assign(place, { component, indicator: undefined, action: undefined });
    }

    if (team && place.area) {
      if (!place.area.team) place.area.team = team;
      else if (team !== place.area.team) note(rowNumber, `Kolom PENANGGUNG JAWAB berisi "${team}", sedangkan area ${place.area.code} sudah bertim "${place.area.team}"; situs memakai satu tim per area, yaitu yang pertama.`);
    }

    if (indicatorText) {
      if (!place.component) fail(rowNumber, columns.indicator, `indikator "${indicatorText}" tidak berada di bawah komponen mana pun. Tulis nomor dan nama komponennya di kolom ${columnName(columns.no)} dan ${columnName(columns.component)} pada baris ini atau di atasnya.`);
      const indicator: DecreeIndicator = { text: indicatorText, actions: [], line: rowNumber };
      place.component!.indicators.push(indicator);
      Object.assign(place, { indicator, action: undefined });
    }

    const hasActionContent = step || evidence || months.length > 0;
    if (!hasActionContent) {
      if (indicatorText) fail(rowNumber, columns.step, `indikator "${indicatorText}" tanpa langkah aksi. Isi kolom LANGKAH AKSI.`);
      continue;
    }
    if (!step) fail(rowNumber, columns.step, `langkah aksi kosong, padahal baris ini memuat ${evidence ? `bukti fisik "${evidence}"` : 'tanda bulan'}. Isi kolom LANGKAH AKSI.`);
    if (!place.indicator) fail(rowNumber, columns.indicator, `langkah aksi "${step}" tidak berada di bawah indikator mana pun.`);
    if (months.length === 0) fail(rowNumber, columns.firstMonth, `langkah aksi "${step}" tanpa tanda bulan; beri tanda √ di kolom bulan pelaksanaannya (${columnName(columns.firstMonth)} sampai ${columnName(columns.firstMonth + 11)}).`);
    const markFields = months.map((month) => columns.firstMonth + month);
    const action: DecreeAction = {
      step,
      ...(evidence ? { evidence } : {}),
      months,
      line: rowNumber,
      lines: [rowNumber],
      marks: [{ line: rowNumber, fields: markFields }],
    };
    place.indicator!.actions.push(action);
    place.action = action;
    const indicatorIndex = place.component!.indicators.length - 1;
    for (const reading of readings) {
      if (reading.line === rowNumber && reading.kind === 'sheet' && reading.field === undefined) {
        reading.component = place.component!.code;
        reading.field = `indicators[${indicatorIndex}].actions[${place.indicator!.actions.length - 1}]`;
      }
    }
  }

  // A team cell merged down from the area above: Excel keeps its value in the merge's first cell only.
  areas.forEach((area, index) => {
    if (area.team || index === 0) return;
    const merge = grid.merges?.find((m) => m.left <= columns.team && columns.team <= m.right && m.top < area.line && m.bottom >= area.line);
    const value = merge ? cell(grid.rows[merge.top - 1], merge.left) : '';
    if (!merge || !value) return;
    area.team = value;
    const range = `${columnName(merge.left)}${merge.top}:${columnName(merge.right)}${merge.bottom}`;
    readings.push({
      line: merge.top,
      kind: 'sheet',
      reason: `Sel PENANGGUNG JAWAB ${range} digabung melintasi area ${areas[index - 1]!.code} dan ${area.code}; "${value}" dibaca sebagai tim kedua area itu.`,
      component: area.components[0]?.code,
      field: COMPONENT_FIELD,
      lines: [merge.top, area.line],
    });
  });

  for (const area of areas) {
    if (!area.team) fail(area.line, columns.team, `area ${area.code} tanpa penanggung jawab; isi kolom PENANGGUNG JAWAB pada baris area atau baris pertamanya.`);
    if (area.components.length === 0) fail(area.line, columns.component, `area ${area.code} tanpa komponen.`);
    for (const component of area.components) {
      if (component.indicators.length === 0) fail(component.line, columns.indicator, `komponen ${component.code} "${component.title}" tanpa indikator.`);
      for (const indicator of component.indicators) {
        if (!indicator.actions.some((action) => action.evidence)) {
          fail(indicator.line, columns.evidence, `indikator "${indicator.text}" tanpa bukti fisik; isi kolom BUKTI FISIK pada paling sedikit satu langkah aksinya.`);
        }
      }
    }
  }
  if (areas.length === 0) fail(headerIndex + 2, columns.no, 'tabel tidak memuat satu area pun (baris dengan angka Romawi di kolom NO).');
  // readings of rows that are not actions (repeated headers, team cells) keep the component they fall in
  for (const reading of readings) reading.field ??= COMPONENT_FIELD;
  return { areas, readings, annexTitle, ...(titleYear ? { titleYear: Number(titleYear) } : {}) };
}

/** The grid as the published source text: one line per sheet row (line n = row n), cells tab-separated. */
export function sheetSourceText(grid: SheetGrid): string {
  return `${grid.rows.map((row) => row.map((text) => text.replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\n')}\n`;
}
