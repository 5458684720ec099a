import { existsSync, readFileSync } from 'node:fs';
import { getCollection, getEntry } from 'astro:content';
import { buildPlan, type Plan } from './plan.ts';
import { newestFirst, toNote, type Note } from './notes.ts';
import { buildTimeline, type Timeline } from './timeline.ts';
import { readAsOf } from './as-of.ts';
import type { Unit } from '../schemas/unit.ts';
import { contentRoot } from './content-root.ts';
import { parseResponses, responsesPath } from './survey/responses.ts';
import { buildSurvey, byPeriod, type Survey } from './survey/result.ts';

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
