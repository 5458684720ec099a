/**
 * Dates in a survey's `tanggal` column as offices write them: ISO `2022-06-30`, Indonesian order
 * `30/06/2022` or `8/1/2022` (day first; also with `-` or `.`), a trailing time from form exports
 * (`30/06/2022 10:15:02`), or an Excel serial number (`44742`) when the cell was not formatted as text.
 */
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/;
const EXCEL_SERIAL = /^\d{5}(?:[.,]\d+)?$/;

/** Excel's day 0 is 1899-12-30 (it counts the non-existent 1900-02-29). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function isoOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** YYYY-MM-DD for a date cell, or undefined when it is not a date that exists. */
export function parseSurveyDate(cell: string): string | undefined {
  const value = cell.trim();
  const iso = ISO.exec(value);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = DAY_FIRST.exec(value);
  if (dayFirst) return isoOf(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  if (EXCEL_SERIAL.test(value)) {
    const days = Math.floor(Number(value.replace(',', '.')));
    // 1982…2064: a serial outside that is a typo, not a survey date
    if (days < 30_000 || days > 60_000) return undefined;
    return new Date(EXCEL_EPOCH + days * 86_400_000).toISOString().slice(0, 10);
  }
  return undefined;
}
