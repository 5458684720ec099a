import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { historyExportSchema } from '../../schemas/history-export.ts';

/** JSON Schema of the change log export, generated from the same zod schema that types it. */
export const GET: APIRoute = () => Response.json(z.toJSONSchema(historyExportSchema, { target: 'draft-2020-12' }));
