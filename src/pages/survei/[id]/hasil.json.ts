import type { APIRoute } from 'astro';
import { surveyPaths, type SurveyProps } from '../../../lib/survey/static-paths.ts';
import { surveyAggregates } from '../../../lib/survey/export.ts';
import { withBase } from '../../../lib/url.ts';
import { withPageCacheKey } from '../../../lib/page-cache/with-key.ts';

export const getStaticPaths = withPageCacheKey(surveyPaths);

export const GET: APIRoute = ({ props }) => Response.json(surveyAggregates((props as SurveyProps).survey, (path) => withBase(path)));
