import { fileRoute, route } from '../route.ts';

/** Where Open Graph images live in the built site (paths without base). Pure. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** The site-wide image, for pages without their own. */
export const DEFAULT_OG = fileRoute('og', 'situs.png');

/** `/2022/ii/3/` → `/og/2022/ii/3.png`; `/` → `/og/beranda.png`. */
export function ogImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return fileRoute('og', `${trimmed || 'beranda'}.png`);
}

/** Inverse of `ogImagePath` for the endpoint's `slug` param: `2022/ii/3` → `/2022/ii/3/`. */
export function pagePathOfSlug(slug: string): string {
  return slug === 'beranda' ? route() : route(slug);
}
