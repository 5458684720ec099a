import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentSet } from './load.ts';
import type { Problem } from './problem.ts';
import { fileSafetyMessage } from '../content-file.ts';

/** Folders whose links the check does not judge (a package folder has many); special files there are still refused. */
const TOOL_FOLDERS = new Set(['node_modules', '.git']);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The name as bytes say it in UTF-8, or undefined when it is not UTF-8 (a name saved by an old Windows tool or a ZIP). */
function nameOf(bytes: Buffer): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The content folder holds only regular files and folders with UTF-8 names. A symlink anywhere (to a file
 * or to a folder such as `bukti/`), a FIFO, socket or device is an error, wherever it is: the build's own
 * file finder might follow it even where no check reads it, and git reads `.git/` (a FIFO there hung the
 * build). Walks with `readdir` file types and byte names, which never follow links nor open files.
 */
export function checkFileKinds(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const walk = (folder: string, inTool: boolean) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      return;
    }
    for (const entry of entries) {
      const name = nameOf(entry.name);
      if (name === undefined) {
        const shown = relative(process.cwd(), join(folder, entry.name.toString('latin1'))) || folder;
        problems.push({ file: shown, message: `Nama berkas atau folder "${entry.name.toString('utf8')}" di ${relative(process.cwd(), folder) || folder}/ bukan teks UTF-8 (biasanya nama dengan huruf khusus dari program lama atau berkas ZIP), jadi tidak dapat dibaca dengan pasti. Ganti namanya dengan huruf kecil a–z, angka dan tanda hubung.` });
        continue;
      }
      const path = join(folder, name);
      const shown = relative(process.cwd(), path) || path;
      if (entry.isDirectory()) walk(path, inTool || TOOL_FOLDERS.has(name));
      else if (entry.isSymbolicLink()) {
        if (!inTool) problems.push({ file: shown, message: fileSafetyMessage('symlink', name, content.root) });
      } else if (!entry.isFile()) {
        problems.push({ file: shown, message: fileSafetyMessage('special', name, content.root) });
      }
    }
  };
  walk(content.root, false);
  return problems;
}
