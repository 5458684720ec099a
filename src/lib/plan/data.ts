import { getCollection } from 'astro:content';
import { join } from 'node:path';
import { buildPlan, type Plan } from './plan.ts';
import { once } from '../memo.ts';
import { contentRoot } from '../content-root.ts';
import { readContentFile } from '../content-file.ts';

// Pages ask for the plans many times per build; assemble them once.
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
export const getPlans: () => Promise<Plan[]> = once(loadPlans);

const plansByYear = once(() => getPlans().then((plans) => new Map(plans.map((plan) => [plan.year, plan]))));

/** One year's plan; throws when the year has no decree. */
export async function getPlan(year: number): Promise<Plan> {
  const plan = (await plansByYear()).get(year);
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

/**
 * The bytes of the decree's source text (`<content>/<year>/sumber/<name>`, src/schemas/decree.ts), read
 * as every published content file is (a regular file inside the content root, no symlink): published
 * as /<year>/keputusan/sumber.txt and quoted by the reading notes.
 */
export function readDecreeSource(plan: Plan) {
  return readContentFile(contentRoot(), join(contentRoot(), String(plan.year), plan.decree.source));
}
