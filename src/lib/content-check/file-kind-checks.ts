import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentSet } from './load.ts';
import type { Problem } from './problem.ts';
import { fileSafetyMessage } from '../content-file.ts';

/**
 * The content folder holds only regular files and folders. A symlink anywhere (to a file or to a
 * folder such as `bukti/`), a FIFO, socket or device is an error, wherever it is: the build's own
 * file finder might follow it even where no check reads it. Walks with `readdir` file types, which
 * never follow links.
 */
export function checkFileKinds(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      const shown = relative(process.cwd(), path) || path;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== '.git') walk(path);
      } else if (entry.isSymbolicLink()) {
        problems.push({ file: shown, message: fileSafetyMessage('symlink', entry.name, content.root) });
      } else if (!entry.isFile()) {
        problems.push({ file: shown, message: fileSafetyMessage('special', entry.name, content.root) });
      }
    }
  };
  walk(content.root);
  return problems;
}
