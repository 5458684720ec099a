import type { APIRoute } from 'astro';
import { getAsOf, getNotes, getTimeline } from '../../lib/progress/data.ts';
import { getPlans } from '../../lib/plan/data.ts';
import { progressToExport } from '../../lib/progress/export.ts';
import { withBase } from '../../lib/url.ts';

export const GET: APIRoute = async () => {
  const timelines = await Promise.all((await getPlans()).map((plan) => getTimeline(plan.year)));
  return Response.json(progressToExport(timelines, await getNotes(), getAsOf(), (path) => withBase(path)));
};
