import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { evidenceExportSchema } from '../../schemas/evidence-export.ts';

/** JSON Schema of `/data/<year>/bukti.json` (history fields included), generated from the zod schema that types it. */
export const GET: APIRoute = () => Response.json(z.toJSONSchema(evidenceExportSchema, { target: 'draft-2020-12' }));
