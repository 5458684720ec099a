/**
 * SFTP through `ssh2`: the server's host key is checked against known_hosts before any secret is
 * sent; OpenSSH's extensions give a replacing rename (posix-rename) and hard links, so a switch is one
 * atomic step and unchanged files are linked on the server instead of sent again.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Client, type SFTPWrapper } from 'ssh2';
import { hostKeyMessage, readKnownHosts, verifyHostKey } from './known-hosts.ts';
import type { Remote, RemoteEntry } from './remote.ts';
import { PublishError, type Settings } from './target.ts';

const S_IFMT = 0o170000;
const typeOf = (mode: number): RemoteEntry['type'] =>
  (mode & S_IFMT) === 0o040000 ? 'dir' : (mode & S_IFMT) === 0o100000 ? 'file' : (mode & S_IFMT) === 0o120000 ? 'link' : 'other';

const NO_SUCH_FILE = 2;

function call<T>(run: (done: (error: Error | null | undefined, value?: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value as T))));
}

export async function connectSftp(settings: Settings): Promise<Remote> {
  const { target } = settings;
  const knownHosts = readKnownHosts(settings.knownHosts);
  const client = new Client();
  let refused: string | undefined;
  await new Promise<void>((resolve, reject) => {
    client.once('ready', resolve);
    client.once('error', (error: Error & { level?: string }) => {
      if (refused) return reject(new PublishError(refused));
      if (error.level === 'client-authentication') return reject(new PublishError(`Server ${target.host} menolak masuk sebagai "${target.user}" (${settings.keyFile ? 'kunci PZI_TERBIT_KUNCI' : 'sandi PZI_TERBIT_SANDI'}). Periksa nama pengguna dan ${settings.keyFile ? 'kuncinya (kunci publiknya harus ada di ~/.ssh/authorized_keys di server)' : 'sandinya'}.`));
      reject(new PublishError(`Tidak bisa terhubung ke ${target.host}:${target.port} (${error.message}). Periksa alamat, port, dan jaringan.`));
    });
    client.connect({
      host: target.host,
      port: target.port,
      username: target.user,
      ...(settings.keyFile ? { privateKey: readFileSync(settings.keyFile) } : {}),
      ...(settings.password ? { password: settings.password } : {}),
      readyTimeout: 20_000,
      hostVerifier: (key: Buffer) => {
        const verdict = verifyHostKey(knownHosts, target.host, target.port, key);
        if (!verdict.ok) refused = hostKeyMessage(verdict, settings.knownHosts, target.host, target.port, key);
        return verdict.ok;
      },
    });
  });
  const sftp = await call<SFTPWrapper>((done) => client.sftp(done));
  const extensions = (sftp as unknown as { _extensions: Record<string, string> })._extensions ?? {};
  const can = {
    symlink: true,
    hardlink: 'hardlink@openssh.com' in extensions,
    replacingRename: 'posix-rename@openssh.com' in extensions,
  };
  const remote: Remote = {
    can,
    parallel: 8,
    kind: async (path) => {
      try {
        return typeOf((await call<{ mode: number }>((done) => sftp.lstat(path, done))).mode);
      } catch (error) {
        if ((error as { code?: number }).code === NO_SUCH_FILE) return undefined;
        throw error;
      }
    },
    list: async (dir) =>
      (await call<{ filename: string; attrs: { mode: number; size: number } }[]>((done) => sftp.readdir(dir, done)))
        .filter((entry) => entry.filename !== '.' && entry.filename !== '..')
        .map((entry) => ({ name: entry.filename, type: typeOf(entry.attrs.mode), size: entry.attrs.size })),
    mkdir: (path) => call((done) => sftp.mkdir(path, done)),
    upload: async (local, remotePath, onBytes) => {
      const source = createReadStream(local);
      source.on('data', (chunk) => onBytes(chunk.length));
      await pipeline(source, sftp.createWriteStream(remotePath));
    },
    rename: (from, to) => call((done) => (can.replacingRename ? sftp.ext_openssh_rename(from, to, done) : sftp.rename(from, to, done))),
    removeFile: (path) => call((done) => sftp.unlink(path, done)),
    removeDir: (path) => call((done) => sftp.rmdir(path, done)),
    readText: async (path) => {
      try {
        return (await call<Buffer>((done) => sftp.readFile(path, done))).toString('utf8');
      } catch (error) {
        if ((error as { code?: number }).code === NO_SUCH_FILE) return undefined;
        throw error;
      }
    },
    writeText: (path, text) => call((done) => sftp.writeFile(path, text, done)),
    symlink: (target, path) => call((done) => sftp.symlink(target, path, done)),
    hardlink: (existing, path) => call((done) => sftp.ext_openssh_hardlink(existing, path, done)),
    close: async () => {
      sftp.end();
      client.end();
    },
  };
  return remote;
}
