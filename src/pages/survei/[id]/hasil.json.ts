import type { APIRoute } from 'astro';
import { surveyPaths, type SurveyProps } from '../../../lib/survey/static-paths.ts';
import { surveyAggregates } from '../../../lib/survey/export.ts';
import { withBase } from '../../../lib/url.ts';

export const getStaticPaths = surveyPaths;

export const GET: APIRoute = ({ props }) => Response.json(surveyAggregates((props as SurveyProps).survey, (path) => withBase(path)));
