/**
 * What `terbitkan` needs from a server, whatever the protocol (src/lib/publish/sftp.ts, ftp.ts).
 * Paths are absolute POSIX paths on the server.
 */
export interface RemoteEntry {
  name: string;
  type: 'file' | 'dir' | 'link' | 'other';
  size: number;
}

export interface Remote {
  /** What the server allows beyond plain files: links make the switch one atomic step. */
  readonly can: { symlink: boolean; hardlink: boolean; replacingRename: boolean };
  /** How many files may be in flight at once on this connection. */
  readonly parallel: number;
  /** Type of `path` without following a link, or undefined when it does not exist. */
  kind(path: string): Promise<RemoteEntry['type'] | undefined>;
  list(dir: string): Promise<RemoteEntry[]>;
  mkdir(path: string): Promise<void>;
  /** Sends `local` to `remote`, reporting each chunk's size. */
  upload(local: string, remote: string, onBytes: (bytes: number) => void): Promise<void>;
  /** Renames; replaces an existing file or link at `to` only when `can.replacingRename`. */
  rename(from: string, to: string): Promise<void>;
  removeFile(path: string): Promise<void>;
  removeDir(path: string): Promise<void>;
  readText(path: string): Promise<string | undefined>;
  writeText(path: string, text: string): Promise<void>;
  symlink(target: string, path: string): Promise<void>;
  hardlink(existing: string, path: string): Promise<void>;
  close(): Promise<void>;
}

/** Removes a folder and everything in it. */
export async function removeTree(remote: Remote, dir: string): Promise<void> {
  for (const entry of await remote.list(dir)) {
    const path = `${dir}/${entry.name}`;
    if (entry.type === 'dir') await removeTree(remote, path);
    else await remote.removeFile(path);
  }
  await remote.removeDir(dir);
}

/** Every file under `dir` as relative path → size (links and other entries are not followed). */
export async function listTree(remote: Remote, dir: string, prefix = ''): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  for (const entry of await remote.list(dir)) {
    if (entry.type === 'dir') for (const [path, size] of await listTree(remote, `${dir}/${entry.name}`, `${prefix}${entry.name}/`)) files.set(path, size);
    else if (entry.type === 'file') files.set(`${prefix}${entry.name}`, entry.size);
  }
  return files;
}

/** Creates `path` and its missing parents (each folder asked once per run). */
export function folderMaker(remote: Remote): (path: string) => Promise<void> {
  // one promise per folder, so files uploaded side by side never create the same folder twice
  const made = new Map<string, Promise<void>>();
  const make = (path: string): Promise<void> => {
    if (path === '' || path === '/') return Promise.resolve();
    let pending = made.get(path);
    if (!pending) {
      pending = (async () => {
        await make(path.slice(0, path.lastIndexOf('/')));
        if ((await remote.kind(path)) === undefined) await remote.mkdir(path);
      })();
      made.set(path, pending);
    }
    return pending;
  };
  return make;
}
