import { getPlans } from '../plan/data.ts';
import { LKE_SECTIONS, subcomponentSlug, type LkeSection } from './lke.ts';
import type { LkeSubcomponent } from '../../schemas/lke.ts';
import type { Plan } from '../plan/plan.ts';

/** One route per plan year and LKE section: `/2022/lke/area-5/`, `/2022/lke/hasil/`. */
export async function lkeSectionPaths() {
  return (await getPlans()).flatMap((plan) =>
    LKE_SECTIONS.map((section) => ({ params: { year: String(plan.year), section: section.slug }, props: { plan, section } })),
  );
}

export interface LkeSectionProps { plan: Plan; section: LkeSection }

/** One route per sub-component, with every answer's justification and evidence: `/2022/lke/area-5/pemenuhan-i/`. */
export async function lkeSubcomponentPaths() {
  return (await getPlans()).flatMap((plan) =>
    LKE_SECTIONS.flatMap((section) =>
      section.subcomponents.map((sub) => ({ params: { year: String(plan.year), section: section.slug, sub: subcomponentSlug(sub) }, props: { plan, section, sub } })),
    ),
  );
}

export interface LkeSubcomponentProps extends LkeSectionProps { sub: LkeSubcomponent }
