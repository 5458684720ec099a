import { toCsv } from '../csv.ts';
import type { Plan } from './plan.ts';
import { isoDate } from '../format.ts';
import { areaPath, componentPath, decreePath, indicatorPath } from './routes.ts';
import { PLAN_CSV_COLUMNS, type PlanExport } from '../../schemas/open-data.ts';

/** Turns a site path into the URL published in data files (base path included). */
export type Href = (path: string) => string;

/** The plan as the public JSON contract. */
export function planToExport(plan: Plan, href: Href): PlanExport {
  const { decree } = plan;
  return {
    year: plan.year,
    decree: {
      issuer: decree.issuer,
      number: decree.number ?? null,
      year: decree.year,
      title: decree.title ?? null,
      place: decree.place ?? null,
      date: decree.date ? isoDate(decree.date) : null,
      validUntil: decree.validUntil ? isoDate(decree.validUntil) : null,
      signatory: decree.signedBy?.name ?? null,
      url: href(decreePath(plan.year)),
    },
    areas: plan.areas.map((area) => ({
      code: area.code,
      title: area.title,
      team: area.team,
      weight: area.weight,
      lkeName: area.lkeName,
      url: href(areaPath(plan.year, area.slug)),
      components: area.components.map((component) => ({
        id: component.id,
        title: component.title,
        url: href(componentPath(plan.year, component.id)),
        indicators: component.indicators.map((indicator) => ({
          id: indicator.id,
          text: indicator.text,
          url: href(indicatorPath(plan.year, indicator.id)),
          months: indicator.months,
          actions: indicator.actions.map((action) => ({
            step: action.step,
            evidence: action.evidence ?? null,
            months: action.months,
            monthsNote: action.monthsNote ?? null,
          })),
        })),
      })),
    })),
  };
}

/** The plan as CSV, one row per action step; months as "6;7;8". */
export function planToCsv(plan: Plan): string {
  const rows = plan.areas.flatMap((area) =>
    area.components.flatMap((component) =>
      component.indicators.flatMap((indicator) =>
        indicator.actions.map((action, index) => [
          plan.year,
          area.code,
          area.title,
          area.team,
          component.id,
          component.title,
          indicator.id,
          indicator.text,
          index + 1,
          action.step,
          action.evidence ?? '',
          action.months.join(';'),
          action.monthsNote ?? '',
        ]),
      ),
    ),
  );
  return toCsv(PLAN_CSV_COLUMNS, rows);
}
