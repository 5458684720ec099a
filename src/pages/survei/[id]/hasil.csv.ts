import type { APIRoute } from 'astro';
import { surveyPaths, type SurveyProps } from '../../../lib/survey/static-paths.ts';
import { surveyAggregatesCsv } from '../../../lib/survey/export.ts';

export const getStaticPaths = surveyPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(surveyAggregatesCsv((props as SurveyProps).survey), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
