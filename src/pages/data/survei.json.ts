import type { APIRoute } from 'astro';
import { getSurveys } from '../../lib/survey/data.ts';
import { surveyToExport } from '../../lib/survey/export.ts';
import { withBase } from '../../lib/url.ts';

export const GET: APIRoute = async () => Response.json((await getSurveys()).map((survey) => surveyToExport(survey, (path) => withBase(path))));
