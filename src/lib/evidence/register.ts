import type { Component, Indicator, Plan, PlanArea } from '../plan/plan.ts';
import type { EvidenceItem } from './items.ts';
import { indicatorEvidence, STATUSES, type EvidenceStatus, type IndicatorEvidence } from './status.ts';

export type StatusCounts = Record<EvidenceStatus, number> & { total: number };

export interface RegisterRow extends IndicatorEvidence {
  indicator: Indicator;
  component: Component;
}

export interface RegisterArea {
  area: PlanArea;
  rows: RegisterRow[];
  counts: StatusCounts;
}

/** A year's evidence register: every indicator of the plan with its required evidence, items and status. */
export interface Register {
  year: number;
  areas: RegisterArea[];
  counts: StatusCounts;
  /** The year's items, newest first. */
  items: EvidenceItem[];
  /** Row of each indicator by code. */
  rowsById: ReadonlyMap<string, RegisterRow>;
}

/** How many rows have each status. */
export function countStatuses(rows: readonly Pick<RegisterRow, 'status'>[]): StatusCounts {
  const counts = { lengkap: 0, sebagian: 0, belum: 0, total: rows.length };
  for (const row of rows) counts[row.status]++;
  return counts;
}

/** Builds the register of `plan` from the evidence items of its year (items of other years are ignored). */
export function buildRegister(plan: Plan, allItems: readonly EvidenceItem[]): Register {
  const items = allItems.filter((item) => item.year === plan.year);
  // Items grouped by indicator once, instead of scanning every item for every indicator.
  const byCode = new Map<string, EvidenceItem[]>();
  for (const item of items) for (const code of new Set(item.indicators)) {
    const list = byCode.get(code);
    if (list) list.push(item);
    else byCode.set(code, [item]);
  }
  const areas = plan.areas.map((area) => {
    const rows = area.components.flatMap((component) =>
      component.indicators.map((indicator) => ({ indicator, component, ...indicatorEvidence(indicator, byCode.get(indicator.id) ?? []) })),
    );
    return { area, rows, counts: countStatuses(rows) };
  });
  const rows = areas.flatMap((area) => area.rows);
  return {
    year: plan.year,
    areas,
    counts: countStatuses(rows),
    items,
    rowsById: new Map(rows.map((row) => [row.indicator.id, row])),
  };
}

export function isStatus(value: string): value is EvidenceStatus {
  return (STATUSES as readonly string[]).includes(value);
}
