import type { Action, ComponentData, IndicatorData } from '../../schemas/component.ts';
import type { Area } from '../../schemas/area.ts';
import type { Decree } from '../../schemas/decree.ts';

export interface Indicator {
  /** Code as printed and cited, e.g. "V.3.2". */
  id: string;
  /** URL fragment, e.g. "v-3-2". */
  anchor: string;
  /** Position within its component, 1-based. */
  position: number;
  text: string;
  actions: Action[];
  /** Union of its actions' months, sorted. */
  months: number[];
  componentId: string;
  areaCode: string;
}

export interface Component extends Omit<ComponentData, 'indicators'> {
  /** Code, e.g. "V.3". */
  id: string;
  /** Position within its area, 1-based (the "3" of "V.3"). */
  position: number;
  /** Id of the collection entry, needed to render its MDX body. */
  entryId: string;
  indicators: Indicator[];
}

export interface PlanArea extends Area {
  /** Lower-case code used in URLs, e.g. "v". */
  slug: string;
  components: Component[];
}

export interface Plan {
  year: number;
  decree: Decree;
  areas: PlanArea[];
  /** Every indicator of the plan in decree order. */
  indicators: Indicator[];
  indicatorsById: ReadonlyMap<string, Indicator>;
  componentsById: ReadonlyMap<string, Component>;
}

export interface ComponentEntry {
  id: string;
  data: ComponentData;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** Numeric value of a Roman numeral, for ordering areas. */
export function romanToNumber(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman[i]!]!;
    const next = ROMAN[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** "V.3.2" → "v-3-2": a stable fragment an evaluator can cite. */
export function codeToAnchor(code: string): string {
  return code.toLowerCase().replaceAll('.', '-');
}

/** Months of every action, merged and sorted. */
export function unionMonths(actions: readonly Pick<Action, 'months'>[]): number[] {
  return [...new Set(actions.flatMap((action) => action.months))].sort((a, b) => a - b);
}

function componentPosition(code: string): number {
  return Number(code.split('.')[1]);
}

function toIndicator(component: ComponentData, data: IndicatorData, index: number): Indicator {
  const id = `${component.code}.${index + 1}`;
  return {
    id,
    anchor: codeToAnchor(id),
    position: index + 1,
    text: data.text,
    actions: data.actions,
    months: unionMonths(data.actions),
    componentId: component.code,
    areaCode: component.area,
  };
}

function toComponent(entry: ComponentEntry): Component {
  return {
    ...entry.data,
    id: entry.data.code,
    position: componentPosition(entry.data.code),
    entryId: entry.id,
    indicators: entry.data.indicators.map((indicator, index) => toIndicator(entry.data, indicator, index)),
  };
}

/** Assembles one year's plan from its decree, areas and components, in decree order. */
export function buildPlan(decree: Decree, areas: readonly Area[], components: readonly ComponentEntry[]): Plan {
  const byArea = Map.groupBy(components.map(toComponent), (component) => component.area);
  const planAreas = [...areas]
    .sort((a, b) => romanToNumber(a.code) - romanToNumber(b.code))
    .map((area) => ({
      ...area,
      slug: area.code.toLowerCase(),
      components: (byArea.get(area.code) ?? []).sort((a, b) => a.position - b.position),
    }));
  const allComponents = planAreas.flatMap((area) => area.components);
  const indicators = allComponents.flatMap((component) => component.indicators);
  return {
    year: decree.year,
    decree,
    areas: planAreas,
    indicators,
    indicatorsById: new Map(indicators.map((indicator) => [indicator.id, indicator])),
    componentsById: new Map(allComponents.map((component) => [component.id, component])),
  };
}
