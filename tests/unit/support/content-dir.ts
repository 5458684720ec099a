import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway copy of the real `content/` folder that a test may break on purpose. */
export function copyOfContent(): { root: string; edit: (file: string, change: (text: string) => string) => void; write: (file: string, text: string) => void; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'pzi-content-'));
  cpSync('content', root, { recursive: true });
  return {
    root,
    edit: (file, change) => writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8'))),
    write: (file, text) => writeFileSync(join(root, file), text),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
