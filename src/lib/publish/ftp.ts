/**
 * FTPS (explicit TLS, certificates checked as usual; PZI_TERBIT_CA adds an authority for a
 * self-signed server) through `basic-ftp`. Plain FTP only when the administrator asked for it.
 * FTP has no links and no server-side copy: the switch is two renames (src/lib/publish/release.ts).
 */
import { createReadStream, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { posix } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { rootCertificates } from 'node:tls';
import { Client, FTPError } from 'basic-ftp';
import type { Remote, RemoteEntry } from './remote.ts';
import { PublishError, type Settings } from './target.ts';

const isMissing = (error: unknown) => error instanceof FTPError && error.code === 550;

export async function connectFtp(settings: Settings): Promise<Remote> {
  const { target } = settings;
  const client = new Client(30_000);
  try {
    await client.access({
      host: target.host,
      port: target.port,
      user: target.user,
      password: settings.password,
      secure: target.protocol === 'ftps',
      secureOptions: {
        // SNI names a host, never an address (RFC 6066; Node warns otherwise)
        ...(isIP(target.host) ? {} : { servername: target.host }),
        ...(settings.caFile ? { ca: [...rootCertificates, readFileSync(settings.caFile, 'utf8')] } : {}),
      },
    });
  } catch (error) {
    client.close();
    const message = (error as Error).message;
    if (/certificate|self.signed|unable to verify|altnames|CERT_/i.test(message)) {
      throw new PublishError(`Sertifikat TLS server ${target.host} tidak bisa dipercaya (${message}). Tidak ada yang diunggah dan sandi tidak dikirim. Bila hosting memakai sertifikat sendiri, minta berkas sertifikat (CA) kepada pengelolanya dan tunjuk dengan PZI_TERBIT_CA.`);
    }
    if (error instanceof FTPError && error.code === 530) throw new PublishError(`Server ${target.host} menolak masuk sebagai "${target.user}". Periksa nama pengguna dan PZI_TERBIT_SANDI.`);
    throw new PublishError(`Tidak bisa terhubung ke ${target.host}:${target.port} (${message}). Periksa alamat, port, dan apakah hosting menyediakan FTPS (FTP dengan TLS).`);
  }
  let onBytes: ((bytes: number) => void) | undefined;
  let last = 0;
  client.trackProgress((info) => {
    onBytes?.(info.bytes - last);
    last = info.bytes;
  });
  const list = async (dir: string): Promise<RemoteEntry[]> =>
    (await client.list(dir)).filter((entry) => entry.name !== '.' && entry.name !== '..').map((entry) => ({
      name: entry.name,
      type: entry.isDirectory ? 'dir' : entry.isSymbolicLink ? 'link' : entry.isFile ? 'file' : 'other',
      size: entry.size,
    }));
  return {
    can: { symlink: false, hardlink: false, replacingRename: false },
    // one control connection: one transfer at a time
    parallel: 1,
    kind: async (path) => {
      try {
        return (await list(posix.dirname(path))).find((entry) => entry.name === posix.basename(path))?.type;
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    list,
    mkdir: async (path) => void (await client.send(`MKD ${path}`)),
    upload: async (local, remotePath, report) => {
      onBytes = report;
      last = 0;
      try {
        await client.uploadFrom(createReadStream(local), remotePath);
      } finally {
        onBytes = undefined;
      }
    },
    rename: async (from, to) => void (await client.rename(from, to)),
    removeFile: async (path) => void (await client.remove(path)),
    removeDir: async (path) => void (await client.send(`RMD ${path}`)),
    readText: async (path) => {
      const chunks: Buffer[] = [];
      try {
        await client.downloadTo(new Writable({ write: (chunk, _encoding, done) => (chunks.push(chunk), done()) }), path);
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
      return Buffer.concat(chunks).toString('utf8');
    },
    writeText: async (path, text) => void (await client.uploadFrom(Readable.from([Buffer.from(text, 'utf8')]), path)),
    symlink: () => Promise.reject(new Error('FTP has no links')),
    hardlink: () => Promise.reject(new Error('FTP has no links')),
    close: async () => client.close(),
  };
}
