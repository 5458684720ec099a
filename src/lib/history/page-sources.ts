import { evidenceFiles, itemOfPath, type ContentRef } from './content-items.ts';

/**
 * Which content files a page is built from, so its "Terakhir diperbarui" is the newest commit that touched
 * one of them. One table for every page type (by its site path), so the rule is written once. Pure.
 *
 *   note page           the note and the evidence it cites (YAML and file)
 *   component page      decree, its area, the component, notes and evidence of its indicators
 *   area page           decree, the area, its components, notes and evidence of its indicators
 *   decree, annex,      decree, its source text, areas, components
 *   reading notes
 *   timeline pages      decree, areas, components and the year's notes
 *   register pages      decree, areas, components and the year's evidence
 *   plan year page      everything of that year
 *   notes lists         every note
 *   surveys             the survey folder(s)
 *   channels and guides the guide text and the channel files
 *   home, change log    everything the site publishes
 * The unit's identity (unit.yaml) is on every page's header but is not counted: it is the frame, not the page.
 * Pages not built from content (search, open-data index, 404) have no date.
 */

export type PathFilter = (path: string) => boolean;

const startsWithAny = (...prefixes: string[]): PathFilter => (path) => prefixes.some((prefix) => path.startsWith(prefix));
const either = (...filters: PathFilter[]): PathFilter => (path) => filters.some((filter) => filter(path));

function planFiles(year: string): PathFilter {
  return startsWithAny(`${year}/keputusan.yaml`, `${year}/sumber/`, `${year}/area/`, `${year}/komponen/`);
}

/** Notes and evidence (YAML and file) of a year whose indicators start with `codePrefix` ("V." or "V.3."). */
function itemsOfIndicators(refs: readonly ContentRef[], year: string, codePrefix: string): PathFilter {
  const paths = new Set(
    refs
      .filter((ref) => (ref.kind === 'catatan' || ref.kind === 'bukti') && ref.path.startsWith(`${year}/`) && ref.indicators?.some((code) => code.startsWith(codePrefix)))
      .flatMap((ref) => [ref.path, ...(ref.file ? [ref.file] : [])]),
  );
  return (path) => paths.has(path);
}

/** What every page looks up in the content index, built once per index instead of once per page. */
export interface RefIndex {
  /** Current evidence file → its YAML (see `evidenceFiles`). */
  files: ReadonlyMap<string, string>;
  /** The first note with each id (as `refs.find` would give it). */
  notes: ReadonlyMap<string, ContentRef>;
  /** Evidence items by id, in index order. */
  evidence: ReadonlyMap<string, readonly ContentRef[]>;
  /** Every current item's main file. */
  paths: ReadonlySet<string>;
}

// Scanning thousands of refs on every page would grow with pages × content; the build hands every
// page the same `refs` array (memoised), so one index per array suffices.
const indexes = new WeakMap<readonly ContentRef[], RefIndex>();

export function refIndex(refs: readonly ContentRef[]): RefIndex {
  let index = indexes.get(refs);
  if (!index) {
    const notes = new Map<string, ContentRef>();
    const evidence = new Map<string, ContentRef[]>();
    for (const ref of refs) {
      if (ref.kind === 'catatan' && !notes.has(ref.id)) notes.set(ref.id, ref);
      if (ref.kind === 'bukti') evidence.set(ref.id, [...(evidence.get(ref.id) ?? []), ref]);
    }
    index = { files: evidenceFiles(refs), notes, evidence, paths: new Set(refs.map((ref) => ref.path)) };
    indexes.set(refs, index);
  }
  return index;
}

