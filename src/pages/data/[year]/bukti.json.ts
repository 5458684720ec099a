import type { APIRoute } from 'astro';
import { registerPaths, type RegisterProps } from '../../../lib/evidence/static-paths.ts';
import { registerToJson } from '../../../lib/evidence/exports.ts';
import { withBase } from '../../../lib/url.ts';

export const getStaticPaths = registerPaths;

export const GET: APIRoute = ({ props }) => Response.json(registerToJson((props as RegisterProps).register, (path) => withBase(path)));
