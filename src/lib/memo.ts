/**
 * The build's in-memory memo: pages ask for the same content many times per build, so each data
 * function computes its value once (per key) and hands every later caller the same value (or promise).
 * Nothing here touches the disk; the on-disk caches are the `*-cache.ts` modules.
 */

/** `load` runs on the first call only; every call returns that first result. */
export function once<T>(load: () => T): () => T {
  let result: { value: T } | undefined;
  return () => (result ??= { value: load() }).value;
}

/** Like `once`, per key: `load(key)` runs on the first call with that key. */
export function oncePerKey<K, T>(load: (key: K) => T): (key: K) => T {
  const results = new Map<K, T>();
  return (key) => {
    if (!results.has(key)) results.set(key, load(key));
    return results.get(key)!;
  };
}
