import { join } from 'node:path';
import Papa from 'papaparse';
import { decodeCsv, detectSeparator } from './csv-text.ts';
import { headerMeaning, unsurHeaderHelp, type HeaderMeaning } from './headers.ts';
import { parseSurveyDate } from './survey-date.ts';
import { PROFILE_COLUMNS, UNSUR, type ProfileColumn, type UnsurCode, type UnsurName } from './unsur.ts';

/** Something wrong in `responses.csv`, located as an editor or a spreadsheet shows it. */
export interface ResponseIssue {
  /** 1-based line in the file; the header is line 1. For a group of rows: the first. */
  line: number;
  /** Column name as in the header, e.g. "U4" or "Tanggal". */
  column?: string;
  message: string;
  /** Warnings are reported but do not stop the build. */
  level?: 'warning';
}

/** Where a survey's raw answers live: next to its `index.mdx`, named `responses.csv` unless its `responses` field names another CSV. */
export function responsesPath(root: string, surveyId: string, fileName = 'responses.csv'): string {
  return join(root, 'survei', surveyId, fileName);
}

/** What a valid `responses.csv` holds, ready for the IKM arithmetic. */
export interface Responses {
  /** Rows with at least one answer. */
  respondents: number;
  /** The answers (1–4) given to each unsur; unanswered cells are left out. */
  answers: Record<UnsurName, number[]>;
  /** Each respondent's value per profile column present in the file ("" when left empty). */
  profile: Partial<Record<ProfileColumn, string[]>>;
  /** `tanggal` values given (as YYYY-MM-DD, whatever the file wrote), with their lines. */
  dates: { date: string; line: number }[];
}

/** "D" for the 4th column: where staff find it in a spreadsheet. */
function spreadsheetColumn(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** "2–31", "2, 5, 9–12": the lines of a group, as ranges. */
export function lineRanges(lines: readonly number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
    ranges.push(j > i ? `${lines[i]}–${lines[j]}` : `${lines[i]}`);
    i = j;
  }
  return ranges.length > 6 ? `${ranges.slice(0, 6).join(', ')}, …` : ranges.join(', ');
}

/**
 * Row problems of one kind in one column, reported once: 30 rows with the same date format are
 * one cause, so staff read one message with the lines and the first value they wrote.
 */
class RowIssues {
  private groups = new Map<string, { column?: string; lines: number[]; message: string }>();
  /** Every line with an issue: `has` stays constant-time, so validation is linear in the rows. */
  private lines = new Set<number>();

  add(kind: string, line: number, message: string, column?: string): void {
    const key = `${column ?? ''}\u0000${kind}`;
    const group = this.groups.get(key);
    if (group) group.lines.push(line);
    else this.groups.set(key, { column, lines: [line], message });
    this.lines.add(line);
  }

  get size(): number {
    return this.groups.size;
  }

  has(line: number): boolean {
    return this.lines.has(line);
  }

  issues(): ResponseIssue[] {
    return [...this.groups.values()]
      .sort((a, b) => a.lines[0]! - b.lines[0]!)
      .map(({ column, lines, message }) => ({
        line: lines[0]!,
        ...(column ? { column } : {}),
        message: lines.length === 1 ? message : `baris ${lineRanges(lines)} (${lines.length} baris): ${message} Masalah yang sama ada di setiap baris itu; yang dikutip adalah baris ${lines[0]}.`,
      }));
  }
}

const ANSWER_HELP = 'Jawaban ditulis 1, 2, 3, atau 4 (4 = paling baik); kosongkan sel bila responden tidak menjawab unsur itu.';
const DATE_HELP = 'Tulis tanggal sebagai HH/BB/TTTT (mis. 30/06/2022) atau TTTT-BB-HH (mis. 2022-06-30).';

interface Header {
  /** Column index of each recognised meaning. */
  indexOf: Map<HeaderMeaning, number>;
  /** Header text as written, per column index, for messages. */
  written: string[];
  issues: ResponseIssue[];
}

