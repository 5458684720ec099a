import type { Action } from '../../schemas/component.ts';
import type { Component, Indicator, Plan, PlanArea } from './plan.ts';

export interface AnnexRow {
  area: PlanArea;
  component: Component;
  indicator: Indicator;
  action: Action;
  /** Rows the component cell spans when this row opens the component; 0 otherwise. */
  componentRowSpan: number;
  /** Rows the indicator cell spans when this row opens the indicator; 0 otherwise. */
  indicatorRowSpan: number;
}

/** One row per action step, as in the decree's Lampiran, with the row spans of merged cells. */
export function annexRows(plan: Plan): AnnexRow[] {
  return plan.areas.flatMap((area) =>
    area.components.flatMap((component) => {
      const componentRows = component.indicators.reduce((sum, indicator) => sum + indicator.actions.length, 0);
      return component.indicators.flatMap((indicator, indicatorIndex) =>
        indicator.actions.map((action, actionIndex) => ({
          area,
          component,
          indicator,
          action,
          componentRowSpan: indicatorIndex === 0 && actionIndex === 0 ? componentRows : 0,
          indicatorRowSpan: actionIndex === 0 ? indicator.actions.length : 0,
        })),
      );
    }),
  );
}
