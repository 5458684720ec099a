/**
 * Which published content item a file of the content root belongs to, from its path alone, so removed
 * files (no longer in any collection) are still named. Pure.
 */

export const CONTENT_KINDS = ['catatan', 'bukti', 'survei', 'komponen', 'area', 'keputusan', 'kanal', 'panduan', 'rekap-pengaduan', 'satuan-kerja'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** A current content item, as the build knows it from the collections. */
export interface ContentRef {
  /** Its main file, relative to the content root ("2022/catatan/x.mdx"): the item's key. */
  path: string;
  kind: ContentKind;
  id: string;
  title: string;
  /** Site path (without the base) of the page that shows it. */
  href: string;
  /** Indicator codes it belongs to (notes and evidence). */
  indicators?: readonly string[];
  /** Evidence ids a note cites. */
  cites?: readonly string[];
  /** An evidence item's published file, relative to the content root. */
  file?: string;
}

export interface PathItem {
  kind: ContentKind;
  /** Main file of the item the path belongs to (the same for a YAML and its evidence file). */
  key: string;
  /** The item's id as its file name gives it. */
  id: string;
}

const RULES: [RegExp, (m: RegExpExecArray) => PathItem][] = [
  [/^(\d{4})\/catatan\/([^/]+)\.mdx$/, (m) => ({ kind: 'catatan', key: m[0], id: m[2]! })],
  [/^(\d{4})\/bukti\/([^/]+)\.yaml$/, (m) => ({ kind: 'bukti', key: m[0], id: m[2]! })],
  // a file in bukti/ belongs to the item whose YAML names it (`evidenceByFile`); on its own it is never published
  [/^(\d{4})\/komponen\/([^/]+)\.mdx$/, (m) => ({ kind: 'komponen', key: m[0], id: m[2]! })],
  [/^(\d{4})\/area\/([^/]+)\.yaml$/, (m) => ({ kind: 'area', key: m[0], id: m[2]! })],
  [/^(\d{4})\/keputusan\.yaml$/, (m) => ({ kind: 'keputusan', key: m[0], id: m[1]! })],
  // the decree's source text is part of the decree page
  [/^(\d{4})\/sumber\/[^/]+$/, (m) => ({ kind: 'keputusan', key: `${m[1]}/keputusan.yaml`, id: m[1]! })],
  [/^survei\/([^/]+)\/[^/]+$/, (m) => ({ kind: 'survei', key: `survei/${m[1]}/index.mdx`, id: m[1]! })],
  [/^kanal\/([^/]+)\.yaml$/, (m) => ({ kind: 'kanal', key: m[0], id: m[1]! })],
  [/^panduan\/([^/]+)\.mdx$/, (m) => ({ kind: 'panduan', key: m[0], id: m[1]! })],
  [/^pengaduan\/(\d{4})\.yaml$/, (m) => ({ kind: 'rekap-pengaduan', key: m[0], id: m[1]! })],
  [/^unit\.yaml$/, (m) => ({ kind: 'satuan-kerja', key: m[0], id: 'unit' })],
];

/**
 * The item a content path belongs to; undefined for files the site does not publish (the staff guide,
 * READMEs). `evidenceByFile` maps a current evidence file to its YAML, so both count as one item.
 */
export function itemOfPath(path: string, evidenceByFile: ReadonlyMap<string, string> = new Map()): PathItem | undefined {
  const owner = evidenceByFile.get(path);
  if (owner) return { kind: 'bukti', key: owner, id: owner.replace(/^.*\//, '').replace(/\.yaml$/, '') };
  for (const [pattern, item] of RULES) {
    const match = pattern.exec(path);
    if (match) return item(match);
  }
  return undefined;
}

/** Current evidence file → its YAML, from the content index. */
export function evidenceFiles(refs: readonly ContentRef[]): Map<string, string> {
  return new Map(refs.flatMap((ref) => (ref.file ? [[ref.file, ref.path] as const] : [])));
}
