/**
 * The Content-Security-Policy of /admin/ (the public pages keep their own, stricter one). Decap CMS
 * injects its styles at run time (emotion), shows uploads as blob:/data: URLs and talks to one
 * storage API: the Git host's in production, the local proxy on 127.0.0.1 in local mode. Nothing
 * else may be contacted. tests/e2e/cms.test.ts runs the admin page under this policy.
 */
export function adminContentSecurityPolicy(connectSources: readonly string[]): string {
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
    `connect-src 'self' ${connectSources.join(' ')}`.trim(),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
