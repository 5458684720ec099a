/**
 * /admin/config.json: the CMS configuration, generated at build time from the collection registry,
 * the zod schemas and the content (src/lib/cms/config.ts). Never kept by hand. JSON, not config.yml:
 * every web server knows its media type, and the admin script hands it to the CMS itself.
 * Built from the content the content guard has just loaded (src/lib/content-check/shared-content.ts).
 */
import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content-check/load.ts';
import { contentRoot } from '../../lib/content-root.ts';
import { buildCmsConfig } from '../../lib/cms/config.ts';
import { treeDigest } from '../../lib/build-cache.ts';
import { takeCheckedContent } from '../../lib/content-check/shared-content.ts';

export const GET: APIRoute = () => {
  const root = contentRoot();
  // the content the guard has just checked, unless a file changed since (then read again)
  const content = takeCheckedContent(treeDigest(root)) ?? loadContent(root).content;
  const text = `${JSON.stringify(buildCmsConfig(content, { env: process.env }), null, 1)}\n`;
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
