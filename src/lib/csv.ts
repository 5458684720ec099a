import Papa from 'papaparse';

/**
 * Every CSV the site writes (open data, evaluator ZIP manifests, survey results) goes through here.
 * A text cell starting with `=`, `+`, `-`, `@`, tab or carriage return is run as a formula by Excel
 * and LibreOffice (`=HYPERLINK(…)` in a title would act when an evaluator opens the file), so it gets
 * a leading `'`, which spreadsheets show as text. Numbers stay numbers (a negative count is data).
 * Papa's own `escapeFormulae: true` pattern ends in `.*$` and misses a formula followed by a line
 * break, hence the pattern here.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null | undefined;

/** The CSV text with a header row, "\n" line ends and a final newline. */
export function toCsv(fields: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `${Papa.unparse({ fields: [...fields], data: rows.map((row) => [...row]) }, { newline: '\n', escapeFormulae: FORMULA_START })}\n`;
}
