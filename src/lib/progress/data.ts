import { getCollection } from 'astro:content';
import { newestFirst, toNote, type Note } from './notes.ts';
import { buildTimeline, type Timeline } from './timeline.ts';
import { readAsOf } from './as-of.ts';
import { getPlan } from '../plan/data.ts';
import { once, oncePerKey } from '../memo.ts';

/** Every progress note of every year, newest first. */
export const getNotes: () => Promise<Note[]> = once(() => getCollection('notes').then((entries) => newestFirst(entries.map(toNote))));

/** The reference date of this build (YYYY-MM-DD): `PZI_AS_OF`, else the build day in Jakarta. */
export const getAsOf: () => string = once(() => readAsOf());

/** A plan year's timeline and roll-up on the build's reference date. */
export const getTimeline: (year: number) => Promise<Timeline> = oncePerKey((year: number) =>
  Promise.all([getPlan(year), getNotes()]).then(([plan, notes]) => buildTimeline(plan, notes, getAsOf())),
);
