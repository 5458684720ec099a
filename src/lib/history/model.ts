import type { ChangeStatus, GitCommit } from './git-log.ts';

/**
 * The content history as pages use it: commits that touched content, newest first, with paths relative
 * to the content root, and per file when it was added, last changed and which versions it had. Pure.
 */

/** A commit as the site may publish it: its short id and when (never its message or author). */
export interface CommitRef {
  /** First 7 hex digits of the commit id. */
  id: string;
  /** Committer time, Unix seconds. */
  time: number;
  /** Committer day in Western Indonesia Time (WIB, UTC+7), YYYY-MM-DD. */
  date: string;
  /** Position from the oldest content commit (0): orders commits with the same second. */
  order: number;
}

export interface ContentChange {
  status: ChangeStatus;
  /** Path relative to the content root, e.g. "2022/bukti/notulen.yaml". */
  path: string;
  blob?: string;
}

export interface ContentCommit extends CommitRef {
  changes: ContentChange[];
}

export type ContentHistory =
  | { available: true; /** Newest first. */ commits: ContentCommit[] }
  | { available: false; reason: 'no-repo' | 'shallow' | 'error' };

/** One version of a file: its blob and the commits between which it was the file in the history. */
export interface FileVersion {
  blob: string;
  from: CommitRef;
  /** The commit that replaced or removed it; undefined while it is the current version. */
  until?: CommitRef;
}

export interface FileHistory {
  /** The first commit that added the file. */
  added?: CommitRef;
  /** The newest commit that added, changed or removed it. */
  changed: CommitRef;
  /** Oldest first. */
  versions: FileVersion[];
}

const WIB_OFFSET_SECONDS = 7 * 3600;

/** Unix seconds → the calendar day in WIB. */
export function wibDate(seconds: number): string {
  return new Date((seconds + WIB_OFFSET_SECONDS) * 1000).toISOString().slice(0, 10);
}

export const SHORT_ID_LENGTH = 7;

/**
 * Keeps the commits that touched the content root (`prefix`, relative to the repository top), with paths
 * made relative to it; newest first by committer time, git's own order breaking ties, so the result is
 * fixed for a given commit.
 */
export function contentCommits(commits: readonly GitCommit[], prefix: string): ContentCommit[] {
  const kept = commits
    .map((commit, index) => ({
      commit,
      index,
      changes: commit.changes
        .filter((change) => change.path.startsWith(prefix))
        .map((change) => ({ status: change.status, path: change.path.slice(prefix.length), ...(change.blob ? { blob: change.blob } : {}) })),
    }))
    .filter((entry) => entry.changes.length > 0)
    .sort((a, b) => b.commit.time - a.commit.time || a.index - b.index);
  return kept.map(({ commit, changes }, position) => ({
    id: commit.id.slice(0, SHORT_ID_LENGTH),
    time: commit.time,
    date: wibDate(commit.time),
    order: kept.length - 1 - position,
    changes,
  }));
}

/** Just the reference part of a commit (what files and items carry). */
export function commitRef(commit: CommitRef): CommitRef {
  return { id: commit.id, time: commit.time, date: commit.date, order: commit.order };
}

/** Every path's history (deleted paths included), from commits newest first. */
export function fileHistories(commits: readonly ContentCommit[]): Map<string, FileHistory> {
  const files = new Map<string, FileHistory>();
  for (let index = commits.length - 1; index >= 0; index--) {
    const commit = commits[index]!;
    const ref = commitRef(commit);
    for (const change of commit.changes) {
      let file = files.get(change.path);
      if (!file) {
        file = { changed: ref, versions: [] };
        files.set(change.path, file);
      }
      file.changed = ref;
      if (change.status === 'A') file.added ??= ref;
      const current = file.versions.at(-1);
      if (current && !current.until) {
        // A mode change keeps the bytes: the same version stays online.
        if (change.status !== 'D' && current.blob === change.blob) continue;
        current.until = ref;
      }
      if (change.status !== 'D' && change.blob) file.versions.push({ blob: change.blob, from: ref });
    }
  }
  return files;
}

/** The newest commit that touched a path `matches` accepts (removals count: they change the page too). */
export function lastChange(commits: readonly ContentCommit[], matches: (path: string) => boolean): CommitRef | undefined {
  const commit = commits.find((candidate) => candidate.changes.some((change) => matches(change.path)));
  return commit ? commitRef(commit) : undefined;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
