import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildPlan, type Plan } from './plan.ts';
import { newestFirst, toNote, type Note } from './notes.ts';
import { buildTimeline, type Timeline } from './timeline.ts';
import { readAsOf } from './as-of.ts';
import type { Unit } from '../schemas/unit.ts';
import { contentRoot } from './content-root.ts';
import { parseResponses, responsesPath } from './survey/responses.ts';
import { buildSurvey, byPeriod, type Survey } from './survey/result.ts';
import { dirname, join } from 'node:path';
import { cacheDir, FactsCache } from './evidence/facts-cache.ts';
import { FileRefused, unreadableMessage } from './evidence/facts.ts';
import { readContentFile, UnsafeContentFile } from './content-check/safe-file.ts';
import { staffError } from './staff-error.ts';
import { byDateDesc, evidenceYear, toEvidenceItem, type EvidenceItem } from './evidence/items.ts';
import { buildRegister, type Register } from './evidence/register.ts';
import { areaPackKey, buildAreaPack } from './evidence/pack.ts';
import { PACK_MAX_FILE_BYTES } from './evidence/limits.ts';
import { absoluteUrl, evidencePath } from './url.ts';
import type { RecapRow } from '../schemas/complaint-recap.ts';
import { GUIDE_PATHS, channelPath, isGuideId, linksByIndicator, sortChannels, type GuideId } from './channels.ts';

// Pages ask for the plans many times per build; assemble them once.
let plansPromise: Promise<Plan[]> | undefined;

async function loadPlans(): Promise<Plan[]> {
  const [decrees, areas, components] = await Promise.all([
    getCollection('decrees'),
    getCollection('areas'),
    getCollection('components'),
  ]);
  const yearOf = (id: string) => id.slice(0, 4);
  return decrees
    .map((decree) =>
      buildPlan(
        decree.data,
        areas.filter((area) => yearOf(area.id) === decree.id).map((area) => area.data),
        components.filter((component) => yearOf(component.id) === decree.id),
      ),
    )
    .sort((a, b) => a.year - b.year);
}

/** Every year's plan, oldest first. */
export function getPlans(): Promise<Plan[]> {
  plansPromise ??= loadPlans();
  return plansPromise;
}

let plansByYear: Promise<ReadonlyMap<number, Plan>> | undefined;

/** One year's plan; throws when the year has no decree. */
export async function getPlan(year: number): Promise<Plan> {
  plansByYear ??= getPlans().then((plans) => new Map(plans.map((plan) => [plan.year, plan])));
  const plan = (await plansByYear).get(year);
  if (!plan) throw new Error(`Tidak ada rencana aksi untuk tahun ${year}.`);
  return plan;
}

/** The newest plan: what the home page shows. */
export async function getLatestPlan(): Promise<Plan> {
  const plans = await getPlans();
  const latest = plans.at(-1);
  if (!latest) throw new Error('Belum ada keputusan rencana aksi di folder content/<tahun>/keputusan.yaml.');
  return latest;
}

/** The publishing unit's identity (`content/unit.yaml`). */
export async function getUnit(): Promise<Unit> {
  const entry = await getEntry('unit', 'unit');
  if (!entry) throw new Error('Berkas content/unit.yaml tidak ditemukan.');
  return entry.data;
}

// Each survey's responses.csv is parsed once per build, however many pages show it.
let surveysPromise: Promise<Survey[]> | undefined;

async function loadSurveys(): Promise<Survey[]> {
  const root = contentRoot();
  const entries = await getCollection('surveys');
  return entries
    .map((entry) => {
      const path = responsesPath(root, entry.id);
      if (entry.data.type !== 'skm' || !existsSync(path)) return buildSurvey(entry.id, entry.data);
      const { responses, issues } = parseResponses(readContentFile(root, path).toString('utf8'));
      // The content guard has already rejected invalid files; this only guards against bypassing it.
      if (!responses) throw new Error(`${path}:${issues[0]?.line ?? 1}: ${issues[0]?.message ?? 'tidak sah'}`);
      return buildSurvey(entry.id, entry.data, responses);
    })
    .sort(byPeriod);
}

/** Every published survey with its computed results, oldest first. */
export function getSurveys(): Promise<Survey[]> {
  surveysPromise ??= loadSurveys();
  return surveysPromise;
}

let notesPromise: Promise<Note[]> | undefined;

/** Every progress note of every year, newest first. */
export function getNotes(): Promise<Note[]> {
  notesPromise ??= getCollection('notes').then((entries) => newestFirst(entries.map(toNote)));
  return notesPromise;
}

let asOf: string | undefined;

/** The reference date of this build (YYYY-MM-DD): `PZI_AS_OF`, else the build day in Jakarta. */
export function getAsOf(): string {
  asOf ??= readAsOf();
  return asOf;
}

const timelines = new Map<number, Promise<Timeline>>();

/** A plan year's timeline and roll-up on the build's reference date. */
export function getTimeline(year: number): Promise<Timeline> {
  let timeline = timelines.get(year);
  if (!timeline) {
    timeline = Promise.all([getPlan(year), getNotes()]).then(([plan, notes]) => buildTimeline(plan, notes, getAsOf()));
    timelines.set(year, timeline);
  }
  return timeline;
}

// Evidence items with their file facts (size, media type, SHA-256, pages), computed once per build.
let evidencePromise: Promise<EvidenceItem[]> | undefined;

