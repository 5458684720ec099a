import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { progressExportSchema } from '../../schemas/progress-export.ts';

/** JSON Schema of the progress export, generated from the zod schema that types it. */
export const GET: APIRoute = () => Response.json(z.toJSONSchema(progressExportSchema, { target: 'draft-2020-12' }));
