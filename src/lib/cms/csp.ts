/**
 * The Content-Security-Policy of /admin/ (the public pages keep their own, stricter one). The page
 * carries it itself in a <meta> element, so it holds on any web server; a server may send the same
 * policy as a header (with frame-ancestors, which a <meta> cannot carry). Decap CMS injects its
 * styles at run time (emotion), shows uploads as blob:/data: URLs and talks to one storage API: the
 * Git host's in production, the local proxy on 127.0.0.1 in local mode. Nothing else may be
 * contacted. tests/e2e/cms.test.ts runs the whole form flow under this policy.
 */
import type { BackendEnv } from './backend.ts';

/** Where the CMS may connect: the local proxy (any loopback port) and the configured Git host's API. */
export function adminConnectSources(env: BackendEnv): string[] {
  const sources = ['http://127.0.0.1:*', 'http://localhost:*'];
  const backend = env.PZI_CMS_BACKEND?.trim().toLowerCase();
  if (env.PZI_CMS_API_ROOT && URL.canParse(env.PZI_CMS_API_ROOT)) sources.push(new URL(env.PZI_CMS_API_ROOT).origin);
  else if (backend === 'github') sources.push('https://api.github.com');
  else if (backend === 'gitlab') sources.push('https://gitlab.com');
  return sources;
}

export function adminContentSecurityPolicy(connectSources: readonly string[], { meta = false } = {}): string {
  return [
    "default-src 'self'",
    // Decap validates its configuration with ajv, which compiles validators with new Function():
    // without 'unsafe-eval' the page stops at "Error loading the CMS configuration" (seen in the e2e).
    // Only /admin/ gets this; it loads no script from anywhere but this site.
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    "frame-src 'self' blob:",
    // blob:/data: — Decap reads an upload back through fetch(blob:) before saving it (seen in the e2e)
    `connect-src 'self' blob: data: ${connectSources.join(' ')}`.trim(),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(meta ? [] : ["frame-ancestors 'none'"]),
  ].join('; ');
}
