import { dirname, join } from 'node:path';
import { getCollection } from 'astro:content';
import { contentRoot } from '../content-root.ts';
import { once, oncePerKey } from '../memo.ts';
import { getPlan } from '../plan/data.ts';
import { absoluteUrl } from '../url.ts';
import { evidencePath } from './routes.ts';
import { FactsCache } from './facts-cache.ts';
import { FileRefused, unreadableMessage } from './facts.ts';
import { readContentFile, UnsafeContentFile } from '../content-file.ts';
import { staffError } from '../staff-error.ts';
import { byDateDesc, evidenceYear, toEvidenceItem, type EvidenceItem } from './items.ts';
import { buildRegister, type Register } from './register.ts';
import { PACK_MAX_FILE_BYTES } from './limits.ts';
import { cachedAreaPack } from './pack-cache.ts';
import { evidenceHistories } from '../history/site-history.ts';
import { evidenceSourcePath } from './published-files.ts';

// Evidence items with their file facts (size, media type, SHA-256, pages), computed once per build.
async function loadEvidence(): Promise<EvidenceItem[]> {
  const entries = await getCollection('evidence');
  // Hashing every file is the cost of evidence: facts are reused while a file's size and mtime are unchanged.
  const cache = new FactsCache();
  const started = performance.now();
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
  // `npm run bench` reads this line to report what the cache saves.
  if (process.env.PZI_BENCH) console.log(`[pzi-bench] fakta berkas: ${cache.computed} dihitung, ${cache.reused} dari cache, ${Math.round(performance.now() - started)} ms`);
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

/** Bytes of an item's published file, read from the content folder. */
export function readEvidenceFile(item: EvidenceItem): Uint8Array<ArrayBuffer> {
  if (!item.file) throw new Error(`Bukti "${item.id}" tidak punya berkas.`);
  return readContentFile(contentRoot(), evidenceSourcePath(contentRoot(), item.year, item.file.name));
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
  return cachedAreaPack({ year, area, read: readEvidenceFile, maxFileBytes: PACK_MAX_FILE_BYTES, href: (path: string) => absoluteUrl(path), siteUrl: absoluteUrl(evidencePath(year)) });
});

/** The evaluator ZIP of one area (built once per build, also to state its size on the register). */
export function getAreaPack(year: number, areaSlug: string): Promise<Uint8Array<ArrayBuffer>> {
  return areaPacks(`${year}/${areaSlug}`);
}
