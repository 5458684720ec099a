import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { lkeSchema } from '../../schemas/lke.ts';

/** JSON Schema of /data/lke.json, generated from the zod schema the build validates it with. */
export const GET: APIRoute = () => Response.json(z.toJSONSchema(lkeSchema, { target: 'draft-2020-12', io: 'output' }));
