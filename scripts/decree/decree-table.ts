/**
 * Reads the Lampiran table of a Rencana Aksi Zona Integritas decree (text extracted from the
 * signed PDF) into areas → components → indicators → actions.
 *
 * Pure functions only: no file system, no YAML. `scripts/import-decree.ts` does the writing.
 *
 * The extracted table is messy, so every reading rule is a small named function below, and every
 * row the rules do not cover makes the parser throw (naming the line), so that a future decree is
 * never silently mis-read. Obvious extraction errors in the wording are fixed after the table is
 * assembled, and each fix is listed in the entity's `corrections` for audit.
 */
import type { Correction, CorrectionKind } from '../../src/schemas/shared.ts';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** One action step (LANGKAH AKSI) with its evidence (BUKTI FISIK) and months (PELAKSANAAN). */
export interface DecreeAction {
  step: string;
  /** Absent where the decree gives no evidence for this step. */
  evidence?: string;
  /** Months 1–12, sorted, each once. */
  months: number[];
  /** 1-based line of the source text where the action starts. */
  line: number;
  /** Every source line the action was read from (more than one when rows were joined). */
  lines: number[];
  /** The 1-based fields holding a check mark, per source line that has any. */
  marks: MarkFields[];
  /**
   * Set when a mark sits outside the twelve month columns (fields 6–17): the raw fields and how
   * they were read, in Indonesian. Published with the action, so the reading is never silent.
   */
  monthsNote?: string;
}

/** The fields of one source line that hold a check mark. */
export interface MarkFields {
  line: number;
  fields: number[];
}

export interface DecreeIndicator {
  text: string;
  actions: DecreeAction[];
  line: number;
}

export interface DecreeComponent {
  /** e.g. "V.1". */
  code: string;
  /** Area code, e.g. "V". */
  area: string;
  /** 1-based position in the area (the NO column). */
  number: number;
  title: string;
  indicators: DecreeIndicator[];
  /** Fixes made to this component's wording; field paths relative to the component. */
  corrections: Correction[];
  line: number;
}

export interface DecreeArea {
  /** Roman numeral as printed, e.g. "V". */
  code: string;
  title: string;
  /** The responsible team (PENANGGUNG JAWAB), written once per area; published in title case. */
  team: string;
  components: DecreeComponent[];
  /** Fixes made to the area's own fields (`title`, `team`). */
  corrections: Correction[];
  line: number;
}

export interface DecreeTable {
  areas: DecreeArea[];
  /** Rows read by a listed decision (row repairs, known continuations), for the import report. */
  readings: ReadingNote[];
}

/** A row read by a listed reading decision or a joining rule rather than as a row of its own. */
export interface ReadingNote {
  line: number;
  /** `sheet`: a reading of an office Lampiran sheet (scripts/rencana/lampiran.ts). */
  kind: 'row-repair' | 'known-continuation' | 'continuation' | 'sheet';
  reason: string;
  /** Code of the component the row belongs to, e.g. "II.3". */
  component?: string;
  /** Path of the field it changed, relative to the component, e.g. "indicators[0].actions[1]". */
  field?: string;
  /** The action's source lines after the reading (the joined rows). */
  lines?: number[];
}

/** A correction with the code of the entity it belongs to ("V" for an area, "V.1" for a component). */
export interface EntityCorrection extends Correction {
  entity: string;
}

/** The kinds a table row can be classified as. */
export type RowKind =
  | 'blank'
  | 'end'
  | 'header'
  | 'area'
  | 'component'
  | 'indicator'
  | 'action'
  | 'continuation'
  | 'known-continuation';

/** A data row read into the table's named columns. */
export interface TableRow {
  line: number;
  no: string;
  component: string;
  indicator: string;
  step: string;
  evidence: string;
  months: number[];
  /** 1-based fields holding a check mark, month columns and beyond. */
  markFields: number[];
  /** Text in the PENANGGUNG JAWAB column (field 18 or later), if any. */
  team: string;
}

/**
 * A continuation row that carries its own evidence and months, named as a continuation by a
 * reader of the signed copy (see KNOWN_CONTINUATIONS in rules-2022.ts for why this is a list, not a heuristic).
 */
