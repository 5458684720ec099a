import { existsSync, readFileSync } from 'node:fs';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildPlan, type Plan } from './plan.ts';
import type { Unit } from '../schemas/unit.ts';
import { contentRoot } from './content-root.ts';
import { parseResponses, responsesPath } from './survey/responses.ts';
import { buildSurvey, byPeriod, type Survey } from './survey/result.ts';
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

/** One year's plan; throws when the year has no decree. */
export async function getPlan(year: number): Promise<Plan> {
  const plan = (await getPlans()).find((candidate) => candidate.year === year);
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
      const { responses, issues } = parseResponses(readFileSync(path, 'utf8'));
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
