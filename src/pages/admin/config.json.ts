/**
 * /admin/config.json: the CMS configuration, generated at build time from the collection registry,
 * the zod schemas and the content (src/lib/cms/config.ts). Never kept by hand. JSON, not config.yml:
 * every web server knows its media type, and the admin script hands it to the CMS itself.
 * Built from the content as read now.
 */
import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content-check/load.ts';
import { contentRoot } from '../../lib/content-root.ts';
import { buildCmsConfig } from '../../lib/cms/config.ts';
import { cmsEnv } from '../../lib/cms/backend.ts';

export const GET: APIRoute = () => {
  const root = contentRoot();
  // `npm run cms` (astro dev) without settings is local mode; a build never guesses it
  const env = cmsEnv(process.env, import.meta.env.DEV);
  const text = `${JSON.stringify(buildCmsConfig(loadContent(root).content, { env }), null, 1)}\n`;
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
