/**
 * The local proxy's gate: decap-server (`npm run cms`) reads and writes any path of the repository
 * it is given, so every request passes through here first and is refused unless each path it names
 * lies inside `content/`. Pure: the server that applies it is `local-proxy.ts`.
 */
import { posix } from 'node:path';

/** The only folder the editor may read or write (entries, and the files uploaded beside them). */
export const CONTENT_FOLDER = 'content';

/** Request parameters of decap-server's API that name a file or folder of the repository. */
const PATH_KEYS = new Set(['path', 'newPath', 'folder', 'mediaFolder', 'paths']);

/** Every repository path a decap-server request names, at any depth of its parameters. */
export function requestPaths(body: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      if (key && PATH_KEYS.has(key)) found.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, key === 'paths' ? key : undefined);
    } else if (value && typeof value === 'object') {
      for (const [name, child] of Object.entries(value)) visit(child, name);
    }
  };
  visit((body as { params?: unknown } | null)?.params);
  return found;
}

/** Whether `path` (as the CMS writes it: relative, forward slashes) stays inside content/. */
export function isContentPath(path: string): boolean {
  if (!path || path.includes('\\') || path.includes('\0') || posix.isAbsolute(path)) return false;
  const normal = posix.normalize(path);
  return normal === CONTENT_FOLDER || normal.startsWith(`${CONTENT_FOLDER}/`);
}

/** The paths of a request that lie outside content/ (empty: the request may pass). */
export function refusedPaths(body: unknown): string[] {
  return requestPaths(body).filter((path) => !isContentPath(path));
}
