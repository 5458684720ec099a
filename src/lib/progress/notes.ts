import type { NoteData, NoteStatus } from '../../schemas/note.ts';
import { isoDate } from '../format.ts';

/**
 * Notes in the RSS feed: the newest ones. Readers poll the feed, so its size should not grow with
 * years of notes; every note stays in /data/kemajuan.json and on the paginated /kemajuan/ list.
 */
export const FEED_ITEMS = 50;

/** A progress note as pages and open data use it. */
export interface Note {
  /** File name without `.mdx`: the URL slug, unique across years. */
  slug: string;
  /** The plan year: the note's folder. */
  year: number;
  /** Id of the collection entry ("2022/<slug>"), needed to render its MDX body. */
  entryId: string;
  title: string;
  date: Date;
  /** `date` as YYYY-MM-DD. */
  day: string;
  /** Month of `date`, 1–12: its timeline column. */
  month: number;
  indicators: string[];
  status: NoteStatus;
  evidence: string[];
  team?: string;
}

export interface NoteEntry {
  id: string;
  data: NoteData;
}

/** "2022/rapat-evaluasi" → "rapat-evaluasi". */
export function noteSlug(entryId: string): string {
  return entryId.slice(entryId.indexOf('/') + 1);
}

export function toNote(entry: NoteEntry): Note {
  const day = isoDate(entry.data.date);
  return {
    ...entry.data,
    slug: noteSlug(entry.id),
    year: Number(entry.id.slice(0, 4)),
    entryId: entry.id,
    day,
    month: Number(day.slice(5, 7)),
  };
}

/** Newest first; same day: by title, so the order never depends on the file system. */
export function newestFirst(notes: readonly Note[]): Note[] {
  return [...notes].sort((a, b) => b.day.localeCompare(a.day) || a.title.localeCompare(b.title, 'id'));
}

/** Area codes a note touches, from its indicator codes ("V.3.2" → "V"). */
export function noteAreas(note: Pick<Note, 'indicators'>): string[] {
  return [...new Set(note.indicators.map((code) => code.split('.')[0]!))];
}

/** Component codes a note touches ("V.3.2" → "V.3"). */
export function noteComponents(note: Pick<Note, 'indicators'>): string[] {
  return [...new Set(note.indicators.map((code) => code.split('.').slice(0, 2).join('.')))];
}

/** "Tim Pengawasan" → "tim-pengawasan": a team's URL segment. */
export function teamSlug(team: string): string {
  return team
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
