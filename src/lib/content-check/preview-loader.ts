import { globSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import type { CollectionSpec } from '../../schemas/collections.ts';
import { invalidFiles } from './load.ts';

/** Set by the content guard when `astro dev` starts (same process, before content is loaded). */
const PREVIEW = Symbol.for('pzi.preview');

export function markPreview(): void {
  (globalThis as { [PREVIEW]?: boolean })[PREVIEW] = true;
}

function isPreview(): boolean {
  return (globalThis as { [PREVIEW]?: boolean })[PREVIEW] === true;
}

/** How many times a collection was loaded in this process (the loader runs in Vite's module instance). */
const LOADS = Symbol.for('pzi.contentLoads');
const loads = globalThis as { [LOADS]?: number };

export function contentLoadCount(): number {
  return loads[LOADS] ?? 0;
}

/**
 * Asks Astro to reload the content until it really has: `refresh` (the preview's `refreshContent`)
 * returns without a word while Astro is still (re)loading its content configuration, which a change
 * in the watched content folder can start, and under load that took longer than any fixed delay, so
 * a fixed note stayed out of the preview (seen in the e2e preview test). A reload that happened shows
 * as a collection load; until then, `refresh` is asked again after `waitMs`, `attempts` times at most.
 */
export async function refreshUntilLoaded(
  refresh: () => Promise<unknown>,
  { attempts = 60, waitMs = 1000, loadCount = contentLoadCount }: { attempts?: number; waitMs?: number; loadCount?: () => number } = {},
): Promise<boolean> {
  const before = loadCount();
  for (let attempt = 1; attempt <= attempts; attempt++) {
    await refresh();
    if (loadCount() > before) return true;
    if (attempt < attempts) await new Promise((resume) => setTimeout(resume, waitMs));
  }
  return false;
}

/**
 * The loader of one collection. The build uses Astro's glob loader as is (the content guard has
 * already refused any bad file). The preview (`npm run dev`) leaves out files that cannot be read
 * or fail their schema, so one broken note neither stops the preview nor blanks the site: the
 * banner names it instead. A collection that may be empty (`mayBeEmpty`) is declared empty rather
 * than warned about ("No files found", "collection does not exist or is empty").
 */
export function contentLoader(spec: CollectionSpec, base: string, mayBeEmpty: boolean): Loader {
  const make = (excluded: string[]) =>
    glob({ pattern: excluded.length ? [spec.pattern, ...excluded.map((path) => `!${path}`)] : spec.pattern, base, generateId: ({ entry }) => spec.id(entry) });
  return {
    name: 'pzi-content',
    load: async (context) => {
      loads[LOADS] = contentLoadCount() + 1;
      // Astro keeps an unchanged file's entry (same digest) with the path it was first read from.
      // After a build from another content root (a test's temporary copy, the demo), that path may
      // be gone and the build fails resolving it: entries from outside this root are dropped first.
      const root = resolve(base) + sep;
      for (const [id, entry] of context.store.entries()) {
        if (entry.filePath && !resolve(entry.filePath).startsWith(root)) context.store.delete(id);
      }
      const excluded = isPreview() ? invalidFiles(base, spec) : [];
      const matching = globSync(spec.pattern, { cwd: base }).filter((path) => !excluded.includes(path));
      if (mayBeEmpty && matching.length === 0) {
        context.store.clear();
        // set + delete leaves the collection present and empty: getCollection returns [] quietly
        context.store.set({ id: '__kosong__', data: {} });
        context.store.delete('__kosong__');
        return;
      }
      if (!isPreview()) return make(excluded).load(context);
      // The glob loader reports a file that breaks while the preview runs in the parser's English;
      // the content guard reports the same file in Indonesian, with its line.
      const logger = Object.assign(Object.create(context.logger) as typeof context.logger, {
        error: (message: string) => {
          if (!message.startsWith('Failed to reload ')) context.logger.error(message);
        },
      });
      return make(excluded).load({ ...context, logger });
    },
  };
}
