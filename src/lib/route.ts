/**
 * The one way a site path is written. Every feature's `routes.ts` builds its paths with these two
 * helpers (paths without the deploy base; `withBase` and `absoluteUrl` in url.ts add it), and pages
 * link through those builders instead of writing paths inline.
 */
type Segment = string | number;

/** A page (a folder with index.html): `route(2022, 'bukti')` → `/2022/bukti/`; `route()` → `/`. */
export function route(...segments: Segment[]): string {
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** A file: `fileRoute('data', 2022, 'bukti.csv')` → `/data/2022/bukti.csv`. */
export function fileRoute(...segments: Segment[]): string {
  return `/${segments.join('/')}`;
}
