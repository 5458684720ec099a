const LOCALE = 'id-ID';

const longDate = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthName = new Intl.DateTimeFormat(LOCALE, { month: 'long', timeZone: 'UTC' });
const monthShort = new Intl.DateTimeFormat(LOCALE, { month: 'short', timeZone: 'UTC' });

/** "28 April 2022". Dates in content are calendar dates, so they are formatted in UTC. */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** "2022-04-28", the form used in open data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Month name in Indonesian: 1 → "Januari". */
export function monthLong(month: number): string {
  return monthName.format(Date.UTC(2000, month - 1, 1));
}

/** Short month name: 1 → "Jan". */
export function monthAbbr(month: number): string {
  return monthShort.format(Date.UTC(2000, month - 1, 1)).replace('.', '');
}

/** "Juni, Juli, dan Agustus": months in words, joined as Indonesian does. */
export function monthList(months: readonly number[]): string {
  return conjunction.format(months.map(monthLong));
}

const conjunction = new Intl.ListFormat(LOCALE, { type: 'conjunction' });
// Creating an Intl formatter costs far more than using one: keep one per number of decimals.
const numberFormats = new Map<number, Intl.NumberFormat>();

/** A number with the Indonesian decimal comma, e.g. 81,31. */
export function formatNumber(value: number, fractionDigits = 0): string {
  let format = numberFormats.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
    numberFormats.set(fractionDigits, format);
  }
  return format.format(value);
}

/** A file size as people read it: "850 B", "12,4 KB", "3,1 MB" (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}
