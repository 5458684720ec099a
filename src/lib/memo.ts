/**
 * The build's in-memory memo: pages ask for the same content many times per build, so each data
 * function computes its value once (per key) and hands every later caller the same value (or promise).
 * Nothing here touches the disk; the on-disk caches are the `*-cache.ts` modules.
 *
 * The preview (`npm run dev`) is one long process whose content changes: every memo is emptied when
 * Astro announces new content ("astro:content-changed", the event on which Astro empties its own route
 * cache), so a page never keeps a list read before the change. A build has no such event, and keeps
 * each value for the whole build.
 */
const resets = new Set<() => void>();

/** Empties every memo: the next call of each loads again. */
export function resetMemos(): void {
  for (const reset of resets) reset();
}

import.meta.hot?.on('astro:content-changed', resetMemos);

/** `load` runs on the first call only (after `resetMemos`, on the next call); every call returns that result. */
export function once<T>(load: () => T): () => T {
  let result: { value: T } | undefined;
  resets.add(() => (result = undefined));
  return () => (result ??= { value: load() }).value;
}

/** Like `once`, per key: `load(key)` runs on the first call with that key. */
export function oncePerKey<K, T>(load: (key: K) => T): (key: K) => T {
  const results = new Map<K, T>();
  resets.add(() => results.clear());
  return (key) => {
    if (!results.has(key)) results.set(key, load(key));
    return results.get(key)!;
  };
}