async function loadEvidence(): Promise<EvidenceItem[]> {
  const entries = await getCollection('evidence');
  // Hashing every file is the cost of evidence: facts are reused while a file's size and mtime are unchanged.
  const cache = new FactsCache();
  const started = performance.now();
  const root = contentRoot();
  const items: EvidenceItem[] = [];
  // One file at a time: PDFs are read one by one in a bounded worker (evidence/pdf.ts).
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
  cache.save();
  // `npm run bench` reads this line to report what the cache saves.
  if (process.env.PZI_BENCH) console.log(`[pzi-bench] fakta berkas: ${cache.computed} dihitung, ${cache.reused} dari cache, ${Math.round(performance.now() - started)} ms`);
  return items;
}

/** Every evidence item of every year, newest first. */
export function getEvidenceItems(): Promise<EvidenceItem[]> {
  evidencePromise ??= loadEvidence();
  return evidencePromise;
}

let evidenceByIdPromise: Promise<ReadonlyMap<string, EvidenceItem>> | undefined;

/** Evidence items by id (built once; pages look items up by the ids notes cite). */
export function getEvidenceById(): Promise<ReadonlyMap<string, EvidenceItem>> {
  evidenceByIdPromise ??= getEvidenceItems().then((items) => new Map(items.map((item) => [item.id, item])));
  return evidenceByIdPromise;
}

/** Bytes of an item's published file, read from the content folder. */
export function readEvidenceFile(item: EvidenceItem): Uint8Array<ArrayBuffer> {
  if (!item.file) throw new Error(`Bukti "${item.id}" tidak punya berkas.`);
  return readContentFile(contentRoot(), join(contentRoot(), String(item.year), 'bukti', item.file.name));
}

const registers = new Map<number, Promise<Register>>();

/** A year's evidence register (every indicator, its required evidence, items and status). */
export function getRegister(year: number): Promise<Register> {
  if (!registers.has(year)) registers.set(year, Promise.all([getPlan(year), getEvidenceItems()]).then(([plan, items]) => buildRegister(plan, items)));
  return registers.get(year)!;
}

const packs = new Map<string, Uint8Array<ArrayBuffer>>();

/** The evaluator ZIP of one area (built once per build, also to state its size on the register). */
export async function getAreaPack(year: number, areaSlug: string): Promise<Uint8Array<ArrayBuffer>> {
  const key = `${year}/${areaSlug}`;
  const cached = packs.get(key);
  if (cached) return cached;
  const register = await getRegister(year);
  const area = register.areas.find((candidate) => candidate.area.slug === areaSlug);
  if (!area) throw new Error(`Tidak ada area "${areaSlug}" di rencana ${year}.`);
  const input = { year, area, read: readEvidenceFile, maxFileBytes: PACK_MAX_FILE_BYTES, href: (path: string) => absoluteUrl(path), siteUrl: absoluteUrl(evidencePath(year)) };
  // Zipping every file is work whose inputs rarely change: reuse the ZIP built for the same content key.
  const zipFile = join(cacheDir(), 'packs', `${areaPackKey(input)}.zip`);
  let pack: Uint8Array<ArrayBuffer>;
  if (existsSync(zipFile)) pack = readFileSync(zipFile);
  else {
    pack = buildAreaPack(input);
    mkdirSync(dirname(zipFile), { recursive: true });
    writeFileSync(zipFile, pack);
  }
  packs.set(key, pack);
  return pack;
}

// --- Complaint and reporting channels (content/kanal, content/panduan, content/pengaduan) ---

type ChannelsEntry = CollectionEntry<'channels'>;
type GuideEntry = CollectionEntry<'guides'>;

let channelsPromise: Promise<ChannelsEntry[]> | undefined;

/** Every channel, in display order. */
export function getChannels(): Promise<ChannelsEntry[]> {
  channelsPromise ??= getCollection('channels').then(sortChannels);
  return channelsPromise;
}

/** One guide page's content (`content/panduan/<id>.mdx`); the content check guarantees it exists. */
export async function getGuide(id: GuideId): Promise<GuideEntry> {
  const entry = await getEntry('guides', id);
  if (!entry) throw new Error(`Berkas content/panduan/${id}.mdx tidak ditemukan.`);
  return entry;
}

/** Every year's complaint recap, oldest first; empty when staff have published none. */
export async function getComplaintRecaps(): Promise<{ year: number; rows: RecapRow[] }[]> {
  const recaps = await getCollection('complaintRecaps');
  return recaps.map((recap) => ({ year: Number(recap.id), rows: recap.data.rows })).sort((a, b) => a.year - b.year);
}

let relatedPromise: Promise<ReturnType<typeof linksByIndicator>> | undefined;

/** Indicator code (of the newest plan) → the channel cards and pages that serve it. */
export function getChannelLinksByIndicator(): Promise<ReturnType<typeof linksByIndicator>> {
  relatedPromise ??= (async () => {
    const [channels, guides] = await Promise.all([getChannels(), getCollection('guides')]);
    return linksByIndicator([
      ...guides.filter((guide) => isGuideId(guide.id)).map((guide) => ({ label: guide.data.title, href: GUIDE_PATHS[guide.id as GuideId], indicators: guide.data.indicators })),
      ...channels.map((channel) => ({ label: channel.data.name, href: channelPath(channel.id), indicators: channel.data.indicators })),
    ]);
  })();
  return relatedPromise;
}
