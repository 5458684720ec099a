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

/** TLS failures of a transfer that a fresh connection gets past (a server dropping its TLS state). */
const isTlsDrop = (error: unknown) => /SSL routines|alert|bad record|ECONNRESET|socket hang up/i.test((error as Error)?.message ?? '');
/** Transfers tried on a fresh connection after a TLS drop, as desktop FTP clients do. */
const RETRIES = 2;

async function open(settings: Settings): Promise<Client> {
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
        // FTP servers that keep their TLS state apart per process (vsftpd 3.0.3, older proftpd and
        // pure-ftpd) break uploads under TLS 1.3's post-handshake messages: a long upload stops with
        // "decode error" or "bad record type". TLS 1.2 with the server's modern ciphers does far less.
        maxVersion: 'TLSv1.2',
        ...(settings.caFile ? { ca: [...rootCertificates, readFileSync(settings.caFile, 'utf8')] } : {}),
      },
    });
    return client;
  } catch (error) {
    client.close();
    const message = (error as Error).message;
    if (/certificate|self.signed|unable to verify|altnames|CERT_/i.test(message)) {
      throw new PublishError(`Sertifikat TLS server ${target.host} tidak bisa dipercaya (${message}). Tidak ada yang diunggah dan sandi tidak dikirim. Bila hosting memakai sertifikat sendiri, minta berkas sertifikat (CA) kepada pengelolanya dan tunjuk dengan PZI_TERBIT_CA.`);
    }
    if (error instanceof FTPError && error.code === 530) throw new PublishError(`Server ${target.host} menolak masuk sebagai "${target.user}". Periksa nama pengguna dan PZI_TERBIT_SANDI.`);
    throw new PublishError(`Tidak bisa terhubung ke ${target.host}:${target.port} (${message}). Periksa alamat, port, dan apakah hosting menyediakan FTPS (FTP dengan TLS).`);
  }
}

export async function connectFtp(settings: Settings): Promise<Remote> {
  let client = await open(settings);
  let onBytes: ((bytes: number) => void) | undefined;
  let last = 0;
  const track = (c: Client) =>
    c.trackProgress((info) => {
      onBytes?.(info.bytes - last);
      last = info.bytes;
    });
  track(client);
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
        // a server that drops the TLS session mid-transfer (vsftpd does, now and then, on long uploads)
        // leaves a half-written .part file: the file is sent whole again on a fresh connection, and the
        // published release is checked against its build record at the end anyway
        for (let attempt = 0; ; attempt++) {
          try {
            await client.uploadFrom(createReadStream(local), remotePath);
            return;
          } catch (error) {
            if (attempt >= RETRIES || !isTlsDrop(error)) throw error;
            report(-last);
            last = 0;
            client.close();
            client = await open(settings);
            track(client);
          }
        }
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
