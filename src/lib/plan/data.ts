import { getCollection } from 'astro:content';
import { join } from 'node:path';
import { buildPlan, type Plan } from './plan.ts';
import { once } from '../memo.ts';
import { readAsOf } from '../progress/as-of.ts';
import { getUnit } from '../unit.ts';
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

/**
 * The current plan year's plan, what the home page and the menu show: `currentYear` of
 * content/unit.yaml when set, else the newest plan whose year has begun on the reference date
 * (PZI_AS_OF), else the oldest plan (a site whose only plan starts next year).
 */
export function pickCurrentPlan(plans: readonly Plan[], asOf: string, currentYear?: number): Plan {
  if (plans.length === 0) throw new Error('Belum ada keputusan rencana aksi di folder content/<tahun>/keputusan.yaml.');
  if (currentYear !== undefined) {
    const chosen = plans.find((plan) => plan.year === currentYear);
    if (!chosen) throw new Error(`content/unit.yaml: currentYear ${currentYear} tidak punya rencana aksi; tahun yang ada: ${plans.map((plan) => plan.year).join(', ')}.`);
    return chosen;
  }
  const year = Number(asOf.slice(0, 4));
  return plans.filter((plan) => plan.year <= year).at(-1) ?? plans[0]!;
}

export const getCurrentPlan: () => Promise<Plan> = once(async () => pickCurrentPlan(await getPlans(), readAsOf(), (await getUnit()).currentYear));

/**
 * The bytes of the decree's source text (`<content>/<year>/sumber/<name>`, src/schemas/decree.ts), read
 * as every published content file is (a regular file inside the content root, no symlink): published
 * as /<year>/keputusan/sumber.txt and quoted by the reading notes.
 */
export function readDecreeSource(plan: Plan) {
  return readContentFile(contentRoot(), join(contentRoot(), String(plan.year), plan.decree.source));
}
