/**
 * Continuity between plan years: which indicators a plan carries over from the previous one, which
 * it adds and drops, and what changed in the ones it keeps. An indicator is "the same" when its text
 * is the same (spaces and capitals aside): codes move when an indicator is added or dropped before it,
 * so they cannot say it. Pure functions over two plans.
 */
import { unionMonths, type Indicator, type Plan } from './plan.ts';

export interface ChangedIndicator {
  indicator: Indicator;
  previous: Indicator;
  /** What changed, in Indonesian: "kode I.4.2 → I.4.1", "bulan …". */
  changes: string[];
}

export interface PlanChanges {
  previousYear: number;
  added: Indicator[];
  dropped: Indicator[];
  changed: ChangedIndicator[];
  /** Each carried-over indicator (by its code this year) with its counterpart last year. */
  carried: ReadonlyMap<string, Indicator>;
}

const key = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The newest plan before `year`, if any. */
export function previousPlan(plans: readonly Plan[], year: number): Plan | undefined {
  return plans.filter((plan) => plan.year < year).sort((a, b) => b.year - a.year)[0];
}

const monthText = (months: readonly number[]) => months.join(', ');

function differences(indicator: Indicator, previous: Indicator): string[] {
  const out: string[] = [];
  if (indicator.id !== previous.id) out.push(`kode ${previous.id} → ${indicator.id}`);
  const months = unionMonths(indicator.actions);
  const before = unionMonths(previous.actions);
  if (monthText(months) !== monthText(before)) out.push(`bulan ${monthText(before)} → ${monthText(months)}`);
  const steps = (list: Indicator['actions']) => list.map((action) => `${key(action.step)}|${key(action.evidence ?? '')}|${action.months.join(',')}`).join('\n');
  if (indicator.actions.length !== previous.actions.length) out.push(`langkah aksi ${previous.actions.length} → ${indicator.actions.length}`);
  else if (steps(indicator.actions) !== steps(previous.actions) && monthText(months) === monthText(before)) out.push('langkah aksi atau bukti fisik diubah');
  return out;
}

/** What `current` adds, drops and changes against `previous`, in plan order. */
export function planChanges(previous: Plan, current: Plan): PlanChanges {
  const before = new Map(previous.indicators.map((indicator) => [key(indicator.text), indicator]));
  const now = new Set(current.indicators.map((indicator) => key(indicator.text)));
  const carried = new Map<string, Indicator>();
  const added: Indicator[] = [];
  const changed: ChangedIndicator[] = [];
  for (const indicator of current.indicators) {
    const match = before.get(key(indicator.text));
    if (!match) {
      added.push(indicator);
      continue;
    }
    carried.set(indicator.id, match);
    const changes = differences(indicator, match);
    if (changes.length > 0) changed.push({ indicator, previous: match, changes });
  }
  const dropped = previous.indicators.filter((indicator) => !now.has(key(indicator.text)));
  return { previousYear: previous.year, added, dropped, changed, carried };
}
