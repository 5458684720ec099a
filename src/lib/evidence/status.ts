import type { Indicator } from '../plan/plan.ts';
import type { EvidenceItem } from './items.ts';

export const STATUSES = ['lengkap', 'sebagian', 'belum'] as const;
export type EvidenceStatus = (typeof STATUSES)[number];

/** One action step whose decreed bukti fisik must be answered. */
export interface RequiredStep {
  /** 1-based number of the step in the indicator. */
  step: number;
  /** The decree's BUKTI FISIK text. */
  required: string;
  /** Ids of the items that answer it. */
  answeredBy: string[];
}

export interface IndicatorEvidence {
  status: EvidenceStatus;
  steps: RequiredStep[];
  items: EvidenceItem[];
}

/** An item with `satisfies: []`: a related document that answers no step and never counts towards a status. */
export function isRelatedOnly(item: Pick<EvidenceItem, 'satisfies'>): boolean {
  return item.satisfies !== undefined && item.satisfies.length === 0;
}

/** False for an item whose file the site could not read (`unreadable`): it never makes an indicator `lengkap`. */
export function countsAsEvidence(item: Pick<EvidenceItem, 'file'>): boolean {
  return !item.file?.unreadable;
}

/**
 * Which steps of `indicator` an item answers: the steps it names in `satisfies`; an item that names
 * none answers the indicator's only step with required evidence, when there is exactly one.
 */
export function answeredSteps(indicator: Pick<Indicator, 'actions'>, item: Pick<EvidenceItem, 'satisfies'>): number[] {
  const required = indicator.actions.flatMap((action, index) => (action.evidence ? [index + 1] : []));
  if (item.satisfies) return item.satisfies.filter((step) => required.includes(step));
  return required.length === 1 ? required : [];
}

/**
 * The status rule: `lengkap` when every step with decreed bukti fisik is answered by at least one
 * published item, `sebagian` when items exist but not every such step is answered, `belum` when
 * the indicator has no item that counts: related documents (`satisfies: []`) and files the site
 * could not read never do. It states presence, not quality: judging the evidence is the evaluator's.
 */
export function indicatorEvidence(indicator: Pick<Indicator, 'id' | 'actions'>, allItems: readonly EvidenceItem[]): IndicatorEvidence {
  const items = allItems.filter((item) => item.indicators.includes(indicator.id));
  // Listed, but answering nothing: a file the site could not read (e.g. a damaged PDF), a related document.
  const counted = items.filter((item) => countsAsEvidence(item) && !isRelatedOnly(item));
  const steps = indicator.actions.flatMap((action, index) =>
    action.evidence
      ? [{ step: index + 1, required: action.evidence, answeredBy: counted.filter((item) => answeredSteps(indicator, item).includes(index + 1)).map((item) => item.id) }]
      : [],
  );
  const status: EvidenceStatus = counted.length === 0 ? 'belum' : steps.every((step) => step.answeredBy.length > 0) ? 'lengkap' : 'sebagian';
  return { status, steps, items };
}
