/**
 * The Content-Security-Policy of /admin/ (the public pages keep their own, stricter one). Astro's
 * `security.csp` writes the page's <meta> policy like on every page; the admin page widens it through
 * Astro's per-page API (`Astro.csp.insert*`, src/pages/admin/index.astro) with exactly what
 * {@link adminCsp} returns, so no other page changes. What Decap needs and why:
 * `ADMIN_DIRECTIVES` in src/lib/security/csp.ts (also the server header of /admin/).
 *
 * connect-src is built here, from the same environment as the CMS configuration (backend.ts):
 * `'self'`, `blob:`/`data:` (Decap reads an upload back through fetch(blob:) before saving it), the
 * configured Git host's API origin, and the local proxy on loopback ONLY in local mode (no Git host
 * asked for: `npm run cms` on a staff member's own machine, or `PZI_CMS_BACKEND=local`). A build without
 * settings connects nowhere (`'none'`), and one with a Git host never allows loopback. Nothing else may be contacted. tests/e2e/cms.test.ts runs the form flow under it.
 */
import { ADMIN_DIRECTIVES, type Directives, SCRIPT_SOURCES, STYLE_SOURCES } from '../security/csp.ts';
import { type BackendEnv, cmsMode } from './backend.ts';

/** The local proxy (decap-server) listens on 127.0.0.1; any port (`npm run cms` takes the next free one). */
export const LOOPBACK_SOURCES = ['http://127.0.0.1:*', 'http://localhost:*'] as const;

/** The API origin of the configured Git host, if any. */
export function gitApiOrigin(env: BackendEnv): string | undefined {
  if (cmsMode(env) !== 'host') return undefined;
  if (env.PZI_CMS_API_ROOT && URL.canParse(env.PZI_CMS_API_ROOT)) return new URL(env.PZI_CMS_API_ROOT).origin;
  const backend = env.PZI_CMS_BACKEND!.trim().toLowerCase();
  if (backend === 'github') return 'https://api.github.com';
  if (backend === 'gitlab') return 'https://gitlab.com';
  // Gitea/Forgejo have no public default: without PZI_CMS_API_ROOT the CMS cannot reach them anyway
  return undefined;
}

/** Where the CMS may connect. */
export function adminConnectSources(env: BackendEnv): string[] {
  const mode = cmsMode(env);
  // no editor in this build: the "not set up" page connects nowhere
  if (mode === 'none') return ["'none'"];
  const origin = gitApiOrigin(env);
  return ["'self'", 'blob:', 'data:', ...(origin ? [origin] : []), ...(mode === 'local' ? LOOPBACK_SOURCES : [])];
}

/** What the admin page adds to Astro's policy: script/style resources and the other directives. */
export interface AdminCsp {
  scriptResources: string[];
  styleResources: { resource: string; kind: 'element' | 'attribute' | 'default' }[];
  directives: string[];
}

export function adminCsp(env: BackendEnv): AdminCsp {
  const all: Directives = { ...ADMIN_DIRECTIVES, 'connect-src': adminConnectSources(env) };
  const skip = new Set(['script-src', 'style-src', 'frame-ancestors']); // scripts and styles have their own API; frame-ancestors is header-only
  return {
    // only what the site's own policy lacks (it already has 'self' and 'wasm-unsafe-eval')
    scriptResources: ADMIN_DIRECTIVES['script-src']!.filter((source) => !(SCRIPT_SOURCES as readonly string[]).includes(source)),
    // 'unsafe-inline' on style-src AND style-src-attr: the site's config adds a style-src-attr
    // (hashes of three table alignments), which would otherwise still block Decap's style attributes
    styleResources: ADMIN_DIRECTIVES['style-src']!.filter((source) => !(STYLE_SOURCES as readonly string[]).includes(source)).flatMap((resource) => [
      { resource, kind: 'default' as const },
      { resource, kind: 'attribute' as const },
    ]),
    directives: Object.entries(all)
      .filter(([name]) => !skip.has(name))
      .map(([name, sources]) => [name, ...sources].join(' ')),
  };
}
