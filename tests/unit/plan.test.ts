import { describe, expect, it } from 'vitest';
import { buildPlan, codeToAnchor, romanToNumber, unionMonths } from '../../src/lib/plan/plan.ts';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { planToCsv, planToExport } from '../../src/lib/plan/export.ts';
import { planExportSchema } from '../../src/schemas/open-data.ts';
import { annexRows } from '../../src/lib/plan/annex.ts';
import Papa from 'papaparse';

function realPlan() {
  const { content } = loadContent('content');
  const { decrees, areas, components } = content.entries;
  return buildPlan(decrees[0]!.data, areas.map((area) => area.data), components);
}

describe('romanToNumber', () => {
  it('reads the area numerals in order', () => {
    expect(['I', 'II', 'III', 'IV', 'V', 'VI', 'IX', 'XIV'].map(romanToNumber)).toEqual([1, 2, 3, 4, 5, 6, 9, 14]);
  });
});

describe('codeToAnchor', () => {
  it('turns an indicator code into a fragment', () => {
    expect(codeToAnchor('V.3.2')).toBe('v-3-2');
  });
});

describe('unionMonths', () => {
  it('merges the months of every action, once each, in order', () => {
    expect(unionMonths([{ months: [12, 4] }, { months: [4, 6] }])).toEqual([4, 6, 12]);
  });
});

describe('buildPlan on the 2022 decree', () => {
  const plan = realPlan();

  it('has 6 areas, 23 components and 65 indicators', () => {
    expect(plan.areas.map((area) => area.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(plan.areas.flatMap((area) => area.components)).toHaveLength(23);
    expect(plan.indicators).toHaveLength(65);
  });

  it('numbers indicators by position and keeps decree order', () => {
    const ids = plan.indicators.map((indicator) => indicator.id);

    expect(ids.slice(0, 6)).toEqual(['I.1.1', 'I.2.1', 'I.3.1', 'I.4.1', 'I.4.2', 'II.1.1']);
    expect(ids.filter((id) => id.startsWith('V.4.'))).toEqual(['V.4.1', 'V.4.2', 'V.4.3', 'V.4.4']);
    expect(new Set(ids).size).toBe(65);
  });

  it("gives each indicator the union of its actions' months", () => {
    const indicator = plan.indicatorsById.get('V.1.1')!;

    expect(indicator.months).toEqual(unionMonths(indicator.actions));
    expect(indicator.actions[1]!.months).toEqual([6, 7, 8]);
  });
});

describe('planToExport', () => {
  const plan = realPlan();
  const data = planToExport(plan, (path) => `/zona-integritas${path}`);

  it('satisfies the published JSON contract', () => {
    expect(planExportSchema.safeParse(data).success).toBe(true);
  });

  it('holds every indicator with its actions and prefixed URLs', () => {
    const indicators = data.areas.flatMap((area) => area.components.flatMap((component) => component.indicators));
    const v12 = indicators.find((indicator) => indicator.id === 'V.1.2')!;

    expect(indicators).toHaveLength(65);
    expect(v12.url).toBe('/zona-integritas/2022/v/1/#v-1-2');
    expect(v12.actions[0]!.evidence).toMatch(/^SK Unit Pengendalian Gratifikasi/);
    expect(data.areas[4]).toMatchObject({ code: 'V', team: 'Tim Pengawasan', weight: 15 });
  });

  it('writes null for a step without evidence of its own', () => {
    const v11 = data.areas[4]!.components[0]!.indicators[0]!;

    expect(v11.actions[1]!.evidence).toBeNull();
  });
});

describe('planToCsv', () => {
  it('has one row per action step that round-trips through a CSV parser', () => {
    const plan = realPlan();
    const actions = plan.indicators.reduce((sum, indicator) => sum + indicator.actions.length, 0);

    const parsed = Papa.parse<Record<string, string>>(planToCsv(plan), { header: true, skipEmptyLines: true });

    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(actions);
    expect(parsed.data.find((row) => row.indikator === 'V.1.1' && row.langkah_ke === '2')).toMatchObject({ bukti_fisik: '', bulan: '6;7;8' });
  });
});

describe('annexRows', () => {
  it('spans each component and indicator cell over its rows', () => {
    const rows = annexRows(realPlan());
    const v1 = rows.filter((row) => row.component.id === 'V.1');

    expect(v1.map((row) => [row.componentRowSpan, row.indicatorRowSpan])).toEqual([[3, 2], [0, 0], [0, 1]]);
  });
});
