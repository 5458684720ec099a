import type { APIRoute } from 'astro';
import { yearPaths, type YearProps } from '../../../lib/plan/static-paths.ts';
import { planToExport } from '../../../lib/plan/export.ts';
import { withBase } from '../../../lib/url.ts';

export const getStaticPaths = yearPaths;

export const GET: APIRoute = ({ props }) =>
  Response.json(planToExport((props as YearProps).plan, (path) => withBase(path)));
