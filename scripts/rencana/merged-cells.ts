/**
 * The merged cells of one sheet of an .xlsx, which read-excel-file does not report: Excel keeps a
 * merge's value in its top-left cell and lists the merge in the sheet's <mergeCells>. Only three small
 * parts are unpacked (the workbook, its relationships, the one sheet), after the caller has capped the
 * archive's declared size; attributes are read with plain patterns, nothing is resolved or followed.
 */
import { unzipSync, strFromU8 } from 'fflate';

/** A merged range, 1-based rows, 0-based columns (as SheetGrid). */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const unescape = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[match[1]!] = unescape(match[2]!);
  return out;
}

/** "B9" → [9, 1]. */
function cellAddress(ref: string): [number, number] | undefined {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref);
  if (!match) return undefined;
  const column = [...match[1]!].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return [Number(match[2]), column];
}

export function mergedRanges(bytes: Uint8Array, sheetName: string): MergedRange[] {
  const read = (names: ReadonlySet<string>) => unzipSync(bytes, { filter: (file) => names.has(file.name) });
  const meta = read(new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']));
  const workbook = meta['xl/workbook.xml'];
  const rels = meta['xl/_rels/workbook.xml.rels'];
  if (!workbook || !rels) return [];
  const sheet = [...strFromU8(workbook).matchAll(/<sheet\b[^>]*>/g)].map((m) => attributes(m[0])).find((a) => a.name === sheetName);
  const id = sheet?.['r:id'];
  const target = [...strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)].map((m) => attributes(m[0])).find((a) => a.Id === id)?.Target;
  if (!target) return [];
  const part = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const xml = read(new Set([part]))[part];
  if (!xml) return [];
  const ranges: MergedRange[] = [];
  for (const match of strFromU8(xml).matchAll(/<mergeCell\b[^>]*>/g)) {
    const [from, to] = (attributes(match[0]).ref ?? '').split(':');
    const start = cellAddress(from ?? '');
    const end = cellAddress(to ?? from ?? '');
    if (start && end) ranges.push({ top: start[0], left: start[1], bottom: end[0], right: end[1] });
  }
  return ranges;
}
