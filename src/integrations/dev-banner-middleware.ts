import type { MiddlewareHandler } from 'astro';
import { devProblems } from 'virtual:pzi/content-problems';
import { withBanner } from './dev-problems.ts';
import { isAdminPath } from '../lib/cms/admin-path.ts';

/**
 * Added by the content guard in `npm run dev` only: every HTML page gets the problem banner while
 * the content has problems. A page that cannot render at all (its own file is broken) becomes the
 * banner instead of Astro's developer error screen. The editor at /admin/ never gets it: the banner
 * would cover the CMS's own top bar ("Terbitkan"), and a clerk fixes an entry inside the form.
 */
export const onRequest: MiddlewareHandler = async (context, next) => {
  if (isAdminPath(context.url.pathname, import.meta.env.BASE_URL)) return next();
  let response: Response;
  try {
    response = await next();
  } catch (error) {
    const problems = devProblems();
    if (!problems.length) throw error;
    const page = '<main style="padding:1rem;font:16px/1.5 system-ui,sans-serif"><h1>Halaman ini belum dapat ditampilkan</h1><p>Perbaiki masalah di atas, simpan, lalu muat ulang.</p></main>';
    return new Response(withBanner(page, problems), { status: 500, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
  const problems = devProblems();
  if (!problems.length || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = withBanner(await response.text(), problems);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
};
