/**
 * The repository's history of the content folder, read from ONE `git log` run and parsed here.
 * Pure: `parseGitLog` turns the captured text into data; running git lives in `read-git.ts`.
 *
 * The log is asked for as `--format=%x01%H %ct -z --raw --no-renames --no-abbrev`: each commit starts
 * with \x01, its header ("<hash> <unix seconds>") ends with NUL, then every change is
 * ":<mode> <mode> <old blob> <new blob> <status>" NUL "<path>" NUL. Commit messages and authors are
 * never requested, so they cannot leak onto a page.
 */

/** The log arguments `parseGitLog` understands (after `git log`, before `--`). */
export const GIT_LOG_ARGS = ['log', '--format=%x01%H %ct', '-z', '--raw', '--no-renames', '--no-abbrev', '--no-color'] as const;

/** A = added, M = modified (also a type change), D = deleted. */
export type ChangeStatus = 'A' | 'M' | 'D';

export interface FileChange {
  status: ChangeStatus;
  /** Path relative to the repository's top level, "/" separated. */
  path: string;
  /** Blob id after the change; undefined for a deletion. */
  blob?: string;
}

export interface GitCommit {
  /** Full commit id. */
  id: string;
  /** Committer time, Unix seconds: when the change entered the history that was published. */
  time: number;
  changes: FileChange[];
}

const NULL_BLOB = /^0+$/;

/** Parses the output of `git log` run with `GIT_LOG_ARGS`, newest commit first, as git printed it. */
export function parseGitLog(text: string): GitCommit[] {
  const commits: GitCommit[] = [];
  for (const record of text.split('\x01')) {
    if (!record.trim()) continue;
    const [header = '', ...fields] = record.split('\0');
    const [id, seconds] = header.trim().split(' ');
    if (!id || !/^[0-9a-f]{40,64}$/.test(id) || !seconds || !/^\d+$/.test(seconds)) throw new Error(`git log tidak dapat dibaca: kepala commit "${header.slice(0, 80)}"`);
    const changes: FileChange[] = [];
    for (let index = 0; index + 1 < fields.length; index += 2) {
      const meta = fields[index]!.trim();
      const path = fields[index + 1]!;
      if (!meta) continue;
      // ":100644 100644 <old> <new> M"
      const parts = meta.replace(/^:/, '').split(' ');
      const newBlob = parts[3] ?? '';
      const status = (parts[4] ?? '').charAt(0);
      // T (type change) is a change of the file; C/R cannot appear with --no-renames.
      const normalised: ChangeStatus | undefined = status === 'A' ? 'A' : status === 'D' ? 'D' : status === 'M' || status === 'T' ? 'M' : undefined;
      if (!normalised) continue;
      changes.push({ status: normalised, path, ...(normalised !== 'D' && !NULL_BLOB.test(newBlob) ? { blob: newBlob } : {}) });
    }
    commits.push({ id, time: Number(seconds), changes });
  }
  return commits;
}
