import type { APIRoute } from 'astro';
import { registerPaths, type RegisterProps } from '../../../lib/evidence/static-paths.ts';
import { registerToCsv } from '../../../lib/evidence/exports.ts';
import { withBase } from '../../../lib/url.ts';

export const getStaticPaths = registerPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(registerToCsv((props as RegisterProps).register, (path) => withBase(path)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
