import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { GIT_LOG_ARGS, parseGitLog, type GitCommit } from './git-log.ts';

/**
 * Runs git for the content history: a few quick `rev-parse` calls, ONE `git log` over the whole content
 * folder, ONE `git cat-file --batch` for the versions of the items' own files (their public titles) and,
 * only when evidence files were replaced, one more for their old versions.
 * Always an argument array (no shell), so no path or file name can become a command.
 */

export type GitHistory =
  | { available: true; commits: GitCommit[]; /** The content root relative to the repository's top, "" or ending with "/". */ prefix: string }
  | { available: false; reason: 'no-repo' | 'shallow' | 'error'; detail?: string };

const MAX_BUFFER = 512 * 1024 * 1024;
/**
 * A bound on any one git run: the whole history of years of content reads in seconds. Git opens files in
 * the content's `.git` itself; the content check refuses FIFOs and devices there before the build runs git,
 * and this ends any other stall (a network drive) with "riwayat tidak tersedia" instead of a hung build.
 */
const GIT_TIMEOUT_MS = 120_000;

function git(cwd: string, args: readonly string[], input?: Buffer): { ok: boolean; stdout: Buffer; stderr: string } {
  const result = spawnSync('git', args, {
    cwd,
    input,
    maxBuffer: MAX_BUFFER,
    timeout: GIT_TIMEOUT_MS,
    // A user's pager or colour settings must not change what is parsed.
    env: { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
  return { ok: result.status === 0 && !result.error, stdout: result.stdout ?? Buffer.alloc(0), stderr: `${result.error?.message ?? ''}${result.stderr?.toString() ?? ''}`.trim() };
}

/** The history of everything under `root` (a folder inside a git checkout), or why there is none. Two git processes. */
export function readGitHistory(root: string): GitHistory {
  // one rev-parse answers all four questions, one line each; it fails without a repository or without a commit
  const facts = git(root, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--show-prefix', 'HEAD']);
  const [inside, shallow, prefix = ''] = facts.stdout.toString('utf8').split('\n');
  if (inside !== 'true') return { available: false, reason: 'no-repo', detail: facts.stderr };
  if (!facts.ok) return { available: false, reason: 'no-repo', detail: 'belum ada commit' };
  if (shallow === 'true') return { available: false, reason: 'shallow' };
  const log = git(root, [...GIT_LOG_ARGS, 'HEAD', '--', '.']);
  if (!log.ok) return { available: false, reason: 'error', detail: log.stderr };
  return { available: true, commits: parseGitLog(log.stdout.toString('utf8')), prefix };
}

/** Each blob's bytes, read through one `git cat-file --batch` process. */
export function readBlobs(root: string, blobs: readonly string[]): Map<string, Buffer> {
  const contents = new Map<string, Buffer>();
  const wanted = [...new Set(blobs)].sort();
  if (!wanted.length) return contents;
  const result = git(root, ['cat-file', '--batch'], Buffer.from(`${wanted.join('\n')}\n`));
  if (!result.ok) throw new Error(`git cat-file gagal: ${result.stderr}`);
  const out = result.stdout;
  let offset = 0;
  while (offset < out.length) {
    const lineEnd = out.indexOf(0x0a, offset);
    if (lineEnd < 0) break;
    const [id, type, size] = out.subarray(offset, lineEnd).toString('utf8').split(' ');
    if (type === 'missing' || !size) throw new Error(`Berkas lama ${id} tidak ada di repositori (klon tidak lengkap?).`);
    const start = lineEnd + 1;
    const end = start + Number(size);
    contents.set(id!, out.subarray(start, end));
    offset = end + 1;
  }
  return contents;
}

/** SHA-256 of each blob's bytes (one `git cat-file --batch` process). */
export function hashBlobs(root: string, blobs: readonly string[]): Map<string, string> {
  return new Map([...readBlobs(root, blobs)].map(([id, bytes]) => [id, createHash('sha256').update(bytes).digest('hex')]));
}
