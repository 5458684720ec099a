/**
 * /admin/config.json: the CMS configuration, generated at build time from the collection registry,
 * the zod schemas and the content (src/lib/cms/config.ts). Never kept by hand. JSON, not config.yml:
 * every web server knows its media type, and the admin script hands it to the CMS itself.
 */
import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content-check/load.ts';
import { contentRoot } from '../../lib/content-root.ts';
import { buildCmsConfig } from '../../lib/cms/config.ts';

export const GET: APIRoute = () => {
  const { content } = loadContent(contentRoot());
  const config = buildCmsConfig(content, { env: process.env });
  return new Response(`${JSON.stringify(config, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
