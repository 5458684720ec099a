import type { Component, Indicator, Plan, PlanArea } from '../plan/plan.ts';
import { newestFirst, type Note } from './notes.ts';
import type { NoteStatus } from '../../schemas/note.ts';

/**
 * One month of one indicator, against the reference date:
 * - `reported`  planned, with at least one note;
 * - `late`      planned, the month is over, no note ("belum ada laporan");
 * - `planned`   planned, the month is not over yet, no note;
 * - `extra`     not planned, yet reported;
 * - `empty`     not planned, nothing reported.
 */
export type CellState = 'reported' | 'late' | 'planned' | 'extra' | 'empty';

/** Legend order. */
export const CELL_STATES: readonly CellState[] = ['reported', 'late', 'planned', 'extra', 'empty'];

/** The symbol each cell shows next to its colour, explained by the legend: never colour alone. */
export const CELL_SYMBOL: Record<CellState, string> = { reported: '●', late: '!', planned: '○', extra: '+', empty: '' };

/**
 * An indicator's state: its latest note's status, or, with no note yet,
 * `belum-ada-laporan` once a planned month is over, else `dijadwalkan`.
 */
export type IndicatorStatus = NoteStatus | 'belum-ada-laporan' | 'dijadwalkan';

export interface Cell {
  month: number;
  state: CellState;
  /** Notes dated in this month, oldest first. */
  notes: Note[];
}

/** Counts that roll up from indicator to component, area and plan (a type, so it is a plain record for `t`). */
export type Tally = {
  /** Planned indicator-months that are over on the reference date. */
  due: number;
  /** Of those, the ones with at least one note. */
  dueReported: number;
  /** Indicators whose latest note says `selesai`. */
  done: number;
  indicators: number;
};

export interface IndicatorProgress {
  indicator: Indicator;
  cells: Cell[];
  /** Notes counted for this indicator (dated on or before the reference date), newest first. */
  notes: Note[];
  /** Months with at least one note. */
  reported: number[];
  status: IndicatorStatus;
  tally: Tally;
}

export interface ComponentProgress {
  component: Component;
  rows: IndicatorProgress[];
  tally: Tally;
}

export interface AreaProgress {
  area: PlanArea;
  components: ComponentProgress[];
  tally: Tally;
}

