import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { planExportSchema } from '../../schemas/open-data.ts';

/** JSON Schema of the plan export, generated from the same zod schema that types it. */
export const GET: APIRoute = () => Response.json(z.toJSONSchema(planExportSchema, { target: 'draft-2020-12' }));
