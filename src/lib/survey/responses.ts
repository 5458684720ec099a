import { join } from 'node:path';
import Papa from 'papaparse';
import { KNOWN_COLUMNS, PROFILE_COLUMNS, UNSUR, type ProfileColumn, type UnsurName } from './unsur.ts';

/** Something wrong in `responses.csv`, located as an editor or a spreadsheet shows it. */
export interface ResponseIssue {
  /** 1-based line in the file; the header is line 1. */
  line: number;
  /** Column name as in the header, e.g. "U4". */
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
  /** `tanggal` values given (YYYY-MM-DD), with their lines. */
  dates: { date: string; line: number }[];
}

/** "D" for the 4th column: where staff find it in a spreadsheet. */
function spreadsheetColumn(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const ANSWER_HELP = 'Jawaban ditulis 1, 2, 3, atau 4 (4 = paling baik); kosongkan sel bila responden tidak menjawab unsur itu.';

/** Header cell as matched: trimmed; "u1" is "U1", "Jenis_Kelamin" is "jenis_kelamin". */
function normaliseHeader(cell: string): string {
  const trimmed = cell.trim();
  return /^u\d+$/i.test(trimmed) ? trimmed.toUpperCase() : trimmed.toLowerCase();
}

/**
 * Parses and validates a survey's `responses.csv` (comma, semicolon or tab separated, as
 * spreadsheets save it). Returns the responses only when there is no error; warnings
 * (unknown columns, rows without any answer) come with them.
 */
export function parseResponses(raw: string): { responses?: Responses; issues: ResponseIssue[] } {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const issues: ResponseIssue[] = [];
  if (text.trim() === '') {
    return { issues: [{ line: 1, message: `Berkas kosong. Baris 1 harus berisi judul kolom ${UNSUR[0].code} sampai ${UNSUR.at(-1)!.code}, lalu satu baris per responden.` }] };
  }

  const rows: { cells: string[]; line: number }[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (result) => {
      rows.push({ cells: result.data, line });
      const end = result.meta.cursor;
      for (let i = start; i < end; i++) if (text[i] === '\n') line++;
      start = end;
      for (const error of result.errors) {
        if (error.type === 'Quotes') issues.push({ line: rows.at(-1)!.line, message: `Tanda kutip (") tidak ditutup atau salah letak: ${error.message}` });
      }
    },
  });

  const [header, ...body] = rows;
  const columns = header!.cells.map(normaliseHeader);
  const columnLabel = (index: number) => `${columns[index] || '(tanpa nama)'}`;
  const indexOf = new Map<string, number>();
  columns.forEach((name, index) => {
    if (indexOf.has(name)) {
      issues.push({ line: 1, column: name, message: `Kolom "${name}" tertulis dua kali (kolom ${spreadsheetColumn(indexOf.get(name)!)} dan ${spreadsheetColumn(index)}). Hapus salah satunya.` });
    } else {
      indexOf.set(name, index);
    }
    if (!KNOWN_COLUMNS.includes(name)) {
      issues.push({ level: 'warning', line: 1, column: columnLabel(index), message: `Kolom "${header!.cells[index]}" (kolom ${spreadsheetColumn(index)}) tidak dikenal dan diabaikan. Kolom yang dipakai: ${KNOWN_COLUMNS.join(', ')}.` });
    }
  });
  for (const { code, name } of UNSUR) {
    if (!indexOf.has(code)) {
      issues.push({ line: 1, column: code, message: `Kolom ${code} (${name}) tidak ada di baris judul. Baris 1 harus memuat kolom U1 sampai U9.` });
    }
  }
  if (issues.some((issue) => !issue.level)) return { issues };

  const answers = Object.fromEntries(UNSUR.map(({ name }) => [name, [] as number[]])) as Record<UnsurName, number[]>;
  const present = PROFILE_COLUMNS.filter((column) => indexOf.has(column));
  const profile: Responses['profile'] = Object.fromEntries(present.map((column) => [column, [] as string[]]));
  const dates: Responses['dates'] = [];
  let respondents = 0;

  for (const row of body) {
    if (row.cells.every((cell) => cell.trim() === '')) continue; // blank line
    if (row.cells.length !== columns.length) {
      issues.push({ line: row.line, message: `Baris ini berisi ${row.cells.length} kolom, padahal baris judul berisi ${columns.length}. Periksa pemisah (koma/titik koma) yang hilang atau berlebih.` });
      continue;
    }
    const given: [UnsurName, number][] = [];
    for (const { code, name } of UNSUR) {
      const index = indexOf.get(code)!;
      const cell = row.cells[index]!.trim();
      if (cell === '') continue;
      const where = `(kolom ${spreadsheetColumn(index)})`;
      if (!/^-?\d+(?:[.,]\d+)?$/.test(cell)) {
        issues.push({ line: row.line, column: code, message: `Isi "${cell}" ${where} bukan angka. ${ANSWER_HELP}` });
      } else if (!['1', '2', '3', '4'].includes(cell)) {
        issues.push({ line: row.line, column: code, message: `Jawaban ${cell} ${where} di luar 1–4. ${ANSWER_HELP}` });
      } else {
        given.push([name, Number(cell)]);
      }
    }
    const date = indexOf.has('tanggal') ? row.cells[indexOf.get('tanggal')!]!.trim() : '';
    if (date && !isCalendarDate(date)) {
      issues.push({ line: row.line, column: 'tanggal', message: `Tanggal "${date}" tidak sah. Tulis tanggal sebagai TTTT-BB-HH, misalnya 2022-12-05.` });
    }
    if (given.length === 0) {
      if (!issues.some((issue) => issue.line === row.line)) {
        issues.push({ level: 'warning', line: row.line, message: 'Baris ini tidak berisi satu jawaban U1–U9 pun, jadi tidak dihitung sebagai responden.' });
      }
      continue;
    }
    respondents++;
    for (const [name, answer] of given) answers[name].push(answer);
    for (const column of present) profile[column]!.push(row.cells[indexOf.get(column)!]!.trim());
    if (date) dates.push({ date, line: row.line });
  }

  if (issues.some((issue) => !issue.level)) return { issues };
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

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
