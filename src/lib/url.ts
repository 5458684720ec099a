import { fileRoute, route } from './route.ts';

/**
 * Site paths that respect the deploy base (e.g. "/zona-integritas"), so the same build
 * works at a domain's root or under a path of the KPU website.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Absolute URL of a site path, for canonical links, Open Graph and QR codes. */
export function absoluteUrl(path: string, site: URL | string | undefined = import.meta.env.SITE): string {
  if (!site) throw new Error('`site` belum diatur di astro.config.mjs: URL absolut tidak bisa dibuat.');
  return new URL(withBase(path), site).href;
}

/** Site-wide pages and files that belong to no one feature. */
export const homePath = () => route();
export const searchPath = () => route('cari');
export const dataPath = () => route('data');
export const manifestPath = () => fileRoute('site.webmanifest');
export const faviconPath = () => fileRoute('favicon.svg');
