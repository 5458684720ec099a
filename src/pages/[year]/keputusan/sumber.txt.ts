import type { APIRoute } from 'astro';
import { join } from 'node:path';
import { getPlans } from '../../../lib/plan/data.ts';
import { contentRoot } from '../../../lib/content-root.ts';
import { readContentFile } from '../../../lib/content-check/safe-file.ts';
import { withPageCacheKey } from '../../../lib/page-cache/with-key.ts';

/**
 * The decree's source text, published unchanged so anyone can audit the reading. Read as every
 * published content file is (a regular file inside the content root, no symlink); its path is
 * always `sumber/<name>` (src/schemas/decree.ts).
 */
export const getStaticPaths = withPageCacheKey(async () => {
  return (await getPlans()).map((plan) => ({
    params: { year: String(plan.year) },
    props: { source: join(contentRoot(), String(plan.year), plan.decree.source) },
  }));
});

export const GET: APIRoute = ({ props }) =>
  new Response(readContentFile(contentRoot(), props.source as string), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
