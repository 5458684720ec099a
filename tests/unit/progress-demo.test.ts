import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { buildPlan } from '../../src/lib/plan/plan.ts';
import { toNote } from '../../src/lib/progress/notes.ts';
import { buildTimeline, CELL_STATES } from '../../src/lib/progress/timeline.ts';

/** The reference date `npm run build:demo` and the e2e demo variant use. */
const DEMO_AS_OF = '2022-09-15';

describe('demo progress notes', () => {
  const { content, problems } = loadContent('tests/fixtures/demo');
  const { decrees, areas, components, notes: entries } = content.entries;
  const notes = entries.map(toNote);
  const timeline = buildTimeline(buildPlan(decrees[0]!.data, areas.map((area) => area.data), components), notes, DEMO_AS_OF);
  const cells = timeline.rows.flatMap((row) => row.cells);

  it('are valid', () => {
    expect(problems).toEqual([]);
  });

  it('show every cell state on the demo reference date', () => {
    expect(new Set(cells.map((cell) => cell.state))).toEqual(new Set(CELL_STATES));
  });

  it('include a note with two indicators, a cell with two notes and all three statuses', () => {
    expect(notes.some((note) => note.indicators.length === 2)).toBe(true);
    expect(cells.some((cell) => cell.notes.length === 2)).toBe(true);
    expect(new Set(notes.map((note) => note.status))).toEqual(new Set(['selesai', 'berjalan', 'tertunda']));
  });

  it('are all dated on or before the demo reference date, so each shows on the timeline', () => {
    expect(timeline.notes).toHaveLength(notes.length);
  });
});
