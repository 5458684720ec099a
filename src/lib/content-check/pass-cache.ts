/**
 * Skips re-checking content that has not changed since it last passed. The content check reads and
 * parses every file (thousands at scale: ± 4 s of a warm build) before Astro reads them all again.
 * When every file of the content tree and of the code that checks it (`src/`, the lock file) has
 * the same path, kind, size and modification time as at the last passing check, its result (the
 * warnings; a run with errors is never stored) is reused.
 *
 * Same rule as the evidence facts cache (README "Kinerja"): any edit, copy, upload, checkout or
 * new symlink changes a modification time; delete `.cache/` to force a full check. `npm run check`
 * always checks everything.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, writeCacheFile } from '../build-cache.ts';
import { errorsOnly, type Problem } from './problem.ts';

/** Bump when the stored format changes. */
const VERSION = 1;

/** One line per entry under `dir` (recursively, symlinks not followed): path, kind, size, mtime. */
function treeLines(dir: string, lines: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    lines.push(`${dir}\tmissing`);
    return;
  }
  for (const name of names.sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    const kind = stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'dir' : 'file';
    lines.push(`${path}\t${kind}\t${stat.size}\t${stat.mtimeMs}`);
    if (kind === 'dir' && name !== 'node_modules' && !name.startsWith('.')) treeLines(path, lines);
  }
}

/** Fingerprint of the content tree and the checking code: changes when any file there changes. */
export function checkFingerprint(root: string, code: readonly string[] = ['src', 'package-lock.json']): string {
  const lines = [`v${VERSION}`, process.version, root];
  treeLines(root, lines);
  for (const path of code) {
    try {
      const stat = lstatSync(path);
      if (stat.isDirectory()) treeLines(path, lines);
      else lines.push(`${path}\t${stat.size}\t${stat.mtimeMs}`);
    } catch {
      lines.push(`${path}\tmissing`);
    }
  }
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

interface Stored<T> {
  key: string;
  problems: Problem[];
  /** What the caller keeps of the checked content (e.g. entry counts), as JSON. */
  summary: T;
}

/**
 * `inspect(root, fingerprint)`, or the warnings and summary of the last passing run when nothing
 * changed since. `reused` says which, so the build can tell.
 */
export async function inspectContentCached<T>(
  root: string,
  inspect: (root: string, fingerprint: string) => Promise<{ problems: Problem[]; summary: T }>,
  options: { dir?: string; code?: readonly string[] } = {},
): Promise<{ problems: Problem[]; summary: T; reused: boolean }> {
  // One file per content root, so alternating builds (site, demo) do not evict each other.
  const rootId = createHash('sha256').update(root).digest('hex').slice(0, 12);
  const file = join(options.dir ?? join(cacheDir(), 'check'), `pass-v${VERSION}-${rootId}.json`);
  const key = checkFingerprint(root, options.code);
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored<T>;
    if (stored.key === key && Array.isArray(stored.problems)) return { problems: stored.problems, summary: stored.summary, reused: true };
  } catch {
    /* no cache yet, or unreadable: check */
  }
  const { problems, summary } = await inspect(root, key);
  if (errorsOnly(problems).length === 0) {
    writeCacheFile(file, JSON.stringify({ key, problems, summary } satisfies Stored<T>));
  }
  return { problems, summary, reused: false };
}