export interface KnownContinuation {
  /** The row's LANGKAH AKSI starts with this text. */
  stepStartsWith: string;
  /** Why the row continues the previous action, in Indonesian. */
  reason: string;
}

/** A row the extraction scrambled: its texts landed in the wrong fields and are moved back. */
export interface RowRepair {
  /** Field 1 of the scrambled row starts with this text. */
  firstFieldStartsWith: string;
  /** What the repaired row is. */
  kind: 'indicator' | 'action';
  /** For each column, the 1-based field of the scrambled row that holds its text. */
  columns: { indicator?: number; step?: number; evidence?: number };
  /** Why, in Indonesian. */
  reason: string;
}

/**
 * The reading decisions of one decree: which rows continue an action, which scrambled rows are
 * moved back, which extraction errors are fixed. Always passed in (see rules-2022.ts): rules read
 * off the 2022 copy must never be applied to another decree unnoticed.
 */
export interface ParseOptions {
  knownContinuations: readonly KnownContinuation[];
  rowRepairs: readonly RowRepair[];
  textFixes: readonly TextFix[];
}

// ---------------------------------------------------------------------------------------------
// Column layout and reading decisions for the 2022 decree
// ---------------------------------------------------------------------------------------------

/** The check mark of the month columns: U+221A SQUARE ROOT "√" (bytes e2 88 9a), not U+2713. */
export const CHECK_MARK = '\u221A';

/** 1-based fields: NO, KOMPONEN, INDIKATOR, LANGKAH AKSI, BUKTI FISIK, then months 1–12 in 6–17. */
const FIELD = { no: 1, component: 2, indicator: 3, step: 4, evidence: 5 } as const;
const FIRST_MONTH_FIELD = 6;
const LAST_MONTH_FIELD = 17;

// ---------------------------------------------------------------------------------------------
// Text fixes (obvious extraction errors), applied after the table is assembled
// ---------------------------------------------------------------------------------------------

/** Which text fields a fix may touch. */
export type TextField = 'areaTitle' | 'componentTitle' | 'indicator' | 'step' | 'evidence';

export interface TextFix {
  fields: readonly TextField[];
  apply: (text: string) => string;
  /** One sentence, in Indonesian. */
  reason: string;
  /** What kind of change it is (see CORRECTION_KINDS); an extraction typo unless said otherwise. */
  kind?: CorrectionKind;
}

/**
 * Closes parentheses left open at the end of a cell: the PDF's cell ended on a line break and
 * the extraction lost the closing ")". A ")" without a "(" is a list marker ("1)") and ignored.
 */
export function closeOpenParenthesis(text: string): string {
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
  }
  return depth > 0 ? text + ')'.repeat(depth) : text;
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/** Collapses runs of whitespace and trims: the PDF's line breaks inside a cell are not wording. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Splits a line into its tab-separated fields, whitespace-normalised. */
export function splitFields(line: string): string[] {
  return line.split('\t').map(normalizeSpace);
}

/** 1-based field access; missing fields read as empty. */
function field(fields: readonly string[], position: number): string {
  return fields[position - 1] ?? '';
}

export function isCheckMark(text: string): boolean {
  return text === CHECK_MARK;
}

/** Roman numerals I…XXXIX, as area codes are printed. */
const ROMAN_PATTERN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;

export function toRoman(value: number): string {
  const parts: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let out = '';
  for (const [size, numeral] of parts) {
    while (rest >= size) {
      out += numeral;
      rest -= size;
    }
  }
  return out;
}

/** Indonesian function words stay lower case inside a title-cased name. */
const LOWER_CASE_WORDS = new Set(['dan', 'di', 'ke', 'dari', 'yang', 'untuk', 'atau', 'pada', 'dengan']);
/** Abbreviations stay upper case. */
const UPPER_CASE_WORDS = new Set(['KPU', 'SDM', 'ZI', 'SPIP', 'WBS', 'PPID', 'RB', 'TI', 'IT']);

