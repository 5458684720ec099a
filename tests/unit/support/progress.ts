import { loadContent } from '../../../src/lib/content-check/load.ts';
import { buildPlan, type Plan } from '../../../src/lib/plan/plan.ts';
import { toNote, type Note } from '../../../src/lib/progress/notes.ts';
import type { NoteStatus } from '../../../src/schemas/note.ts';

/** The real 2022 plan, read through the same schemas as the build. */
export function plan2022(): Plan {
  const { content } = loadContent('content');
  const { decrees, areas, components } = content.entries;
  return buildPlan(decrees[0]!.data, areas.map((area) => area.data), components);
}

/** A note as the collection would hand it over. */
export function note(slug: string, day: string, indicators: string[], status: NoteStatus = 'berjalan'): Note {
  return toNote({ id: `${day.slice(0, 4)}/${slug}`, data: { title: `Catatan ${slug}`, date: new Date(`${day}T00:00:00Z`), indicators, status, evidence: [] } });
}
