import { globSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { CollectionSpec } from '../../schemas/collections.ts';
import { declareEmpty } from './empty-collection.ts';
import { invalidFiles } from './load.ts';

/**
 * The loader of one collection: Astro's glob loader over the content root. A build loads every
 * file (the content guard has already refused any bad one). The preview (`npm run dev`, the one
 * command in which Astro hands loaders a file watcher) leaves out files that cannot be read or
 * fail their schema, so one broken note neither stops the preview nor blanks the site: the banner
 * names it instead. It watches its own files and loads the collection again when one is added,
 * changed or removed, so a file that breaks leaves the preview and a fixed one comes back. The glob
 * loader gets no watcher: its own would read a broken file and report it in English.
 * A collection that may be empty (`mayBeEmpty`) is declared empty rather than warned about.
 */
export function contentLoader(spec: CollectionSpec, base: string, mayBeEmpty: boolean): Loader {
  let watching = false;
  return {
    name: 'pzi-content',
    load: async (context) => {
      const { watcher } = context;
      const files = () => globSync(spec.pattern, { cwd: base }).map((path) => path.split(sep).join('/'));
      let known = new Set(files());
      const loadAll = async () => {
        known = new Set(files());
        await loadFiles({ ...context, watcher: undefined }, spec, base, mayBeEmpty, watcher ? invalidFiles(base, spec) : [], known);
      };
      await loadAll();
      if (!watcher || watching) return;
      watching = true;
      watcher.add(base);
      let queue = Promise.resolve();
      watcher.on('all', (_event, changed) => {
        const path = relative(resolve(base), resolve(changed)).split(sep).join('/');
        if (path.startsWith('..') || !(known.has(path) || files().includes(path))) return;
        queue = queue.then(loadAll).catch((error) => context.logger.error(String(error)));
      });
    },
  };
}

/** Loads the collection's files but `excluded` (relative to `base`); `matching` are all its files. */
async function loadFiles(context: LoaderContext, spec: CollectionSpec, base: string, mayBeEmpty: boolean, excluded: string[], matching: ReadonlySet<string>) {
  // Astro keeps an unchanged file's entry (same digest) with the path it was first read from.
  // After a build from another content root (a test's temporary copy, the demo), that path may
  // be gone and the build fails resolving it: entries from outside this root are dropped first.
  const root = resolve(base) + sep;
  for (const [id, entry] of context.store.entries()) {
    if (entry.filePath && !resolve(entry.filePath).startsWith(root)) context.store.delete(id);
  }
  if (mayBeEmpty && [...matching].every((path) => excluded.includes(path))) return declareEmpty(context.store);
  const pattern = excluded.length ? [spec.pattern, ...excluded.map((path) => `!${path}`)] : spec.pattern;
  return glob({ pattern, base, generateId: ({ entry }) => spec.id(entry) }).load(context);
}
