import type { Plan, PlanArea, Component } from './plan.ts';
import { getPlans } from './data.ts';
import { planChanges, previousPlan, type PlanChanges } from './continuity.ts';

/** One route per plan year: `/2022/…`. */
export async function yearPaths() {
  return (await getPlans()).map((plan) => ({ params: { year: String(plan.year) }, props: { plan } }));
}

/** One route per area: `/2022/v/`. */
export async function areaPaths() {
  return (await getPlans()).flatMap((plan) =>
    plan.areas.map((area) => ({ params: { year: String(plan.year), area: area.slug }, props: { plan, area } })),
  );
}

/** One route per component: `/2022/v/3/`. */
export async function componentPaths() {
  return (await getPlans()).flatMap((plan) =>
    plan.areas.flatMap((area) =>
      area.components.map((component) => ({
        params: { year: String(plan.year), area: area.slug, n: String(component.position) },
        props: { plan, area, component },
      })),
    ),
  );
}

export interface YearProps {
  plan: Plan;
}
export interface AreaProps extends YearProps {
  area: PlanArea;
}
export interface ComponentProps extends AreaProps {
  component: Component;
}

/** One route per plan year that has a previous plan: `/2023/perubahan/`. */
export async function changesPaths() {
  const plans = await getPlans();
  return plans.flatMap((plan) => {
    const previous = previousPlan(plans, plan.year);
    return previous ? [{ params: { year: String(plan.year) }, props: { plan, previous, changes: planChanges(previous, plan) } }] : [];
  });
}

export interface ChangesProps extends YearProps {
  previous: Plan;
  changes: PlanChanges;
}

/** The year's changes against the previous plan, or undefined for the first plan year. */
export async function changesOf(plan: Plan): Promise<PlanChanges | undefined> {
  const previous = previousPlan(await getPlans(), plan.year);
  return previous ? planChanges(previous, plan) : undefined;
}
