/**
 * The site's Content-Security-Policy, in one place.
 *
 * Where each part is enforced:
 * - `<meta http-equiv="content-security-policy">` in every page, written by Astro's `security.csp`
 *   (astro.config.mjs): `script-src` and `style-src` carry the SHA-256 of every inline script and
 *   stylesheet of the build (the stylesheet is inlined on purpose, see `inlineStylesheets`), so
 *   only the build knows them. It also carries {@link PAGE_DIRECTIVES} except what a meta element
 *   cannot carry (`frame-ancestors`: Chromium ignores it there and logs an error).
 * - the HTTP header set by the shipped server configs (scripts/deploy/): {@link HEADER_POLICY},
 *   i.e. every directive that does not depend on the build, `frame-ancestors` included. It
 *   leaves `script-src`/`style-src` to the meta element: a browser enforces both policies, so a
 *   script or style runs only if the header AND the meta allow it — and the meta allows no
 *   inline code but the build's own (no `'unsafe-inline'` anywhere).
 * - files that are not pages (evidence files, data, images): {@link FILE_POLICY} in the header,
 *   strict by itself, so an SVG or HTML file published as evidence cannot run a script;
 *   pagefind's folder gets {@link SEARCH_POLICY} (its Web Worker needs WebAssembly).
 *
 * tests/e2e/nginx.test.ts asserts that the shipped configs carry exactly these strings and that
 * every page loads without a single violation.
 */

import type { AstroUserConfig } from 'astro';
import { createHash } from 'node:crypto';

/** The object form of Astro's `security.csp` option. */
type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type AstroDirective = NonNullable<AstroCsp['directives']>[number];

export type Directives = Record<string, readonly string[]>;

/**
 * Pagefind's search runs WebAssembly: Chromium refuses `WebAssembly.instantiate` without
 * `'wasm-unsafe-eval'` (it allows compiling Wasm only, never JavaScript `eval`).
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/** Everything a public page needs besides scripts and styles. */
export const PAGE_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'img-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
};

/** Directives a `<meta http-equiv>` policy ignores (CSP3 §6.1: frame-ancestors, report-uri, sandbox). */
export const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

export function serialise(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** `security.csp.directives` for Astro: the page directives a meta element can carry. */
export function metaDirectives(): AstroDirective[] {
  return Object.entries(PAGE_DIRECTIVES)
    .filter(([name]) => !HEADER_ONLY.has(name))
    // every name in PAGE_DIRECTIVES is one Astro accepts (it rejects unknown ones at startup)
    .map(([name, sources]) => [name, ...sources].join(' ') as AstroDirective);
}

/**
 * The only `style` attributes a page may carry: the MDX compiler aligns the columns of a Markdown
 * table that staff write (`| --: |`) with exactly these. They are allowed by hash
 * (`style-src-attr 'unsafe-hashes' 'sha256-…'`), so any other style attribute stays blocked.
 */
export const ALLOWED_STYLE_ATTRIBUTES = ['text-align:left', 'text-align:center', 'text-align:right'] as const;

export const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}` as const;

/** Astro's `security.csp` option (the meta element with the build's hashes). */
export function astroCsp(): AstroCsp {
  return {
    algorithm: 'SHA-256' as const,
    directives: metaDirectives(),
    scriptDirective: { resources: [...SCRIPT_SOURCES] },
    styleDirective: {
      resources: [...STYLE_SOURCES, { resource: "'unsafe-hashes'", kind: 'attribute' as const }],
      hashes: ALLOWED_STYLE_ATTRIBUTES.map((value) => ({ hash: sha256(value), kind: 'attribute' as const })),
    },
  };
}

/**
 * Header for pages (HTML): no `default-src`, `script-src` or `style-src` here, because any of
 * them would block the hashed inline code the meta element allows (see the comment above).
 */
export const HEADER_POLICY = serialise(
  Object.fromEntries(Object.entries(PAGE_DIRECTIVES).filter(([name]) => name !== 'default-src')),
);

/** Header for everything that is not a page: nothing may run, nothing may be loaded but images and styles of the same site. */
export const FILE_POLICY = serialise({
  'default-src': ["'none'"],
  'img-src': ["'self'"],
  'style-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'self'"],
});

/**
 * Header for /pagefind/: pagefind's search runs in a Web Worker (pagefind-worker.js), which is
 * governed by the policy of its own response, so it gets what the search needs (same-origin
 * fetches, WebAssembly) and nothing more.
 */
export const SEARCH_POLICY = serialise({
  'default-src': ["'self'"],
  'script-src': [...SCRIPT_SOURCES],
  'style-src': [...STYLE_SOURCES],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'self'"],
});

/**
 * The CMS at /admin/: a prebuilt single-page editor (Decap CMS), self-hosted. It needs
 * more than a public page, and only there:
 * - `'unsafe-eval'`: Decap validates its configuration with ajv, which compiles validators with
 *   `new Function()` (without it the page stops at "Error loading the CMS configuration");
 * - `'unsafe-inline'` styles, elements and attributes: Decap injects its styles at run time
 *   (emotion). A style-src that lists hashes ignores `'unsafe-inline'`, so the admin page's meta
 *   carries no style hash at all (Astro drops them once `'unsafe-inline'` is inserted);
 * - `data:`/`blob:` images, media and frames: previews of uploads.
 * Everything else stays as strict as on a public page: no script from anywhere but this site, no
 * plugin, no form posting elsewhere, and no framing at all.
 */
export const ADMIN_DIRECTIVES: Directives = {
  'script-src': ["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'", 'blob:'],
  'font-src': ["'self'", 'data:'],
  'frame-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Header for /admin/ (documented in docs/administrator.md). It carries no `connect-src` and no
 * `default-src` (which would stand in for it): where the editor may connect depends on the Git host
 * the administrator sets at BUILD time (`PZI_CMS_*`), so the admin page's meta written by that build
 * carries it (src/lib/cms/csp.ts: `'self' blob: data:` + the Git host's API origin, + loopback in
 * local mode only). A browser enforces the header and the meta together, so the header cannot widen
 * what the meta allows, and a static server config needs no edit when the Git host changes.
 */
export const ADMIN_POLICY = serialise(ADMIN_DIRECTIVES);

/** Headers every response carries, whatever it is (tests/e2e/nginx.test.ts checks each server sends them). */
export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  // Whistle-blowers read this site: a link to a complaint channel must not tell it which page they came from.
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'x-frame-options': 'SAMEORIGIN',
} as const;

/** Cache-Control values of the shipped server configs. */
export const CACHE = {
  /** Pages and unhashed files: the browser asks again every time (304 when unchanged). */
  revalidate: 'no-cache',
  /** `_astro/`: the name changes whenever the content does. */
  immutable: 'public, max-age=31536000, immutable',
  /** Search index, open data, preview images: replaced by every build. */
  short: 'public, max-age=300',
} as const;
