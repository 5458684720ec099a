/**
 * The choices the staff forms offer, read from the content itself: each plan year's indicator codes
 * (with their text) and teams, and the ids of the evidence items that exist. A new `content/<year>/`
 * plan brings its own choices with no code change.
 */
import { buildPlan } from '../plan/plan.ts';
import type { ContentSet } from '../content-check/load.ts';

export interface Option {
  label: string;
  value: string;
}

export interface YearOptions {
  year: number;
  /** Every indicator of the year's plan in decree order: "V.3.2 — Hasil penanganan …". */
  indicators: Option[];
  /** The plan's teams, each once, in area order. */
  teams: string[];
}

export interface CmsOptions {
  years: YearOptions[];
  /** Every evidence item, all years, newest year first then by id: "sk-tim-zi — SK Tim ZI". */
  evidence: Option[];
}

/** Shortens long decree sentences so a select list stays readable on a phone. */
function clip(text: string, max = 90): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}

export function cmsOptions(content: ContentSet): CmsOptions {
  const { decrees, areas, components, evidence } = content.entries;
  const years = decrees
    .map((decree) => {
      const year = decree.data.year;
      const prefix = `${year}/`;
      const plan = buildPlan(
        decree.data,
        areas.filter((area) => area.id.startsWith(prefix)).map((area) => area.data),
        components.filter((component) => component.id.startsWith(prefix)).map(({ id, data }) => ({ id, data })),
      );
      return {
        year,
        indicators: plan.indicators.map((indicator) => ({ value: indicator.id, label: `${indicator.id} — ${clip(indicator.text)}` })),
        teams: [...new Set(plan.areas.map((area) => area.team))],
      };
    })
    .sort((a, b) => a.year - b.year);
  const evidenceOptions = evidence
    .map((item) => ({ value: item.id, label: `${item.id} — ${clip(item.data.title, 70)}` }))
    .sort((a, b) => a.value.localeCompare(b.value, 'id'));
  return { years, evidence: evidenceOptions };
}
