/**
 * The content check, run on what a save WOULD write, before anything is written: the same
 * `inspectContent` that `npm run check` and the build run (not a copy of its rules), over a scratch
 * copy of content/ with the saved files put in place. Only problems in the saved files count: a
 * broken entry elsewhere does not stop a clerk from saving their own.
 *
 * The scratch copy is a real copy: the check refuses hard links (a file with a second name), so
 * linking would make every copied file a problem.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { inspectContent } from '../content-check/index.ts';
import { isError, type Problem } from '../content-check/problem.ts';
import { CONTENT_FOLDER, isContentPath } from './local-guard.ts';

/** One file a save writes: its repository path (content/…) and bytes. */
export interface SavedFile {
  path: string;
  content: Buffer;
}

/** Errors the check finds in `files` once written into `repo`'s content/ (warnings are left out). */
export async function problemsOfSave(repo: string, files: readonly SavedFile[]): Promise<Problem[]> {
  const inside = files.filter((file) => isContentPath(file.path));
  if (!inside.length) return [];
  // inside .git when it is a folder (git never lists it), else the temp folder
  const gitDir = join(repo, '.git');
  const scratch = mkdtempSync(join(statSync(gitDir, { throwIfNoEntry: false })?.isDirectory() ? gitDir : tmpdir(), 'pzi-periksa-'));
  try {
    const root = join(scratch, CONTENT_FOLDER);
    cpSync(join(repo, CONTENT_FOLDER), root, { recursive: true });
    const saved = new Set<string>();
    for (const file of inside) {
      const relativePath = posix.relative(CONTENT_FOLDER, posix.normalize(file.path));
      const target = join(root, relativePath);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
      saved.add(relativePath);
    }
    const problems = await inspectContent(root);
    return problems
      .filter(isError)
      .map((problem) => ({ ...problem, file: relative(root, resolve(problem.file)).split('\\').join('/') }))
      .filter((problem) => saved.has(problem.file));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
