import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getPlans } from '../../../lib/plan/data.ts';
import { contentRoot } from '../../../lib/content-root.ts';
import { withPageCacheKey } from '../../../lib/page-cache/with-key.ts';

/** The decree's source text, published unchanged so anyone can audit the reading. */
export const getStaticPaths = withPageCacheKey(async () => {
  return (await getPlans()).map((plan) => ({
    params: { year: String(plan.year) },
    props: { source: join(contentRoot(), String(plan.year), plan.decree.source) },
  }));
});

export const GET: APIRoute = async ({ props }) =>
  new Response(await readFile(props.source as string), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
