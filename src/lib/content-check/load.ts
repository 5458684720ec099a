import { globSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { collectionSpecs, type CollectionName, type CollectionSpec } from '../../schemas/collections.ts';
import { readMdx, readYaml, type ReadResult } from './read-file.ts';
import type { Problem } from './problem.ts';
import { fileSafety, readContentFile } from '../content-file.ts';
import { textFindings } from './text-limits.ts';

export interface LoadedEntry<T = unknown> {
  id: string;
  /** Path relative to the project folder, as staff see it. */
  file: string;
  /** Data after the schema (defaults applied, dates parsed). */
  data: T;
  body?: string;
  lineOf: ReadResult['lineOf'];
}

type DataOf<N extends CollectionName> = z.output<(typeof collectionSpecs)[N]['schema']>;

/** All content that passed its schema, per collection. */
export type ContentSet = {
  root: string;
  entries: { [N in CollectionName]: LoadedEntry<DataOf<N>>[] };
  /** Collections with at least one file that failed: cross-checks against them would only repeat that error. */
  incomplete: ReadonlySet<CollectionName>;
};

/** "indicators[0].actions[1].months" from a zod issue path. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    '',
  );
}

function loadCollection(root: string, spec: CollectionSpec, problems: Problem[]): LoadedEntry[] {
  const entries: LoadedEntry[] = [];
  for (const path of globSync(spec.pattern, { cwd: root }).sort()) {
    const file = relative(process.cwd(), join(root, path)) || path;
    // A symlink, folder or special file is never read, whatever its name (see src/lib/content-file.ts); the
    // walk in file-kind-checks.ts reports it once, so it is only skipped here.
    if (!fileSafety(root, join(root, path)).ok) continue;
    const text = readContentFile(root, join(root, path)).toString('utf8');
    const read = spec.format === 'mdx' ? readMdx(text) : readYaml(text);
    if (read.syntaxErrors.length) {
      for (const error of read.syntaxErrors) {
        problems.push({ file, line: error.line, ...(error.field ? { field: error.field } : {}), message: error.message });
      }
      continue;
    }
    const texts = textFindings(read.data);
    if (texts.length) {
      for (const finding of texts) problems.push({ file, line: read.lineOf(finding.path), field: fieldName(finding.path), message: finding.message });
      continue;
    }
    const parsed = spec.schema.safeParse(read.data ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file, line: read.lineOf(issue.path), field: fieldName(issue.path) || undefined, message: issue.message });
      }
      continue;
    }
    entries.push({ id: spec.id(path), file, data: parsed.data, body: read.body, lineOf: read.lineOf });
  }
  return entries;
}

/**
 * Files of one collection that cannot be read or fail their schema (paths relative to `root`).
 * `npm run dev` leaves them out of Astro's content layer, so the preview still starts and shows
 * every other page, with the problems in its banner.
 */
export function invalidFiles(root: string, spec: CollectionSpec): string[] {
  return globSync(spec.pattern, { cwd: root })
    .sort()
    .filter((path) => {
      // A symlink or special file is invalid too: the preview must not read it either.
      if (!fileSafety(root, join(root, path)).ok) return true;
      const text = readContentFile(root, join(root, path)).toString('utf8');
      const read = spec.format === 'mdx' ? readMdx(text) : readYaml(text);
      return read.syntaxErrors.length > 0 || !spec.schema.safeParse(read.data ?? {}).success;
    });
}

/** Reads and validates every collection under `root`; what fails its schema is reported, not loaded. */
export function loadContent(root: string): { content: ContentSet; problems: Problem[] } {
  const problems: Problem[] = [];
  const incomplete = new Set<CollectionName>();
  const entries = Object.fromEntries(
    Object.entries(collectionSpecs).map(([name, spec]) => {
      const before = problems.length;
      const loaded = loadCollection(root, spec, problems);
      if (problems.length > before) incomplete.add(name as CollectionName);
      return [name, loaded];
    }),
  ) as ContentSet['entries'];
  return { content: { root, entries, incomplete }, problems };
}
