import type { APIRoute } from 'astro';
import { packPaths } from '../../../../lib/evidence/static-paths.ts';
import { getAreaPack } from '../../../../lib/evidence/data.ts';

/** One evaluator ZIP per area. */
export const getStaticPaths = packPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await getAreaPack(props.year as number, props.areaSlug as string), { headers: { 'Content-Type': 'application/zip' } });
