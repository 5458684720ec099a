import type { Note } from './notes.ts';
import type { Timeline } from './timeline.ts';
import { notePath } from './routes.ts';
import type { ProgressExport } from '../../schemas/progress-export.ts';
import type { Href } from '../plan/export.ts';

/** Progress as the public JSON contract: every note, and every indicator of every year's timeline. */
export function progressToExport(timelines: readonly Timeline[], notes: readonly Note[], asOf: string, href: Href): ProgressExport {
  return {
    asOf,
    notes: notes.map((note) => ({
      id: note.slug,
      title: note.title,
      date: note.day,
      indicators: note.indicators,
      status: note.status,
      url: href(notePath(note.slug)),
    })),
    indicators: timelines.flatMap((timeline) =>
      timeline.rows.map((row) => ({
        id: row.indicator.id,
        year: timeline.year,
        planned: row.indicator.months,
        reported: row.reported,
        status: row.status,
      })),
    ),
  };
}
