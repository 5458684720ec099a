import type { GetStaticPathsOptions } from 'astro';
import type { Plan, PlanArea } from '../plan/plan.ts';
import type { Note } from './notes.ts';
import { noteAreas, teamSlug } from './notes.ts';
import { monthReport, type MonthReport, type Timeline } from './timeline.ts';
import { pageParam, paginateList, type PageSlice } from '../pagination.ts';
import { getNotes, getTimeline } from './data.ts';
import { getPlans } from '../plan/data.ts';

/** Notes per list page. */
export const NOTES_PER_PAGE = 10;

export interface TimelineProps {
  plan: Plan;
  timeline: Timeline;
}

/** `/2022/linimasa/`. */
export async function timelinePaths() {
  return Promise.all(
    (await getPlans()).map(async (plan) => ({ params: { year: String(plan.year) }, props: { plan, timeline: await getTimeline(plan.year) } })),
  );
}

/** `/2022/linimasa/area/v/`: the timeline of one area. */
export async function timelineAreaPaths() {
  return (await timelinePaths()).flatMap(({ params, props }) =>
    props.plan.areas.map((area) => ({ params: { ...params, area: area.slug }, props: { ...props, area } })),
  );
}

/** Teams of a plan, each with the areas it is responsible for, in decree order. */
export function planTeams(plan: Plan): { name: string; slug: string; areas: PlanArea[] }[] {
  const groups = Map.groupBy(plan.areas, (area) => area.team);
  return [...groups].map(([name, areas]) => ({ name, slug: teamSlug(name), areas }));
}

/** `/2022/linimasa/tim/tim-pengawasan/`: the timeline of one team's areas. */
export async function timelineTeamPaths() {
  return (await timelinePaths()).flatMap(({ params, props }) =>
    planTeams(props.plan).map((team) => ({ params: { ...params, team: team.slug }, props: { ...props, team } })),
  );
}

/** Notes per page of a month report (`/2022/linimasa/05/`, `/2022/linimasa/05/2/`, …). */
export const MONTH_NOTES_PER_PAGE = 20;

export interface MonthProps extends TimelineProps {
  month: number;
  report: MonthReport;
  /** This page's share of the month's notes. */
  notes: PageSlice<Note>;
}

/** `/2022/linimasa/05/`, and `/2022/linimasa/05/2/`, … when the month has more notes than one page holds. */
export async function monthPaths() {
  return (await timelinePaths()).flatMap(({ params, props }) =>
    Array.from({ length: 12 }, (_, index) => index + 1).flatMap((month) => {
      const report = monthReport(props.timeline, month);
      return paginateList(report.reported, MONTH_NOTES_PER_PAGE).map((notes) => ({
        params: { ...params, mm: String(month).padStart(2, '0'), page: pageParam(notes.page) },
        props: { ...props, month, report, notes } satisfies MonthProps,
      }));
    }),
  );
}

/** Area codes across every plan, in order of first appearance: the /kemajuan/ filter. */
export async function noteAreaCodes(): Promise<string[]> {
  return [...new Set((await getPlans()).flatMap((plan) => plan.areas.map((area) => area.code)))];
}

/** `/kemajuan/`, `/kemajuan/2/`, …: every note, newest first. */
export async function notesPagePaths({ paginate }: GetStaticPathsOptions) {
  return paginate(await getNotes(), { pageSize: NOTES_PER_PAGE, props: { areaCode: undefined as string | undefined } });
}

/** `/kemajuan/area/v/`, `/kemajuan/area/v/2/`, …: the notes touching one area. */
export async function notesAreaPagePaths({ paginate }: GetStaticPathsOptions) {
  const notes = await getNotes();
  return (await noteAreaCodes()).flatMap((code) =>
    paginate(
      notes.filter((note: Note) => noteAreas(note).includes(code)),
      { pageSize: NOTES_PER_PAGE, params: { area: code.toLowerCase() }, props: { areaCode: code as string | undefined } },
    ),
  );
}

/** `/kemajuan/<slug>/`. */
export async function notePaths() {
  const plans = new Map((await getPlans()).map((plan) => [plan.year, plan]));
  return (await getNotes()).map((note) => ({
    params: { slug: note.slug },
    props: { note, plan: plans.get(note.year)! },
  }));
}
