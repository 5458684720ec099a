/**
 * The portal's own public address, confirmed by staff in `content/unit.yaml`:
 *
 *   portal:
 *     url: https://contoh.kpu.go.id/zi/
 *     confirmedAt: 2022-06-30
 *
 * Pure functions: astro.config.mjs turns it into Astro's `site` and `base`, pages ask whether it is
 * confirmed. Printed QR codes outlive a wrong URL, so they appear only once the address is confirmed.
 */

/** The portal block of unit.yaml as read (before or after the zod schema). */
export interface PortalInput {
  url?: string | null;
  confirmedAt?: Date | string | null;
}

/**
 * Astro's `site` while the address is unconfirmed. `.invalid` is reserved (RFC 2606) and never
 * resolves: Open Graph and sitemap URLs must be absolute, and this way none of them can send
 * anyone to a host nobody confirmed. Pages leave out `<link rel="canonical">` on it.
 */
export const UNCONFIRMED_SITE = 'https://alamat-portal-belum-dikonfirmasi.invalid';

export interface PortalAddress {
  /** True when unit.yaml gives both an https URL and the date staff confirmed it. */
  confirmed: boolean;
  /** The confirmed URL, ending in "/" (absent while unconfirmed). */
  url?: string;
  /** YYYY-MM-DD. */
  confirmedAt?: string;
  /** Astro `site`: the URL's origin, or UNCONFIRMED_SITE. */
  site: string;
  /** Astro `base`: the URL's path ("/zi/"), or "/". */
  base: string;
}

function isoDay(value: Date | string): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** Reads the portal block; anything incomplete or malformed is "unconfirmed" (the content check names the fault). */
export function resolvePortal(portal: PortalInput | null | undefined): PortalAddress {
  const unconfirmed: PortalAddress = { confirmed: false, site: UNCONFIRMED_SITE, base: '/' };
  const raw = portal?.url?.trim();
  const confirmedAt = portal?.confirmedAt ? isoDay(portal.confirmedAt) : undefined;
  if (!raw || !confirmedAt || !URL.canParse(raw)) return unconfirmed;
  const url = new URL(raw);
  if (url.protocol !== 'https:' || url.search || url.hash || !url.pathname.endsWith('/')) return unconfirmed;
  return { confirmed: true, url: url.href, confirmedAt, site: url.origin, base: url.pathname };
}

/** True when `site` is the placeholder of an unconfirmed address (no `--site` given either). */
export function isUnconfirmedSite(site: URL | string | undefined): boolean {
  return !site || new URL(site).origin === UNCONFIRMED_SITE;
}

/** Absolute URL of a site path under the confirmed address: what a printed QR code opens. */
export function portalUrl(portal: PortalAddress, sitePath: string): string | undefined {
  return portal.url ? new URL(sitePath.replace(/^\/+/, ''), portal.url).href : undefined;
}

/** The build's warning while the address is unconfirmed, in Indonesian. */
export const UNCONFIRMED_WARNING =
  'Alamat portal belum dikonfirmasi: isi portal.url dan portal.confirmedAt di unit.yaml. ' +
  'Sampai itu, poster dicetak tanpa kode QR dan halaman tidak memuat alamat kanonis.';