export function pageSources(sitePath: string, refs: readonly ContentRef[]): PathFilter | undefined {
  const path = sitePath.endsWith('/') ? sitePath : `${sitePath}/`;
  const index = refIndex(refs);
  const files = index.files;
  const published: PathFilter = (file) => itemOfPath(file, files) !== undefined && file !== 'unit.yaml';
  let m: RegExpExecArray | null;

  if (path === '/' || path.startsWith('/riwayat/')) return published;
  // the year page, and the LKE and change pages, which read the year's plan, mapping, notes and evidence
  if ((m = /^\/(\d{4})\/((lke|perubahan)\/.*)?$/.exec(path))) return startsWithAny(`${m[1]}/`);
  if ((m = /^\/(\d{4})\/(keputusan|lampiran|catatan-pembacaan)\/$/.exec(path))) return planFiles(m[1]!);
  if ((m = /^\/(\d{4})\/linimasa\//.exec(path))) return either(planFiles(m[1]!), startsWithAny(`${m[1]}/catatan/`));
  // a file in bukti/ that no item names was never published: it changes no page
  if ((m = /^\/(\d{4})\/bukti\//.exec(path))) {
    const folder = `${m[1]}/bukti/`;
    return either(planFiles(m[1]!), (file) => file.startsWith(folder) && itemOfPath(file, files) !== undefined);
  }
  if ((m = /^\/(\d{4})\/([ivxlc]+)\/$/.exec(path))) {
    const [, year, area] = m as unknown as [string, string, string];
    return either(startsWithAny(`${year}/keputusan.yaml`, `${year}/area/${area}.yaml`, `${year}/komponen/${area}-`), itemsOfIndicators(refs, year, `${area.toUpperCase()}.`));
  }
  if ((m = /^\/(\d{4})\/([ivxlc]+)\/(\d+)\/$/.exec(path))) {
    const [, year, area, n] = m as unknown as [string, string, string, string];
    return either(
      startsWithAny(`${year}/keputusan.yaml`, `${year}/area/${area}.yaml`, `${year}/komponen/${area}-${n}.mdx`),
      itemsOfIndicators(refs, year, `${area.toUpperCase()}.${n}.`),
    );
  }
  if ((m = /^\/kemajuan\/area\/([ivxlc]+)\//.exec(path))) {
    const code = `${m[1]!.toUpperCase()}.`;
    const notes = new Set(refs.filter((ref) => ref.kind === 'catatan' && ref.indicators?.some((c) => c.startsWith(code))).map((ref) => ref.path));
    // a removed note's indicators are unknown: its removal counts for every area's list (a later date, never a hidden removal)
    const current = index.paths;
    return (file) => notes.has(file) || (/^\d{4}\/catatan\//.test(file) && !current.has(file));
  }
  if (/^\/kemajuan\/(\d+\/)?$/.test(path)) return (file) => /^\d{4}\/catatan\//.test(file);
  if ((m = /^\/kemajuan\/([^/]+)\/$/.exec(path))) {
    const note = index.notes.get(m[1]!);
    if (!note) return undefined;
    const cited = [...new Set(note.cites ?? [])].flatMap((id) => index.evidence.get(id) ?? []).flatMap((ref) => [ref.path, ...(ref.file ? [ref.file] : [])]);
    const paths = new Set([note.path, ...cited]);
    return (file) => paths.has(file);
  }
  if (path === '/survei/') return startsWithAny('survei/');
  if ((m = /^\/survei\/([^/]+)\/$/.exec(path))) return startsWithAny(`survei/${m[1]}/`);
  if (path === '/pengaduan/rekap/') return startsWithAny('pengaduan/', 'panduan/rekap-pengaduan.mdx');
  if (path === '/pengaduan/') return startsWithAny('kanal/', 'panduan/pengaduan.mdx');
  if ((m = /^\/(gratifikasi|benturan-kepentingan|standar-pelayanan)\/$/.exec(path))) return startsWithAny('kanal/', `panduan/${m[1]}.mdx`);
  if ((m = /^\/cetak\/([^/]+)\/$/.exec(path))) return startsWithAny('kanal/', `panduan/${m[1]}.mdx`);
  return undefined;
}
