/**
 * A date as a clerk types it: 30/06/2022, 30-06-2022, 30.06.2022, 30062022 (day first, as dates
 * are written in Indonesia), or 2022-06-30 as stored. Always read day-month-year, whatever the
 * browser's language, and only a real calendar day of a four-digit year counts.
 */
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DIGITS = /^(\d{2})(\d{2})(\d{4})$/;
const STORED = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2022-06-30", or undefined when the text is not (yet) a whole, real date. */
export function parseTypedDate(text: string): string | undefined {
  const clean = text.trim().replace(/\s+/g, '');
  const stored = STORED.exec(clean);
  const dayFirst = DAY_FIRST.exec(clean) ?? DIGITS.exec(clean);
  const [year, month, day] = stored ? [stored[1]!, stored[2]!, stored[3]!] : dayFirst ? [dayFirst[3]!, dayFirst[2]!, dayFirst[1]!] : [];
  if (!year || !month || !day) return undefined;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** "30/06/2022" for a stored "2022-06-30"; anything else as it is. */
export function shownDate(value: string): string {
  const stored = STORED.exec(value);
  return stored ? `${stored[3]}/${stored[2]}/${stored[1]}` : value;
}