function readHeader(cells: string[]): Header {
  const issues: ResponseIssue[] = [];
  const indexOf = new Map<HeaderMeaning, number>();
  const written = cells.map((cell) => cell.trim());
  const unknown: number[] = [];
  written.forEach((cell, index) => {
    const meaning = headerMeaning(cell);
    if (meaning === 'ignore') return;
    if (!meaning) {
      if (cell !== '') unknown.push(index);
      return;
    }
    const first = indexOf.get(meaning);
    if (first === undefined) {
      indexOf.set(meaning, index);
      return;
    }
    const what = /^U\d$/.test(meaning) ? `${meaning} (${UNSUR.find((unsur) => unsur.code === meaning)!.name})` : meaning.replace('_', ' ');
    issues.push({
      line: 1,
      column: cell,
      message: `Kolom "${written[first]}" (kolom ${spreadsheetColumn(first)}) dan "${cell}" (kolom ${spreadsheetColumn(index)}) sama-sama berarti ${what}. Hapus salah satunya atau ganti judulnya.`,
    });
  });
  if (unknown.length) {
    const names = unknown.map((index) => `"${written[index]}" (kolom ${spreadsheetColumn(index)})`).join(', ');
    issues.push({ level: 'warning', line: 1, column: written[unknown[0]!], message: `Kolom ${names} tidak dikenal dan diabaikan. Kolom yang dipakai: U1…U9 (atau Unsur 1…9, P1…P9, nama unsurnya), ${['Tanggal', 'Jenis Kelamin', 'Usia', 'Pendidikan', 'Pekerjaan', 'Layanan'].join(', ')}.` });
  }
  const missing = UNSUR.filter(({ code }) => !indexOf.has(code));
  if (missing.length === 1) {
    const { code, name } = missing[0]!;
    issues.push({ line: 1, column: code, message: `Kolom ${code} (${name}) tidak ada di baris judul. Beri judul ${unsurHeaderHelp(code)} pada kolom jawaban unsur itu.` });
  } else if (missing.length > 1) {
    const found = written.filter(Boolean).map((cell) => `"${cell}"`).join(', ') || '(kosong)';
    issues.push({
      line: 1,
      column: missing[0]!.code,
      message: `Kolom ${missing.map(({ code }) => code).join(', ')} tidak ada di baris judul (yang tertulis: ${found}). Ganti judul kolom jawaban menjadi U1 … U9 (boleh juga Unsur 1 … Unsur 9, P1 … P9, atau nama unsurnya seperti Persyaratan).`,
    });
  }
  return { indexOf, written, issues };
}

/**
 * Limits of a responses file. A city office's survey has hundreds of respondents a period; these bound
 * the work and what is published (each cell appears on pages and in exports) far above that.
 */
export const RESPONSES_LIMITS = { bytes: 10 * 1024 * 1024, rows: 100_000, cellChars: 200 } as const;

/** The issue of a responses file of `bytes` bytes over the size limit (callers can ask before reading it). */
export function responsesSizeIssue(bytes: number): ResponseIssue | undefined {
  if (bytes <= RESPONSES_LIMITS.bytes) return undefined;
  return { line: 1, message: `Berkas berukuran ${(bytes / 1024 / 1024).toFixed(1)} MB, lebih besar dari batas ${RESPONSES_LIMITS.bytes / 1024 / 1024} MB untuk jawaban survei. Simpan hanya kolom U1–U9, tanggal dan profil responden, satu baris per responden.` };
}

/** Characters that are never data in a spreadsheet cell and must not reach a page or an export (NUL, escape…). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Rows as parsed, each with the line it starts on (quoted line breaks make lines and rows differ); stops past the row limit. */
function readRows(text: string, issues: ResponseIssue[]): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: detectSeparator(text),
    skipEmptyLines: false,
    step: (result, parser) => {
      // rows holds the header too; a blank last line is no answer row
      if (rows.length > RESPONSES_LIMITS.rows && result.data.some((cell) => cell.trim() !== '')) {
        issues.push({ line, message: `Berkas berisi lebih dari ${RESPONSES_LIMITS.rows.toLocaleString('id-ID')} baris jawaban (batas satu survei). Periksa apakah berkasnya benar; bila memang sebanyak itu, bagi per periode survei.` });
        parser.abort();
        return;
      }
      rows.push({ cells: result.data, line });
      const end = result.meta.cursor;
      for (let i = start; i < end; i++) if (text[i] === '\n') line++;
      start = end;
      for (const error of result.errors) {
        if (error.type === 'Quotes') issues.push({ line: rows.at(-1)!.line, message: 'Tanda kutip (") tidak ditutup atau salah letak. Setiap isi yang diawali " harus diakhiri " juga; hapus tanda kutip yang berlebih.' });
      }
    },
  });
  return rows;
}

/**
 * Parses and validates a survey's `responses.csv` as an office tool saves it: UTF-8 (±BOM) or
 * UTF-16 with BOM; comma, semicolon or tab separated; header names in any of their usual forms;
 * dates in Indonesian or ISO order. Returns the responses only when there is no error;
 * warnings (unknown columns, rows without any answer) come with them.
 */