export interface Timeline {
  year: number;
  /** Reference date, YYYY-MM-DD. */
  asOf: string;
  areas: AreaProgress[];
  rows: IndicatorProgress[];
  byIndicator: ReadonlyMap<string, IndicatorProgress>;
  /** Notes of this year counted on the reference date, newest first. */
  notes: Note[];
  tally: Tally;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A month is over once the reference date falls in a later month (after its last day). */
export function isMonthOver(year: number, month: number, asOf: string): boolean {
  const firstOfNext = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
  return asOf >= firstOfNext;
}

export function cellState(planned: boolean, reports: number, over: boolean): CellState {
  if (reports > 0) return planned ? 'reported' : 'extra';
  if (!planned) return 'empty';
  return over ? 'late' : 'planned';
}

function indicatorStatus(notes: readonly Note[], cells: readonly Cell[]): IndicatorStatus {
  const latest = notes[0];
  if (latest) return latest.status;
  return cells.some((cell) => cell.state === 'late') ? 'belum-ada-laporan' : 'dijadwalkan';
}

/** Sum of tallies. */
export function addTallies(tallies: readonly Tally[]): Tally {
  return tallies.reduce(
    (sum, tally) => ({
      due: sum.due + tally.due,
      dueReported: sum.dueReported + tally.dueReported,
      done: sum.done + tally.done,
      indicators: sum.indicators + tally.indicators,
    }),
    { due: 0, dueReported: 0, done: 0, indicators: 0 },
  );
}

/** Share of due planned months that have a report, 0–100 rounded down; null while nothing is due. */
export function reportedPercent(tally: Tally): number | null {
  return tally.due === 0 ? null : Math.floor((tally.dueReported / tally.due) * 100);
}

/** One indicator's twelve months and state, from the notes that cite it. */
export function indicatorProgress(year: number, indicator: Indicator, notes: readonly Note[], asOf: string): IndicatorProgress {
  const own = newestFirst(notes.filter((note) => note.indicators.includes(indicator.id)));
  const cells = Array.from({ length: 12 }, (_, index): Cell => {
    const month = index + 1;
    const inMonth = own.filter((note) => note.month === month).reverse();
    return { month, state: cellState(indicator.months.includes(month), inMonth.length, isMonthOver(year, month, asOf)), notes: inMonth };
  });
  const due = cells.filter((cell) => cell.state === 'late' || (cell.state === 'reported' && isMonthOver(year, cell.month, asOf)));
  const status = indicatorStatus(own, cells);
  return {
    indicator,
    cells,
    notes: own,
    reported: cells.filter((cell) => cell.notes.length > 0).map((cell) => cell.month),
    status,
    tally: {
      due: due.length,
      dueReported: due.filter((cell) => cell.state === 'reported').length,
      done: status === 'selesai' ? 1 : 0,
      indicators: 1,
    },
  };
}

/**
 * The plan year's timeline on the reference date `asOf` (YYYY-MM-DD). Only notes of the plan's
 * year dated on or before `asOf` count: the page shows what was known on that day.
 */
export function buildTimeline(plan: Plan, allNotes: readonly Note[], asOf: string): Timeline {
  const notes = newestFirst(allNotes.filter((note) => note.year === plan.year && note.day <= asOf));
  // Notes grouped by the indicators they cite, once: each indicator then reads only its own notes.
  const byCode = new Map<string, Note[]>();
  for (const note of notes) for (const code of new Set(note.indicators)) {
    const list = byCode.get(code);
    if (list) list.push(note);
    else byCode.set(code, [note]);
  }
  const areas = plan.areas.map((area): AreaProgress => {
    const components = area.components.map((component): ComponentProgress => {
      const rows = component.indicators.map((indicator) => indicatorProgress(plan.year, indicator, byCode.get(indicator.id) ?? [], asOf));
      return { component, rows, tally: addTallies(rows.map((row) => row.tally)) };
    });
    return { area, components, tally: addTallies(components.map((component) => component.tally)) };
  });
  const rows = areas.flatMap((area) => area.components.flatMap((component) => component.rows));
  return {
    year: plan.year,
    asOf,
    areas,
    rows,
    byIndicator: new Map(rows.map((row) => [row.indicator.id, row])),
    notes,
    tally: addTallies(areas.map((area) => area.tally)),
  };
}

export interface MonthReport {
  month: number;
  over: boolean;
  /** Indicators planned this month. */
  planned: IndicatorProgress[];
  /** Notes dated this month, oldest first. */
  reported: Note[];
  /** Planned this month and not reported (late once the month is over). */
  outstanding: IndicatorProgress[];
}

/** What a month's report lists: planned, reported, still outstanding. */
export function monthReport(timeline: Timeline, month: number): MonthReport {
  const planned = timeline.rows.filter((row) => row.indicator.months.includes(month));
  return {
    month,
    over: isMonthOver(timeline.year, month, timeline.asOf),
    planned,
    reported: timeline.notes.filter((note) => note.month === month).reverse(),
    outstanding: planned.filter((row) => row.cells[month - 1]!.notes.length === 0),
  };
}

/** An indicator's text cut to about `max` characters at a word boundary, for the timeline's row headers. */
export function shortText(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const end = cut.lastIndexOf(' ');
  return `${(end > max / 2 ? cut.slice(0, end) : text.slice(0, max)).replace(/[\s,;:.]+$/, '')}…`;
}

/** A component's rows and the notes that cite any of its indicators (newest first). */
export function componentProgress(timeline: Timeline, componentId: string): ComponentProgress & { notes: Note[] } {
  const progress = timeline.areas.flatMap((area) => area.components).find((candidate) => candidate.component.id === componentId);
  if (!progress) throw new Error(`Komponen ${componentId} tidak ada di rencana ${timeline.year}.`);
  const cited = new Set(progress.rows.flatMap((row) => row.notes));
  return { ...progress, notes: timeline.notes.filter((note) => cited.has(note)) };
}
