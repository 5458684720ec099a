import { createHash } from 'node:crypto';
import { globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file of a built site with the SHA-256 of its bytes: equal means the same site, byte for byte. */
export function siteDigest(dir: string): Record<string, string> {
  return Object.fromEntries(
    globSync('**/*', { cwd: dir })
      .filter((path) => statSync(join(dir, path)).isFile())
      .sort()
      .map((path) => [path, createHash('sha256').update(readFileSync(join(dir, path))).digest('hex')]),
  );
}
