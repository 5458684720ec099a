/**
 * Splitting a list that grows with content into numbered pages, so no page outgrows the
 * critical-bytes budget as years of notes and evidence accumulate. Pure; shared by every paginated
 * route (register status pages, month reports, the search fallback list, the change log…).
 *
 * URLs stay stable: page 1 lives at the list's own address (`/2022/bukti/status/lengkap/`), later
 * pages one segment below it (`/2022/bukti/status/lengkap/2/`), the same scheme as Astro's
 * `paginate()` on `/kemajuan/`.
 */

/** One page of a list. */
export interface PageSlice<T> {
  /** Items on this page. */
  items: T[];
  /** 1-based page number. */
  page: number;
  /** Number of pages (at least 1: an empty list still has its first page). */
  pages: number;
  /** Items in the whole list. */
  total: number;
  /** 0-based index of this page's first item in the whole list. */
  start: number;
}

/** Pages needed for `total` items, `size` per page; never 0, so the list's own URL always exists. */
export function pageCount(total: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  return Math.max(1, Math.ceil(total / size));
}

/** Every page of `items`, in order; `[ { items: [], page: 1, pages: 1 } ]` for an empty list. */
export function paginateList<T>(items: readonly T[], size: number): PageSlice<T>[] {
  const pages = pageCount(items.length, size);
  return Array.from({ length: pages }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    page: index + 1,
    pages,
    total: items.length,
    start: index * size,
  }));
}

/**
 * Splits items into pages by weight rather than count: a page closes once adding the next item
 * would pass `budget` (an item heavier than the budget gets a page of its own). For lists whose
 * items differ a lot in size, e.g. register rows with one or twenty evidence items.
 */
export function paginateByWeight<T>(items: readonly T[], weight: (item: T) => number, budget: number): PageSlice<T>[] {
  const groups: T[][] = [[]];
  let used = 0;
  for (const item of items) {
    const w = weight(item);
    const current = groups.at(-1)!;
    if (current.length > 0 && used + w > budget) {
      groups.push([item]);
      used = w;
    } else {
      current.push(item);
      used += w;
    }
  }
  let start = 0;
  return groups.map((group, index) => {
    const slice = { items: group, page: index + 1, pages: groups.length, total: items.length, start };
    start += group.length;
    return slice;
  });
}

/** Address of page `page` of the list at `listPath` (a path ending in `/`): page 1 is the list itself. */
export function pagePath(listPath: string, page: number): string {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`page must be a positive integer, got ${page}`);
  const slashed = listPath.endsWith('/') ? listPath : `${listPath}/`;
  return page === 1 ? slashed : `${slashed}${page}/`;
}

/** The `[...page]` route param of page `page`: undefined for page 1 (the list's own URL), else "2", "3", … */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : String(page);
}

/** Previous and next page addresses of a slice, for the pager (undefined at either end). */
export function pagerLinks(listPath: string, slice: Pick<PageSlice<unknown>, 'page' | 'pages'>): { prev?: string; next?: string } {
  return {
    prev: slice.page > 1 ? pagePath(listPath, slice.page - 1) : undefined,
    next: slice.page < slice.pages ? pagePath(listPath, slice.page + 1) : undefined,
  };
}

/**
 * The first `shown` items of a list and how many were left out: for a list inside a page (an
 * indicator's notes, its evidence) that links to the full, paginated list instead of growing.
 */
export function summarise<T>(items: readonly T[], shown: number): { items: T[]; more: number } {
  if (!Number.isInteger(shown) || shown < 0) throw new RangeError(`shown must be a non-negative integer, got ${shown}`);
  return { items: items.slice(0, shown), more: Math.max(0, items.length - shown) };
}
