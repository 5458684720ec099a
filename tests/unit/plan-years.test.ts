/** Several plan years: which one is current, and what a plan changes against the previous one (demo 2022 → sample 2023). */
import { describe, expect, it } from 'vitest';
import { buildPlan, type Plan } from '../../src/lib/plan/plan.ts';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { pickCurrentPlan } from '../../src/lib/plan/data.ts';
import { planChanges, previousPlan } from '../../src/lib/plan/continuity.ts';
import { ADDED, DROPPED, MOVED } from '../fixtures/lampiran/make-lampiran.ts';

function demoPlans(): Plan[] {
  const { content } = loadContent('tests/fixtures/demo');
  const { decrees, areas, components } = content.entries;
  return decrees
    .map((decree) => {
      const year = decree.data.year;
      return buildPlan(
        decree.data,
        areas.filter((area) => area.id.startsWith(`${year}/`)).map((area) => area.data),
        components.filter((component) => component.id.startsWith(`${year}/`)),
      );
    })
    .sort((a, b) => a.year - b.year);
}

describe('the current plan year', () => {
  const plans = demoPlans();
  it('is the newest plan whose year has begun on the reference date', () => {
    expect(plans.map((plan) => plan.year)).toEqual([2022, 2023]);
    expect(pickCurrentPlan(plans, '2022-09-15').year).toBe(2022);
    expect(pickCurrentPlan(plans, '2022-12-31').year).toBe(2022);
    expect(pickCurrentPlan(plans, '2023-01-01').year).toBe(2023);
    expect(pickCurrentPlan(plans, '2030-06-01').year).toBe(2023);
  });
  it('unit.yaml currentYear overrides it, and a year without a plan is refused by name', () => {
    expect(pickCurrentPlan(plans, '2030-06-01', 2022).year).toBe(2022);
    expect(() => pickCurrentPlan(plans, '2030-06-01', 2021)).toThrow(/currentYear 2021 tidak punya rencana aksi; tahun yang ada: 2022, 2023/);
  });
  it('a site whose only plan starts next year shows that plan', () => {
    expect(pickCurrentPlan(plans.slice(1), '2022-09-15').year).toBe(2023);
  });
});

describe('changes of the sample 2023 against 2022', () => {
  const [plan2022, plan2023] = demoPlans() as [Plan, Plan];
  const changes = planChanges(plan2022, plan2023);

  it('finds exactly the indicator added and the two dropped', () => {
    expect(previousPlan([plan2022, plan2023], 2023)?.year).toBe(2022);
    expect(previousPlan([plan2022, plan2023], 2022)).toBeUndefined();
    expect(changes.added.map((indicator) => indicator.text)).toEqual([ADDED.text]);
    expect(changes.dropped.map((indicator) => indicator.id)).toEqual(DROPPED);
    expect(changes.carried.size).toBe(plan2022.indicators.length - DROPPED.length);
  });

  it('reports the months changed and the codes that moved, and nothing else', () => {
    const changed = new Map(changes.changed.map((item) => [item.previous.id, item.changes]));
    for (const code of MOVED) expect(changed.get(code)?.some((change) => change.startsWith('bulan '))).toBe(true);
    // I.4.1 was dropped, so 2022's I.4.2 is 2023's I.4.1; III.2.3 was the last of its component, so nothing moves there
    expect(changed.get('I.4.2')).toEqual(['kode I.4.2 → I.4.1']);
    expect([...changed.keys()].sort()).toEqual([...MOVED, 'I.4.2'].sort());
    expect(changed.get('I.1.1')).toEqual(['bulan 4 → 5']);
  });
});
