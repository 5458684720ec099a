/**
 * The reference date ("per tanggal …") every progress state is computed against.
 * `PZI_AS_OF=YYYY-MM-DD` sets it for a build or a test; otherwise it is the build day.
 * Dates are calendar days in Asia/Jakarta (WIB), where the unit works: a build started at
 * 23.30 UTC on 31 May already counts as 1 June.
 */
export const AS_OF_ENV = 'PZI_AS_OF';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2022-09-15" when it names a real calendar day, otherwise undefined. */
function realDay(text: string): string | undefined {
  const match = ISO_DAY.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? text : undefined;
}

/** Today in Jakarta as YYYY-MM-DD. */
export function jakartaDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The reference date as YYYY-MM-DD: `PZI_AS_OF` when set (and valid), else today in Jakarta. */
export function readAsOf(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const raw = env[AS_OF_ENV]?.trim();
  if (!raw) return jakartaDay(now);
  const day = realDay(raw);
  if (!day) {
    throw new Error(`${AS_OF_ENV}="${raw}" bukan tanggal yang sah. Tulis tanggal acuan sebagai YYYY-MM-DD, misalnya ${AS_OF_ENV}=2022-09-15, atau kosongkan untuk memakai tanggal build.`);
  }
  return day;
}

/** The reference date as a Date at 00:00 UTC, for formatting with `formatDate`. */
export function asOfDate(asOf: string): Date {
  return new Date(`${asOf}T00:00:00Z`);
}