/** "TIM SISTEM MANAJEMEN SUMBER DAYA MANUSIA" → "Tim Sistem Manajemen Sumber Daya Manusia". */
export function toTitleCase(text: string): string {
  return text
    .split(' ')
    .map((word, index) => {
      if (UPPER_CASE_WORDS.has(word)) return word;
      const lower = word.toLowerCase();
      if (index > 0 && LOWER_CASE_WORDS.has(lower)) return lower;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ');
}

function fail(line: number, message: string): never {
  throw new Error(`Baris ${line} tabel Lampiran: ${message}`);
}

function excerpt(fields: readonly string[]): string {
  const text = fields.filter(Boolean).join(' | ');
  return text.length > 100 ? `${text.slice(0, 97)}…` : text;
}

// ---------------------------------------------------------------------------------------------
// Row classification
// ---------------------------------------------------------------------------------------------

/** The first header row: "NO  KOMPONEN  INDIKATOR  LANGKAH AKSI  BUKTI FISIK  PELAKSANAAN (BULAN) …". */
export function isColumnTitleRow(fields: readonly string[]): boolean {
  return field(fields, 1) === 'NO' && field(fields, 2) === 'KOMPONEN';
}

/** The second header row: month numbers 1…12 in fields 6–17, nothing before them. */
export function isMonthNumberRow(fields: readonly string[]): boolean {
  for (let position = 1; position < FIRST_MONTH_FIELD; position++) {
    if (field(fields, position)) return false;
  }
  for (let month = 1; month <= 12; month++) {
    if (field(fields, FIRST_MONTH_FIELD + month - 1) !== String(month)) return false;
  }
  return true;
}

/** The third header row: column numbers 1…18. */
export function isColumnNumberRow(fields: readonly string[]): boolean {
  for (let position = 1; position <= 18; position++) {
    if (field(fields, position) !== String(position)) return false;
  }
  return true;
}

/**
 * Header rows are repeated on every page of the PDF, so after the first one they mark page breaks.
 * Each page repeats some of the three (the page of IV.2 lacks the 1…18 row), so each is recognised alone.
 */
export function isHeaderRow(fields: readonly string[]): boolean {
  return isColumnTitleRow(fields) || isMonthNumberRow(fields) || isColumnNumberRow(fields);
}

/**
 * An area heading: a Roman numeral in NO and the title in KOMPONEN, nothing else
 * ("III\tPenataan Sistem Manajemen SDM"), or both in NO separated by a space
 * ("II Penataan Tata Laksana": the extraction lost that tab).
 */
export function readAreaHeading(fields: readonly string[]): { code: string; title: string } | null {
  if (fields.slice(2).some(Boolean)) return null;
  const first = field(fields, 1);
  const second = field(fields, 2);
  if (ROMAN_PATTERN.test(first) && second) return { code: first, title: second };
  const joined = /^([IVX]+) (.+)$/.exec(first);
  if (joined && ROMAN_PATTERN.test(joined[1]!) && !second) return { code: joined[1]!, title: joined[2]! };
  return null;
}

/**
 * Months of a row: fields 6–17 are months 1–12. A check mark in any field after the 17th is a
 * spill of the last month column (the extraction shifts it under PENANGGUNG JAWAB) and means
 * December. Anything else in a month field is unknown and rejected.
 */
export function extractMonths(fields: readonly string[], line = 0): number[] {
  const months = new Set<number>();
  fields.forEach((text, index) => {
    const position = index + 1;
    if (position < FIRST_MONTH_FIELD || !text) return;
    if (position <= LAST_MONTH_FIELD) {
      if (!isCheckMark(text)) fail(line, `isi kolom bulan ${position - FIRST_MONTH_FIELD + 1} tidak dikenal: "${text}".`);
      months.add(position - FIRST_MONTH_FIELD + 1);
    } else if (isCheckMark(text)) {
      months.add(12);
    }
  });
  return [...months].sort((a, b) => a - b);
}

/** The 1-based fields of a row (month columns and beyond) that hold a check mark. */
export function extractMarkFields(fields: readonly string[]): number[] {
  return fields.flatMap((text, index) => (index + 1 >= FIRST_MONTH_FIELD && isCheckMark(text) ? [index + 1] : []));
}

/** "1, 2 dan 3". */
function joinList(items: readonly (string | number)[]): string {
  const texts = items.map(String);
  return texts.length <= 1 ? (texts[0] ?? '') : `${texts.slice(0, -1).join(', ')} dan ${texts.at(-1)}`;
}

/**
 * The reading note of an action's months: null when every mark sits in fields 6–17; otherwise
 * one or two Indonesian sentences naming the raw fields of the marks and how they were read
 * (extractMonths reads every mark beyond field 17 as December). It also names what makes a row
 * ambiguous: more marks than months, marks beyond the team column (field 18), marks evenly
 * spaced so that the December rule breaks the pattern.
 */
export function describeMonthReading(marks: readonly MarkFields[]): string | null {
  const withOutside = marks.filter((mark) => mark.fields.some((position) => position > LAST_MONTH_FIELD));
  if (withOutside.length === 0) return null;
  const sentences = withOutside.map((mark) => {
    const outside = mark.fields.filter((position) => position > LAST_MONTH_FIELD);
    const inside = mark.fields.filter((position) => position <= LAST_MONTH_FIELD);
    const where = withOutside.length > 1 || marks.length > 1 ? `Baris ${mark.line}: tanda` : 'Tanda';
    let text = `${where} √ di kolom ${joinList(mark.fields)}; kolom ${joinList(outside)}, di luar kolom bulan (kolom 6–17),`;
    text += inside.includes(LAST_MONTH_FIELD)
      ? ` dibaca Desember, yang sudah bertanda di kolom ${LAST_MONTH_FIELD}, jadi tidak menambah bulan`
      : ' dibaca Desember';
    const caveats: string[] = [];
    if (mark.fields.length > 12) caveats.push(`${mark.fields.length} tanda untuk 12 bulan`);
    const beyondTeam = outside.filter((position) => position > 18);
    if (beyondTeam.length > 0) caveats.push(`kolom ${joinList(beyondTeam)} bahkan di luar kolom penanggung jawab (kolom 18)`);
    if (isEvenlySpaced(mark.fields)) {
      caveats.push(`tanda berjarak sama (setiap ${mark.fields[1]! - mark.fields[0]!} kolom), pola yang diputus oleh bacaan Desember`);
    }
    if (caveats.length > 0) text += `; bacaan tidak pasti: ${caveats.join('; ')}`;
    return `${text}.`;
  });
  return sentences.join(' ');
}

/** Three or more marks, one gap between them all, wider than one column. */
function isEvenlySpaced(fields: readonly number[]): boolean {
  if (fields.length < 3) return false;
  const gap = fields[1]! - fields[0]!;
  return gap > 1 && fields.every((position, index) => index === 0 || position - fields[index - 1]! === gap);
}

/** Text after the month columns that is not a check mark is the PENANGGUNG JAWAB (the team). */
export function extractTeam(fields: readonly string[]): string {
  return fields
    .slice(LAST_MONTH_FIELD)
    .filter((text) => text && !isCheckMark(text))
    .join(' ');
}

/** Reads a data row into named columns. */
export function readRow(fields: readonly string[], line: number): TableRow {
  return {
    line,
    no: field(fields, FIELD.no),
    component: field(fields, FIELD.component),
    indicator: field(fields, FIELD.indicator),
    step: field(fields, FIELD.step),
    evidence: field(fields, FIELD.evidence),
    months: extractMonths(fields, line),
    markFields: extractMarkFields(fields),
    team: extractTeam(fields),
  };
}

/**
 * Moves the texts of a known scrambled row back into their columns (see ROW_REPAIRS in rules-2022.ts). Month
 * fields are left alone: the check marks of the scrambled rows stayed in place.
 */
export function repairRow(
  fields: readonly string[],
  line: number,
  repairs: readonly RowRepair[],
): { fields: string[]; repair: RowRepair } | null {
  const first = field(fields, 1);
  const repair = repairs.find((candidate) => first && first.startsWith(candidate.firstFieldStartsWith));
  if (!repair) return null;
  const sources = new Set(Object.values(repair.columns));
  for (let position = 1; position < FIRST_MONTH_FIELD; position++) {
    if (field(fields, position) && !sources.has(position)) {
      fail(line, `baris rusak yang dikenal ("${repair.firstFieldStartsWith}…") memuat teks tak terduga di kolom ${position}.`);
    }
  }
  const repaired = [...fields];
  for (let position = 1; position < FIRST_MONTH_FIELD; position++) repaired[position - 1] = '';
  for (const [column, source] of Object.entries(repair.columns)) {
    repaired[FIELD[column as keyof typeof repair.columns] - 1] = field(fields, source);
  }
  return { fields: repaired, repair };
}

function matchKnownContinuation(row: TableRow, known: readonly KnownContinuation[]): KnownContinuation | undefined {
  return known.find((entry) => row.step.startsWith(entry.stepStartsWith));
}

/** Context the classifier needs: whether the previous non-blank row was a page-break header. */
export interface ClassifyContext {
  afterPageBreak: boolean;
  knownContinuations: readonly KnownContinuation[];
}

/**
 * Classifies a data row (not blank, not a header, not an area heading):
 * - NO and KOMPONEN: starts a component;
 * - a lone "1" in NO with empty KOMPONEN right after a page break: the page's row numbering
 *   restarted, the row continues the current component (area IV, component 2);
 * - INDIKATOR: starts an indicator in the current component;
 * - neither, but its own step, evidence and months: a further action of the current indicator;
 * - neither, only step text (no evidence, no months): its text continues the previous action;
 * - a listed known continuation (see KNOWN_CONTINUATIONS in rules-2022.ts).
 * Anything else throws, naming the line.
 */
export function classifyDataRow(row: TableRow, context: ClassifyContext): RowKind {
  const hasMonths = row.months.length > 0;
  const known = matchKnownContinuation(row, context.knownContinuations);
  if (known && (row.no || row.component || row.indicator || !row.evidence || !hasMonths)) {
    fail(row.line, `baris lanjutan yang dikenal ("${known.stepStartsWith}…") tidak berbentuk baris langkah aksi.`);
  }
  if (row.no) {
    if (!/^\d+$/.test(row.no)) fail(row.line, `kolom NO berisi "${row.no}", bukan nomor komponen.`);
    if (!row.component) {
      if (context.afterPageBreak && row.no === '1' && row.indicator) return 'indicator';
      fail(row.line, `kolom NO berisi "${row.no}" tetapi kolom KOMPONEN kosong, dan ini bukan nomor "1" sesudah pergantian halaman.`);
    }
    if (!row.indicator) fail(row.line, 'komponen baru tanpa INDIKATOR.');
    return 'component';
  }
  if (row.component) fail(row.line, 'kolom KOMPONEN terisi tetapi kolom NO kosong.');
  if (row.indicator) return 'indicator';
  if (known) return 'known-continuation';
  if (row.step && row.evidence && hasMonths) return 'action';
  if (row.step && !row.evidence && !hasMonths) return 'continuation';
  return fail(
    row.line,
    'baris tidak dapat digolongkan (bukan komponen, indikator, langkah aksi, maupun lanjutan teks): ' +
      `langkah aksi ${row.step ? 'ada' : 'kosong'}, bukti fisik ${row.evidence ? 'ada' : 'kosong'}, ` +
      `bulan ${hasMonths ? row.months.join(',') : 'kosong'}.`,
  );
}

/** An indicator or component row must carry its first action complete. */
function requireFirstAction(row: TableRow, what: string): void {
  if (!row.step) fail(row.line, `${what} tanpa LANGKAH AKSI.`);
  if (!row.evidence) fail(row.line, `${what} tanpa BUKTI FISIK.`);
  if (row.months.length === 0) fail(row.line, `${what} tanpa bulan pelaksanaan.`);
}

// ---------------------------------------------------------------------------------------------
// Table assembly
// ---------------------------------------------------------------------------------------------

/** Index of the first header row: everything before it is the decree's body, not the table. */
export function findTableStart(lines: readonly string[]): number {
  const index = lines.findIndex((line) => isColumnTitleRow(splitFields(line)));
  if (index < 0) throw new Error('Tabel Lampiran tidak ditemukan: tidak ada baris judul kolom "NO, KOMPONEN, …".');
  return index;
}

/**
 * Every row of the table has tabs; the first non-empty line without one (the certification
 * "Salinan sesuai dengan aslinya") ends the table.
 */
export function isTableEnd(line: string): boolean {
  return line.trim() !== '' && !line.includes('\t');
}

function mergeMonths(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

function newAction(row: TableRow): DecreeAction {
  return {
    step: row.step,
    ...(row.evidence ? { evidence: row.evidence } : {}),
    months: [...row.months],
    line: row.line,
    lines: [row.line],
    marks: row.markFields.length > 0 ? [{ line: row.line, fields: [...row.markFields] }] : [],
  };
}

/** Joins a further source row into an action: its line and its marks. */
function joinRow(action: DecreeAction, row: TableRow): void {
  action.lines.push(row.line);
  if (row.markFields.length > 0) action.marks.push({ line: row.line, fields: [...row.markFields] });
  action.months = mergeMonths(action.months, row.months);
}

/** "indicators[1].actions[0]" of the current action within its component. */
function actionPath(component: DecreeComponent, indicator: DecreeIndicator, action: DecreeAction): string {
  return `indicators[${component.indicators.indexOf(indicator)}].actions[${indicator.actions.indexOf(action)}]`;
}

interface AreaDraft extends DecreeArea {
  rawTeam: string;
}

/**
 * Parses the decree text into areas → components → indicators → actions, with corrections.
 * Throws an Error with an Indonesian message naming the line on any row it cannot classify.
 */
export function parseDecreeTable(text: string, options: ParseOptions): DecreeTable {
  const { knownContinuations, rowRepairs, textFixes } = options;
  const lines = text.split(/\r?\n/);
  const start = findTableStart(lines);

  const areas: AreaDraft[] = [];
  let area: AreaDraft | undefined;
  let component: DecreeComponent | undefined;
  let indicator: DecreeIndicator | undefined;
  let action: DecreeAction | undefined;
  let afterPageBreak = false;
  const readings: ReadingNote[] = [];

  for (let index = start; index < lines.length; index++) {
    const line = index + 1;
    const raw = lines[index]!;
    if (isTableEnd(raw)) break;
    let fields = splitFields(raw);
    if (!fields.some(Boolean)) continue;

    if (isHeaderRow(fields)) {
      afterPageBreak = true;
      continue;
    }

    const heading = readAreaHeading(fields);
    if (heading) {
      const expected = toRoman(areas.length + 1);
      if (heading.code !== expected) fail(line, `area "${heading.code}" tidak berurutan; seharusnya area ${expected}.`);
      area = { code: heading.code, title: heading.title, team: '', rawTeam: '', components: [], corrections: [], line };
      areas.push(area);
      component = indicator = action = undefined;
      afterPageBreak = false;
      continue;
    }

    const repaired = repairRow(fields, line, rowRepairs);
    let repairNote: ReadingNote | undefined;
    if (repaired) {
      fields = repaired.fields;
      repairNote = { line, kind: 'row-repair', reason: repaired.repair.reason };
      readings.push(repairNote);
    }
    const row = readRow(fields, line);
    const kind = repaired
      ? repaired.repair.kind
      : classifyDataRow(row, { afterPageBreak, knownContinuations });
    afterPageBreak = false;

    if (!area) fail(line, 'baris data sebelum judul area pertama.');
    if (row.team) {
      // The team is written once per area and holds for the whole area.
      if (!area.rawTeam) area.rawTeam = row.team;
      else if (area.rawTeam !== row.team) fail(line, `penanggung jawab kedua "${row.team}" di area ${area.code} (sudah "${area.rawTeam}").`);
    }

    switch (kind) {
      case 'component': {
        const number = Number(row.no);
        const expected = area.components.length + 1;
        if (number !== expected) fail(line, `nomor komponen ${number} tidak berurutan di area ${area.code}; seharusnya ${expected}.`);
        requireFirstAction(row, 'Komponen');
        action = newAction(row);
        indicator = { text: row.indicator, actions: [action], line };
        component = {
          code: `${area.code}.${number}`,
          area: area.code,
          number,
          title: row.component,
          indicators: [indicator],
          corrections: [],
          line,
        };
        area.components.push(component);
        break;
      }
      case 'indicator': {
        if (!component) fail(line, 'indikator sebelum komponen pertama area.');
        if (repaired) {
          if (!row.step || row.months.length === 0) fail(line, 'indikator hasil perbaikan tanpa langkah aksi atau bulan.');
        } else {
          requireFirstAction(row, 'Indikator');
        }
        action = newAction(row);
        indicator = { text: row.indicator, actions: [action], line };
        component.indicators.push(indicator);
        if (repairNote) Object.assign(repairNote, { component: component.code, field: `indicators[${component.indicators.length - 1}]`, lines: [line] });
        break;
      }
      case 'action': {
        if (!indicator) fail(line, 'langkah aksi sebelum indikator pertama.');
        if (!row.step || row.months.length === 0) fail(line, 'langkah aksi tanpa teks atau tanpa bulan.');
        action = newAction(row);
        indicator.actions.push(action);
        if (repairNote && component) Object.assign(repairNote, { component: component.code, field: actionPath(component, indicator, action), lines: [line] });
        break;
      }
      case 'continuation': {
        // Text only (e.g. II.3 "2) KPU Kota Magelang menyediakan…"): the cell ran over a row break.
        if (!action) fail(line, 'baris lanjutan teks tanpa langkah aksi sebelumnya.');
        action.step = `${action.step} ${row.step}`;
        joinRow(action, row);
        readings.push({
          line,
          kind: 'continuation',
          reason:
            'Baris ini hanya berisi teks langkah aksi (tanpa nomor, indikator, bukti fisik, dan bulan), ' +
            'jadi dibaca sebagai lanjutan langkah aksi di atasnya: sel tabel terpotong pergantian baris.',
          component: component!.code,
          field: actionPath(component!, indicator!, action),
          lines: [...action.lines],
        });
        break;
      }
      case 'known-continuation': {
        if (!action) fail(line, 'baris lanjutan tanpa langkah aksi sebelumnya.');
        if (!action.evidence) fail(line, 'baris lanjutan yang dikenal menyambung bukti fisik, tetapi langkah sebelumnya tanpa bukti fisik.');
        action.step = `${action.step} ${row.step}`;
        action.evidence = `${action.evidence} ${row.evidence}`;
        joinRow(action, row);
        readings.push({
          line,
          kind: 'known-continuation',
          reason: matchKnownContinuation(row, knownContinuations)!.reason,
          component: component!.code,
          field: actionPath(component!, indicator!, action),
          lines: [...action.lines],
        });
        break;
      }
      default:
        fail(line, `jenis baris "${kind}" tidak diharapkan di sini.`);
    }
  }

  if (areas.length === 0) throw new Error('Tabel Lampiran tidak memuat satu area pun.');
  for (const draft of areas) {
    if (draft.components.length === 0) fail(draft.line, `area ${draft.code} tidak memiliki komponen.`);
    if (!draft.rawTeam) fail(draft.line, `area ${draft.code} tidak memiliki penanggung jawab (tim).`);
  }

  return {
    areas: areas.map(({ rawTeam, ...draft }) => finishArea(draft, rawTeam, textFixes)),
    readings,
  };
}

// ---------------------------------------------------------------------------------------------
// Corrections
// ---------------------------------------------------------------------------------------------

/**
 * Applies every fix for the field kind; returns the corrected text and, if anything changed,
 * one correction (the extracted text, the published text, and each fix's reason).
 */
export function correctText(
  original: string,
  kind: TextField,
  fieldPath: string,
  fixes: readonly TextFix[],
): { text: string; correction?: Correction } {
  let text = original;
  const reasons: string[] = [];
  let interpreted = false;
  for (const fix of fixes) {
    if (!fix.fields.includes(kind)) continue;
    const next = fix.apply(text);
    if (next !== text) {
      reasons.push(fix.reason);
      interpreted ||= fix.kind === 'tafsiran';
      text = next;
    }
  }
  if (text === original) return { text };
  // One interpretation among the fixes makes the whole change an interpretation: say the weaker thing.
  const correction: Correction = { field: fieldPath, original, corrected: text, reason: reasons.join(' '), kind: interpreted ? 'tafsiran' : 'salah-ketik' };
  return { text, correction };
}

/** Title case for a team printed in capitals, recorded as a correction. */
export function normalizeTeam(raw: string): { team: string; correction?: Correction } {
  const hasLetters = /[A-Za-z]/.test(raw);
  if (!hasLetters || raw !== raw.toUpperCase()) return { team: raw };
  const team = toTitleCase(raw);
  return {
    team,
    correction: {
      field: 'team',
      original: raw,
      corrected: team,
      reason: 'Huruf kapital dinormalkan; keputusan menulis nama tim dengan huruf kapital semua.',
      kind: 'penulisan',
    },
  };
}

function finishArea(draft: DecreeArea, rawTeam: string, fixes: readonly TextFix[]): DecreeArea {
  const corrections: Correction[] = [];
  const title = correctText(draft.title, 'areaTitle', 'title', fixes);
  if (title.correction) corrections.push(title.correction);
  const team = normalizeTeam(rawTeam);
  if (team.correction) corrections.push(team.correction);
  return {
    ...draft,
    title: title.text,
    team: team.team,
    corrections,
    components: draft.components.map((component) => finishComponent(component, fixes)),
  };
}

function finishComponent(component: DecreeComponent, fixes: readonly TextFix[]): DecreeComponent {
  const corrections: Correction[] = [];
  const fix = (text: string, kind: TextField, path: string): string => {
    const result = correctText(text, kind, path, fixes);
    if (result.correction) corrections.push(result.correction);
    return result.text;
  };
  const title = fix(component.title, 'componentTitle', 'title');
  const indicators = component.indicators.map((indicator, i) => ({
    ...indicator,
    text: fix(indicator.text, 'indicator', `indicators[${i}].text`),
    actions: indicator.actions.map((action, j) => {
      const step = fix(action.step, 'step', `indicators[${i}].actions[${j}].step`);
      const evidence =
        action.evidence === undefined ? undefined : fix(action.evidence, 'evidence', `indicators[${i}].actions[${j}].evidence`);
      const monthsNote = describeMonthReading(action.marks);
      return { ...action, step, ...(evidence === undefined ? {} : { evidence }), ...(monthsNote ? { monthsNote } : {}) };
    }),
  }));
  return { ...component, title, indicators, corrections };
}

/** Every correction of the table, flat, with the code of its entity. */
export function listCorrections(table: DecreeTable): EntityCorrection[] {
  return table.areas.flatMap((area) => [
    ...area.corrections.map((correction) => ({ entity: area.code, ...correction })),
    ...area.components.flatMap((component) =>
      component.corrections.map((correction) => ({ entity: component.code, ...correction })),
    ),
  ]);
}

/** Counts for a quick check against the decree: areas, components, indicators, per area. */
export function countTable(table: DecreeTable): {
  areas: number;
  components: number;
  indicators: number;
  indicatorsPerArea: Record<string, number>;
  indicatorsPerComponent: Record<string, number>;
} {
  const indicatorsPerArea: Record<string, number> = {};
  const indicatorsPerComponent: Record<string, number> = {};
  for (const area of table.areas) {
    let inArea = 0;
    for (const component of area.components) {
      indicatorsPerComponent[component.code] = component.indicators.length;
      inArea += component.indicators.length;
    }
    indicatorsPerArea[area.code] = inArea;
  }
  const components = table.areas.reduce((sum, area) => sum + area.components.length, 0);
  const indicators = Object.values(indicatorsPerArea).reduce((sum, n) => sum + n, 0);
  return { areas: table.areas.length, components, indicators, indicatorsPerArea, indicatorsPerComponent };
}
