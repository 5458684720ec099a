import { dirname, join } from 'node:path';
import { getCollection } from 'astro:content';
import { contentRoot } from '../content-root.ts';
import { once, oncePerKey } from '../memo.ts';
import { getPlan } from '../plan/data.ts';
import { absoluteUrl } from '../url.ts';
import { evidencePath } from './routes.ts';
import { FactsCache } from './facts-cache.ts';
import { FileRefused, sha256Hex, unreadableMessage } from './facts.ts';
import { readContentFile, UnsafeContentFile } from '../content-file.ts';
import { staffError } from '../staff-error.ts';
import { byDateDesc, evidenceYear, toEvidenceItem, type EvidenceItem } from './items.ts';
import { buildRegister, type Register } from './register.ts';
import { PACK_MAX_FILE_BYTES } from './limits.ts';
import { buildAreaPack } from './pack.ts';
import { evidenceHistories } from '../history/site-history.ts';
import { changedDuringBuild, evidenceSourcePath } from './published-files.ts';

// Evidence items with their file facts (size, media type, SHA-256, pages), computed once per build.
async function loadEvidence(): Promise<EvidenceItem[]> {
  const entries = await getCollection('evidence');
  // Every file is read and hashed; only the media type and PDF page count are reused (by the bytes' SHA-256).
  const cache = new FactsCache();
  const root = contentRoot();
  const items: EvidenceItem[] = [];
  // One file at a time: PDFs are read one by one in a bounded worker (pdf.ts).
  for (const entry of entries) {
    const path = entry.filePath ?? '';
    const file = entry.data.file;
    let facts;
    try {
      facts = file ? await cache.factsOf(join(dirname(path), file), file, (onDisk) => readContentFile(root, onDisk)) : undefined;
    } catch (error) {
      // The content guard refuses these first; this keeps a bypassed guard from publishing them.
      if (error instanceof FileRefused || error instanceof UnsafeContentFile) throw staffError(path, error.message);
      throw error;
    }
    if (file && facts?.unreadable) console.warn(`${path}: ${unreadableMessage(file, facts.unreadable)}`);
    items.push(toEvidenceItem(entry.id, Number(evidenceYear(path)), entry.data, facts));
  }
  items.sort(byDateDesc);
  attachEvidenceHistory(items);
  cache.save();
  return items;
}

/** Adds each item's publication history from git; items keep no history when there is none. */
function attachEvidenceHistory(items: EvidenceItem[]): void {
  const histories = evidenceHistories(
    items.map((item) => ({ yaml: `${item.year}/bukti/${item.id}.yaml`, ...(item.file ? { file: `${item.year}/bukti/${item.file.name}` } : {}), date: item.date })),
  );
  items.forEach((item, index) => {
    const history = histories[index];
    if (history) item.history = history;
  });
}

/** Every evidence item of every year, newest first. */
export const getEvidenceItems: () => Promise<EvidenceItem[]> = once(loadEvidence);

/** Evidence items by id (built once; pages look items up by the ids notes cite). */
export const getEvidenceById: () => Promise<ReadonlyMap<string, EvidenceItem>> = once(() =>
  getEvidenceItems().then((items) => new Map(items.map((item) => [item.id, item]))),
);

/**
 * Bytes of an item's published file, read from the content folder. `exact`: they must be the bytes its
 * facts describe (the SHA-256 the pages state), or the build fails naming the file (it changed during
 * the build); the preview, which serves a replaced file before its facts are read again, passes false.
 */
export function readEvidenceFile(item: EvidenceItem, exact = true): Uint8Array<ArrayBuffer> {
  if (!item.file) throw new Error(`Bukti "${item.id}" tidak punya berkas.`);
  const path = evidenceSourcePath(contentRoot(), item.year, item.file.name);
  const bytes = readContentFile(contentRoot(), path);
  if (exact && sha256Hex(bytes) !== item.file.sha256) throw staffError(path, changedDuringBuild(item.file.name));
  return bytes;
}

/** A year's evidence register (every indicator, its required evidence, items and status). */
export const getRegister: (year: number) => Promise<Register> = oncePerKey((year: number) =>
  Promise.all([getPlan(year), getEvidenceItems()]).then(([plan, items]) => buildRegister(plan, items)),
);

const areaPacks = oncePerKey(async (key: string): Promise<Uint8Array<ArrayBuffer>> => {
  const [yearText, areaSlug] = key.split('/') as [string, string];
  const year = Number(yearText);
  const register = await getRegister(year);
  const area = register.areas.find((candidate) => candidate.area.slug === areaSlug);
  if (!area) throw new Error(`Tidak ada area "${areaSlug}" di rencana ${year}.`);
  return buildAreaPack({ year, area, read: (item) => readEvidenceFile(item), maxFileBytes: PACK_MAX_FILE_BYTES, href: (path: string) => absoluteUrl(path), siteUrl: absoluteUrl(evidencePath(year)) });
});

/** The evaluator ZIP of one area (built once per build, also to state its size on the register). */
export function getAreaPack(year: number, areaSlug: string): Promise<Uint8Array<ArrayBuffer>> {
  return areaPacks(`${year}/${areaSlug}`);
}
