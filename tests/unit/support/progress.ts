import { loadContent } from '../../../src/lib/content-check/load.ts';
import { buildPlan, type Plan } from '../../../src/lib/plan/plan.ts';
import { toNote, type Note } from '../../../src/lib/progress/notes.ts';
import type { NoteStatus } from '../../../src/schemas/note.ts';

/**
 * One year's plan from the real content/, read through the same schemas as the build and
 * assembled like src/lib/plan/data.ts does: that year's decree, areas and components only, so a
 * second year in content/ (content/2023/) changes nothing here.
 */
export function planOf(year: number, root = 'content'): Plan {
  const { content } = loadContent(root);
  const { decrees, areas, components } = content.entries;
  const ofYear = (id: string) => id.slice(0, 4) === String(year);
  const decree = decrees.find((entry) => entry.id === String(year));
  if (!decree) throw new Error(`${root}/ has no decree for ${year}`);
  return buildPlan(decree.data, areas.filter((area) => ofYear(area.id)).map((area) => area.data), components.filter((component) => ofYear(component.id)));
}

/** The real 2022 plan (the tests' expectations are about the 2022 decree). */
export function plan2022(): Plan {
  return planOf(2022);
}

/** A note as the collection would hand it over. */
export function note(slug: string, day: string, indicators: string[], status: NoteStatus = 'berjalan'): Note {
  return toNote({ id: `${day.slice(0, 4)}/${slug}`, data: { title: `Catatan ${slug}`, date: new Date(`${day}T00:00:00Z`), indicators, status, evidence: [] } });
}
