/**
 * The build record every site carries at `/data/versi.json`: which content it was built from, so
 * `npm run terbitkan` (and the CMS) can tell what is live. The contract:
 *
 *   { "dibangun": ISO 8601 time, "isi": sha256 hex of the content, "commit": git sha | null,
 *     "entri": { "<path under the content root>": sha256 hex of that file's bytes } }
 *
 * `entri` names only what the site publishes: the files the content collections read and the
 * evidence files the build copied. `isi` is the digest of that list (path and digest per line), so
 * two builds of the same content carry the same `isi` whatever the code.
 *
 * `dibangun` must keep a build byte for byte repeatable (tests/e2e/deterministic-build.test.ts): it
 * is the committer time of the newest commit that touched the content root, not the clock. Without
 * git history it is the newest modification time of a published file (same files, same time).
 */
import { spawnSync } from 'node:child_process';
import { globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { collectionSpecs } from '../../schemas/collections.ts';
import { sha256Hex } from '../evidence/facts.ts';

export interface BuildRecord {
  dibangun: string;
  isi: string;
  commit: string | null;
  entri: Record<string, string>;
}

export const BUILD_RECORD_PATH = 'data/versi.json';

const sha256 = (bytes: Uint8Array | string) => sha256Hex(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);

/** Digest of a set of entries: one `path NUL digest` line each, sorted by path. */
export function contentDigest(entries: Readonly<Record<string, string>>): string {
  return sha256(Object.keys(entries).sort().map((path) => `${path}\0${entries[path]}\n`).join(''));
}

/** Paths (relative to `root`) of the files the content collections read. */
export function collectionFiles(root: string): string[] {
  return Object.values(collectionSpecs).flatMap((spec) => globSync(spec.pattern, { cwd: root }));
}

/** Evidence files a build copied: `<year>/bukti/berkas/<name>` in the output is `<year>/bukti/<name>` in the content. */
export function publishedEvidenceFiles(outDir: string): string[] {
  return globSync('[0-9][0-9][0-9][0-9]/bukti/berkas/*', { cwd: outDir }).map((path) => path.replace('/bukti/berkas/', '/bukti/'));
}

function git(cwd: string, args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_PAGER: 'cat', LC_ALL: 'C' } });
  return result.status === 0 ? result.stdout.trim() || undefined : undefined;
}

/** Commit and content time from git; the commit only when the content root has no uncommitted change. */
function gitFacts(root: string): { commit: string | null; time?: string } {
  // the history feature reads the whole log once; this needs only the newest content commit's time
  const time = git(root, ['rev-list', '-1', '--no-commit-header', '--format=%cI', 'HEAD', '--', '.']);
  const head = git(root, ['rev-parse', 'HEAD']);
  const dirty = git(root, ['status', '--porcelain', '--untracked-files=all', '--', '.']);
  return { commit: head && !dirty ? head : null, time };
}

/** The record for content at `root` published into `outDir`. */
export function buildRecord(root: string, outDir: string): BuildRecord {
  const paths = [...new Set([...collectionFiles(root), ...publishedEvidenceFiles(outDir)])].sort();
  const entri = Object.fromEntries(paths.map((path) => [path, sha256(readFileSync(join(root, path)))]));
  const { commit, time } = gitFacts(root);
  const newest = Math.max(0, ...paths.map((path) => Math.floor(statSync(join(root, path)).mtimeMs / 1000) * 1000));
  return { dibangun: time ?? new Date(newest).toISOString(), isi: contentDigest(entri), commit, entri };
}

/** The record as published (stable key order, one entry per line). */
export function serialiseRecord(record: BuildRecord): string {
  return `${JSON.stringify({ dibangun: record.dibangun, isi: record.isi, commit: record.commit, entri: record.entri }, null, 1)}\n`;
}
