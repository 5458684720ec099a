/**
 * /admin/config.json: the CMS configuration, generated at build time from the collection registry,
 * the zod schemas and the content (src/lib/cms/config.ts). Never kept by hand. JSON, not config.yml:
 * every web server knows its media type, and the admin script hands it to the CMS itself.
 * Reused from the last build while content, code and `PZI_CMS_*` are unchanged (src/lib/cms/config-cache.ts);
 * otherwise built from the content the content guard has just loaded (src/lib/content-check/shared-content.ts).
 */
import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content-check/load.ts';
import { contentRoot } from '../../lib/content-root.ts';
import { buildCmsConfig } from '../../lib/cms/config.ts';
import { cachedCmsConfigText } from '../../lib/cms/config-cache.ts';
import { cmsEnv } from '../../lib/cms/backend.ts';
import { takeCheckedContent } from '../../lib/content-check/shared-content.ts';

export const GET: APIRoute = () => {
  const root = contentRoot();
  const env = cmsEnv(process.env, import.meta.env.DEV);
  const text = cachedCmsConfigText(root, env, (fingerprint) => {
    // the content the guard has just checked, unless a file changed since (then read again)
    const content = takeCheckedContent(fingerprint) ?? loadContent(root).content;
    return `${JSON.stringify(buildCmsConfig(content, { env }), null, 1)}\n`;
  });
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
