/**
 * What kind of page a site path is, for pagefind filters (`jenis`, `area`, `tahun`) and for the
 * no-JavaScript page list on /cari/. Pure: works on paths without the deploy base.
 *
 *   pageFacets('/2022/ii/3/') → { kind: 'komponen', area: 'II', year: '2022' }
 */
export const PAGE_KINDS = ['rencana', 'komponen', 'catatan', 'bukti', 'survei', 'kanal', 'data', 'lainnya'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface PageFacets {
  kind: PageKind;
  /** Area code in capitals ("II"), when the page belongs to one area. */
  area?: string;
  /** Plan year ("2022"), when the path carries one. */
  year?: string;
}

const CHANNELS = new Set(['pengaduan', 'gratifikasi', 'benturan-kepentingan', 'standar-pelayanan', 'cetak']);

/** Facets of a site path (no base, e.g. `/2022/bukti/area/ii/`). */
export function pageFacets(path: string): PageFacets {
  const parts = path.split(/[?#]/)[0]!.split('/').filter(Boolean);
  const [first, second, third, fourth] = parts;
  if (first && /^\d{4}$/.test(first)) {
    const year = first;
    if (!second) return { kind: 'rencana', year };
    if (second === 'bukti') return { kind: 'bukti', year, ...(third === 'area' && fourth ? { area: fourth.toUpperCase() } : {}) };
    if (second === 'linimasa') return { kind: 'catatan', year, ...(third === 'area' && fourth ? { area: fourth.toUpperCase() } : {}) };
    if (second === 'keputusan' || second === 'lampiran') return { kind: 'rencana', year };
    return { kind: third ? 'komponen' : 'rencana', year, area: second.toUpperCase() };
  }
  if (first === 'kemajuan') return { kind: 'catatan', ...(second === 'area' && third ? { area: third.toUpperCase() } : {}) };
  if (first === 'survei') return { kind: 'survei' };
  if (first && CHANNELS.has(first)) return { kind: 'kanal' };
  if (first === 'data') return { kind: 'data' };
  return { kind: first ? 'lainnya' : 'rencana' };
}

/**
 * `data-pagefind-filter` values of a page, one per element (pagefind reads one filter per attribute):
 * `['jenis:komponen', 'area:II', 'tahun:2022']`.
 */
export function pagefindFilters(facets: PageFacets): string[] {
  return [`jenis:${facets.kind}`, facets.area && `area:${facets.area}`, facets.year && `tahun:${facets.year}`].filter((f): f is string => Boolean(f));
}
