import type { APIRoute } from 'astro';
import { isSampleBuild } from '../lib/content-root.ts';
import { absoluteUrl } from '../lib/url.ts';

/** robots.txt pointing at the sitemap's absolute URL (depends on `site` and `base`); the demo build allows nothing. */
export const GET: APIRoute = ({ site }) => {
  const rules = isSampleBuild() ? 'Disallow: /' : 'Allow: /';
  return new Response(`User-agent: *\n${rules}\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
