/**
 * A private copy of the Astro project for one e2e build or preview, so that builds of different
 * content roots can run side by side.
 *
 * Astro keeps per-project state next to the project and the working directory: `.astro/`
 * (content-modules.mjs, which maps each MDX entry to its module; the preview's content store; and,
 * for an output folder outside the working directory, the prerendered server chunks) and
 * `node_modules/.astro/` (the build's content store). Two builds of one project with different
 * content at the same time read each other's; a lock around them would make that queue the longest
 * path of the whole suite. A private project has its own:
 *
 *   <tmp>/pzi-project-<name>-XXXX/   (Astro's root AND working directory)
 *     src/                 a copy of src/ (1.5 MB; a copy, not a link, so Astro's page paths
 *                          and Vite's resolved module paths agree)
 *     astro.config.mjs     a copy (it imports ./src/…, i.e. the copy); package.json, tsconfig.json
 *     content/             a copy of content/ (the production build reads `content/` from the
 *                          working directory; a link would be refused by the content guard)
 *     node_modules/        one link per package of the real node_modules, without its caches
 *     tests/               a link to the repository's tests/ (fixtures, the demo data the sample
 *                          check compares against, tests/fixtures/render-error/astro.config.mjs)
 *     .cache/              a link to the repository's build caches (OG cards, evidence facts;
 *                          written atomically, keyed by content)
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Per-project caches in node_modules that must not be shared. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

export interface PrivateProject {
  /** Astro's root: run Astro with this as working directory. */
  root: string;
  remove(): void;
}

export function privateProject(name: string, repo = process.cwd()): PrivateProject {
  // outside the repository: nothing of the repository's own Astro state is on the way up, and the
  // preview's file watcher (which ignores tests/.output) sees the copy
  const root = mkdtempSync(path.join(tmpdir(), `pzi-project-${name}-`));
  for (const entry of ['src', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(repo, entry), path.join(root, entry), { recursive: true });
  }
  const modules = path.join(root, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(repo, 'node_modules'))) {
    if (!PRIVATE_CACHES.has(entry)) symlinkSync(path.join(repo, 'node_modules', entry), path.join(modules, entry));
  }
  symlinkSync(path.join(repo, 'tests'), path.join(root, 'tests'));
  mkdirSync(path.join(repo, '.cache'), { recursive: true });
  symlinkSync(path.join(repo, '.cache'), path.join(root, '.cache'));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Paths given relative to the repository (`--outDir`, `PZI_CONTENT`, `PZI_CACHE_DIR`), made absolute. */
export function fromRepository<T extends readonly string[] | Record<string, string>>(values: T, repo = process.cwd()): T {
  if (Array.isArray(values)) {
    // not --config: Astro looks for it inside the project root, where tests/ is the repository's
    return values.map((arg, i) => (i > 0 && values[i - 1] === '--outDir' && !path.isAbsolute(arg) ? path.resolve(repo, arg) : arg)) as unknown as T;
  }
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, ['PZI_CONTENT', 'PZI_CACHE_DIR'].includes(key) && value && !path.isAbsolute(value) ? path.resolve(repo, value) : value]),
  ) as T;
}
