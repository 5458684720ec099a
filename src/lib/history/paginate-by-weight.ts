/**
 * Splits a list into pages whose summed weight stays under a limit (each page holds at least one
 * element), so a page of the change log stays inside the critical-byte budget however large a commit is
 * listed on it. A small local helper: if a shared pagination module appears, this can
 * become an option of it.
 */
export function paginateByWeight<T>(items: readonly T[], weight: (item: T) => number, maxWeight: number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let sum = 0;
  for (const item of items) {
    const w = weight(item);
    if (page.length && sum + w > maxWeight) {
      pages.push(page);
      page = [];
      sum = 0;
    }
    page.push(item);
    sum += w;
  }
  if (page.length || !pages.length) pages.push(page);
  return pages;
}
