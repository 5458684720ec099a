/**
 * What the editor says after a save: where the entry is on its way to the public site, and the
 * address of its public page. The published site says what it contains in its build record
 * (`/data/versi.json`: the build time and the SHA-256 of every published content file), so an entry
 * is "live" only when the record lists its path with exactly the bytes saved.
 */
// the record's contract is the publish feature's (src/lib/publish/build-record.ts); only its type is read here
import type { BuildRecord } from '../publish/build-record.ts';

export type { BuildRecord };

export function isBuildRecord(value: unknown): value is BuildRecord {
  const record = value as Partial<BuildRecord> | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    typeof record.dibangun === 'string' &&
    !Number.isNaN(Date.parse(record.dibangun)) &&
    typeof record.entri === 'object' &&
    record.entri !== null &&
    Object.values(record.entri).every((hash) => typeof hash === 'string')
  );
}

/** The public page of a content file (path relative to content/), or undefined when it has none. */
export function publicPath(path: string): string | undefined {
  const note = /^\d{4}\/catatan\/([^/]+)\.mdx$/.exec(path);
  if (note) return `kemajuan/${note[1]}/`;
  const evidence = /^(\d{4})\/bukti\/[^/]+\.yaml$/.exec(path);
  if (evidence) return `${evidence[1]}/bukti/`;
  const survey = /^survei\/([^/]+)\/index\.mdx$/.exec(path);
  if (survey) return `survei/${survey[1]}/`;
  if (path.startsWith('kanal/')) return 'pengaduan/';
  if (path === 'unit.yaml') return '';
  return undefined;
}

/** "8 Desember 2026 pukul 09.15 WIB" */
export function wibTime(iso: string): string {
  const text = new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
  return `${text} WIB`;
}

export type EntryState = 'local' | 'pending' | 'live';

export interface EntryStatus {
  state: EntryState;
  text: string;
}

/** Local mode is never live; elsewhere the entry is live when the site's record has these very bytes. */
export function entryStatus(options: { local: boolean; record?: BuildRecord; path: string; sha256?: string }): EntryStatus {
  if (options.local) return { state: 'local', text: 'Tersimpan di komputer ini, belum tayang.' };
  const published = options.record?.entri[options.path];
  if (options.record && options.sha256 && published === options.sha256) return { state: 'live', text: `Tayang sejak ${wibTime(options.record.dibangun)}.` };
  return { state: 'pending', text: 'Menunggu tinjauan.' };
}
