import type { LoaderContext } from 'astro/loaders';

/**
 * Leaves a collection present and empty. Astro's `getCollection` warns "The collection … does not
 * exist or is empty" for a collection its store does not hold, on every call, in builds and in the
 * preview; staff read that as a failure, yet a new site rightly has no surveys or notes. There is no
 * supported way to declare a collection empty (https://github.com/withastro/astro/issues/15329), so
 * an entry is set and deleted again: the store then holds the collection with no entries, and
 * `getCollection` returns [] without a word. tests/unit/upstream-workarounds.test.ts fails once
 * Astro no longer warns, and this file can go.
 */
export function declareEmpty(store: LoaderContext['store']): void {
  store.clear();
  store.set({ id: '__kosong__', data: {} });
  store.delete('__kosong__');
}