export function parseResponses(raw: string | Uint8Array): { responses?: Responses; issues: ResponseIssue[] } {
  const tooLarge = responsesSizeIssue(typeof raw === 'string' ? raw.length : raw.byteLength);
  if (tooLarge) return { issues: [tooLarge] };
  let decoded: string;
  if (typeof raw === 'string') {
    decoded = raw;
  } else {
    const result = decodeCsv(raw);
    if ('error' in result) return { issues: [{ line: 1, message: result.error }] };
    decoded = result.text;
  }
  const text = decoded.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const issues: ResponseIssue[] = [];
  if (text.trim() === '') {
    return { issues: [{ line: 1, message: `Berkas kosong. Baris 1 harus berisi judul kolom ${UNSUR[0].code} sampai ${UNSUR.at(-1)!.code}, lalu satu baris per responden.` }] };
  }

  const [header, ...body] = readRows(text, issues);
  const { indexOf, written, issues: headerIssues } = readHeader(header!.cells);
  issues.push(...headerIssues);
  if (issues.some((issue) => !issue.level)) return { issues };

  const label = (meaning: HeaderMeaning) => written[indexOf.get(meaning)!] || meaning;
  const answers = Object.fromEntries(UNSUR.map(({ name }) => [name, [] as number[]])) as Record<UnsurName, number[]>;
  const present = PROFILE_COLUMNS.filter((column) => indexOf.has(column));
  const profile: Responses['profile'] = Object.fromEntries(present.map((column) => [column, [] as string[]]));
  const dates: Responses['dates'] = [];
  const rowIssues = new RowIssues();
  const emptyRows: number[] = [];
  let respondents = 0;

  for (const row of body) {
    if (row.cells.every((cell) => cell.trim() === '')) continue; // blank line
    if (row.cells.length !== written.length) {
      rowIssues.add('columns', row.line, `Baris ini berisi ${row.cells.length} kolom, padahal baris judul berisi ${written.length}. Periksa pemisah (koma/titik koma) yang hilang atau berlebih.`);
      continue;
    }
    const oversized = row.cells.findIndex((cell) => cell.length > RESPONSES_LIMITS.cellChars);
    if (oversized >= 0) {
      rowIssues.add('long', row.line, `Isi sel (kolom ${spreadsheetColumn(oversized)}) panjangnya ${row.cells[oversized]!.length} karakter, lebih dari batas ${RESPONSES_LIMITS.cellChars}. Sel jawaban survei berisi angka atau isian singkat; hapus teks panjangnya.`, written[oversized]);
      continue;
    }
    const controlled = row.cells.findIndex((cell) => CONTROL.test(cell));
    if (controlled >= 0) {
      rowIssues.add('control', row.line, `Sel (kolom ${spreadsheetColumn(controlled)}) berisi karakter kendali tak terlihat (mis. NUL), yang bukan bagian data. Ketik ulang isi sel itu atau simpan ulang berkas dari spreadsheet.`, written[controlled]);
      continue;
    }
    const given: [UnsurName, number][] = [];
    for (const { code, name } of UNSUR) {
      const index = indexOf.get(code as UnsurCode)!;
      const cell = row.cells[index]!.trim();
      if (cell === '') continue;
      const where = `(kolom ${spreadsheetColumn(index)})`;
      if (!/^-?\d+(?:[.,]\d+)?$/.test(cell)) {
        rowIssues.add('nan', row.line, `Isi "${cell}" ${where} bukan angka. ${ANSWER_HELP}`, label(code));
      } else if (!['1', '2', '3', '4'].includes(cell)) {
        rowIssues.add('range', row.line, `Jawaban ${cell} ${where} di luar 1–4. ${ANSWER_HELP}`, label(code));
      } else {
        given.push([name, Number(cell)]);
      }
    }
    const dateCell = indexOf.has('tanggal') ? row.cells[indexOf.get('tanggal')!]!.trim() : '';
    const date = dateCell ? parseSurveyDate(dateCell) : undefined;
    if (dateCell && !date) {
      rowIssues.add('date', row.line, `Tanggal tidak dapat dibaca: Anda menulis "${dateCell}". ${DATE_HELP}`, label('tanggal'));
    }
    if (given.length === 0) {
      if (!rowIssues.has(row.line)) emptyRows.push(row.line);
      continue;
    }
    respondents++;
    for (const [name, answer] of given) answers[name].push(answer);
    for (const column of present) profile[column]!.push(row.cells[indexOf.get(column)!]!.trim());
    if (date) dates.push({ date, line: row.line });
  }

  if (emptyRows.length) {
    const where = emptyRows.length === 1 ? 'Baris ini' : `Baris ${lineRanges(emptyRows)} (${emptyRows.length} baris)`;
    issues.push({ level: 'warning', line: emptyRows[0]!, message: `${where} tidak berisi satu jawaban U1–U9 pun, jadi tidak dihitung sebagai responden.` });
  }
  if (rowIssues.size) return { issues: [...issues, ...rowIssues.issues()] };
  if (respondents === 0) {
    return { issues: [...issues, { line: 2, message: 'Belum ada satu baris jawaban pun. Tambahkan satu baris per responden di bawah baris judul.' }] };
  }
  const unanswered = UNSUR.filter(({ name }) => answers[name].length === 0);
  for (const { code, name } of unanswered) {
    issues.push({ line: 1, column: code, message: `Unsur ${code} (${name}) tidak dijawab satu responden pun, sehingga NRR dan IKM tidak dapat dihitung. Setiap unsur memerlukan paling sedikit satu jawaban.` });
  }
  if (unanswered.length) return { issues };
  return { responses: { respondents, answers, profile, dates }, issues };
}
