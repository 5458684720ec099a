import type { EvidenceData, EvidenceKind } from '../../schemas/evidence.ts';
import type { FileFacts } from './facts.ts';
import { evidenceFilePath } from './routes.ts';
import type { EvidenceHistory } from '../history/evidence-history.ts';

/** An evidence item as pages and exports use it: its YAML data plus where it is published and, for a file, its facts. */
export interface EvidenceItem {
  /** The YAML file's slug, unique across years, e.g. "notulen-rapat-sosialisasi". */
  id: string;
  /** Plan year: the folder it lives in. */
  year: number;
  title: string;
  date: Date;
  indicators: string[];
  kind: EvidenceKind;
  description?: string;
  satisfies?: number[];
  personalData: boolean;
  redacted: boolean;
  /** Site path of the published file ("/2022/bukti/berkas/x.pdf"), a site page ("/2022/keputusan/") or an external URL. */
  href: string;
  /** True for an address on another site (the link leaves this site). */
  external: boolean;
  /** The published file, when the item is a file. */
  file?: { name: string } & FileFacts;
  /** When it was published and changed, and earlier versions of its file (from git; absent without history). */
  history?: EvidenceHistory;
}

/** "/2022/bukti/notulen.yaml" → "notulen": an item's id is its file name without ".yaml". */
export function evidenceId(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
}

/** Plan year of an evidence file: the `<year>` of `…/<year>/bukti/<slug>.yaml`. */
export function evidenceYear(file: string): string {
  return /(\d{4})[\\/]bukti[\\/][^\\/]+$/.exec(file)?.[1] ?? '';
}

/** Kind inferred when the YAML gives none: images are photos, videos videos, links links, everything else documents. */
export function inferKind(data: Pick<EvidenceData, 'kind' | 'url'>, mediaType: string | undefined): EvidenceKind {
  if (data.kind) return data.kind;
  if (mediaType?.startsWith('image/')) return 'foto';
  if (mediaType?.startsWith('video/')) return 'video';
  if (data.url) return 'tautan';
  return 'dokumen';
}

/** Combines an item's data with its publication address and file facts (required when the item has a file). */
export function toEvidenceItem(id: string, year: number, data: EvidenceData, facts?: FileFacts): EvidenceItem {
  if (data.file && !facts) throw new Error(`Bukti "${id}": fakta berkas ${data.file} belum dihitung.`);
  const href = data.file ? evidenceFilePath(year, data.file) : data.url!;
  return {
    id,
    year,
    title: data.title,
    date: data.date,
    indicators: data.indicators,
    kind: inferKind(data, facts?.mediaType),
    ...(data.description ? { description: data.description } : {}),
    ...(data.satisfies ? { satisfies: data.satisfies } : {}),
    personalData: data.personalData,
    redacted: data.redacted,
    href,
    external: !href.startsWith('/'),
    ...(data.file && facts ? { file: { name: data.file, ...facts } } : {}),
  };
}

/** Items in the order pages list them: newest first, then by title. */
export function byDateDesc(a: EvidenceItem, b: EvidenceItem): number {
  return b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, 'id');
}
