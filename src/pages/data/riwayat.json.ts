import type { APIRoute } from 'astro';
import { getChangelog, getContentHistory } from '../../lib/history/site-history.ts';
import { changelogToJson } from '../../lib/history/exports.ts';
import { withBase } from '../../lib/url.ts';

/** `/data/riwayat.json`: the change log as open data (schema: /data/riwayat.schema.json). */
export const GET: APIRoute = async () => Response.json(changelogToJson(getContentHistory().available, await getChangelog(), (path) => withBase(path)));
