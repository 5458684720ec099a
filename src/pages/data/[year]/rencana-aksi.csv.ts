import type { APIRoute } from 'astro';
import { yearPaths, type YearProps } from '../../../lib/plan/static-paths.ts';
import { planToCsv } from '../../../lib/plan/export.ts';

export const getStaticPaths = yearPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(planToCsv((props as YearProps).plan), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
