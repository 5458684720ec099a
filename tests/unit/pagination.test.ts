import { describe, expect, it } from 'vitest';
import { pageCount, pageParam, pagePath, pagerLinks, paginateByWeight, paginateList, summarise } from '../../src/lib/pagination.ts';

const letters = (n: number) => Array.from({ length: n }, (_, index) => String.fromCharCode(97 + index));

describe('paginateList', () => {
  it('cuts a list into pages of the given size, the last one shorter', () => {
    const pages = paginateList(letters(7), 3);
    expect(pages.map((slice) => slice.items.join(''))).toEqual(['abc', 'def', 'g']);
    expect(pages.map((slice) => [slice.page, slice.pages, slice.start, slice.total])).toEqual([
      [1, 3, 0, 7],
      [2, 3, 3, 7],
      [3, 3, 6, 7],
    ]);
  });

  it('keeps one page for a list that fits exactly, and one empty page for an empty list', () => {
    expect(paginateList(letters(6), 3)).toHaveLength(2);
    expect(paginateList([], 3)).toEqual([{ items: [], page: 1, pages: 1, total: 0, start: 0 }]);
  });

  it('refuses a page size that would loop or divide by zero', () => {
    expect(() => paginateList(letters(3), 0)).toThrow(RangeError);
    expect(() => pageCount(3, 1.5)).toThrow(RangeError);
  });
});

describe('paginateByWeight', () => {
  it('closes a page before it would pass the budget', () => {
    const pages = paginateByWeight([3, 3, 3, 5, 1, 1], (n) => n, 7);
    expect(pages.map((slice) => slice.items)).toEqual([[3, 3], [3], [5, 1, 1]]);
    expect(pages.map((slice) => slice.start)).toEqual([0, 2, 3]);
    expect(pages.every((slice) => slice.pages === 3 && slice.total === 6)).toBe(true);
  });

  it('gives an item heavier than the budget a page of its own instead of dropping it', () => {
    const pages = paginateByWeight([2, 20, 2], (n) => n, 10);
    expect(pages.map((slice) => slice.items)).toEqual([[2], [20], [2]]);
  });

  it('keeps one empty first page for an empty list', () => {
    expect(paginateByWeight([], () => 1, 10)).toEqual([{ items: [], page: 1, pages: 1, total: 0, start: 0 }]);
  });
});

describe('page addresses', () => {
  it('puts page 1 at the list’s own URL and later pages one segment below', () => {
    expect(pagePath('/2022/bukti/status/lengkap/', 1)).toBe('/2022/bukti/status/lengkap/');
    expect(pagePath('/2022/bukti/status/lengkap/', 3)).toBe('/2022/bukti/status/lengkap/3/');
    expect(pagePath('/cari', 2)).toBe('/cari/2/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(4)).toBe('4');
    expect(() => pagePath('/x/', 0)).toThrow(RangeError);
  });

  it('links to the previous and next page only where they exist', () => {
    expect(pagerLinks('/x/', { page: 1, pages: 1 })).toEqual({ prev: undefined, next: undefined });
    expect(pagerLinks('/x/', { page: 1, pages: 3 })).toEqual({ prev: undefined, next: '/x/2/' });
    expect(pagerLinks('/x/', { page: 2, pages: 3 })).toEqual({ prev: '/x/', next: '/x/3/' });
    expect(pagerLinks('/x/', { page: 3, pages: 3 })).toEqual({ prev: '/x/2/', next: undefined });
  });
});

describe('summarise', () => {
  it('keeps the first items and counts the rest', () => {
    expect(summarise(letters(7), 3)).toEqual({ items: ['a', 'b', 'c'], more: 4 });
    expect(summarise(letters(2), 3)).toEqual({ items: ['a', 'b'], more: 0 });
    expect(() => summarise(letters(2), -1)).toThrow(RangeError);
  });
});
