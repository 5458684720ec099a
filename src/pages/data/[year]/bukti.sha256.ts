import type { APIRoute } from 'astro';
import { registerPaths, type RegisterProps } from '../../../lib/evidence/static-paths.ts';
import { registerToSha256 } from '../../../lib/evidence/exports.ts';

export const getStaticPaths = registerPaths;

/** Paths relative to the site root (the folder holding data/ and <year>/), whatever the base path. */
export const GET: APIRoute = ({ props }) =>
  new Response(registerToSha256((props as RegisterProps).register), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
