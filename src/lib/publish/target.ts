/**
 * Where `npm run terbitkan` publishes, and with what: read from the environment (and the committed
 * settings file `terbitkan.yaml`, which holds no secret; the environment wins).
 *
 *   PZI_TERBIT_TUJUAN        sftp://user@host:port/path  or  ftps://user@host:port/path  (path = the served folder)
 *   PZI_TERBIT_KUNCI         path of an SSH private key (SFTP)
 *   PZI_TERBIT_SANDI         password (SFTP or FTPS)
 *   PZI_TERBIT_KNOWN_HOSTS   a known_hosts file (SFTP; default ~/.ssh/known_hosts)
 *   PZI_TERBIT_CA            a PEM file of extra certificate authorities (FTPS; for a self-signed server)
 *   PZI_TERBIT_ALAMAT        the public address to verify (default: the confirmed portal address)
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { resolvePortal } from '../portal.ts';

export class PublishError extends Error {}

export type Protocol = 'sftp' | 'ftps' | 'ftp';

export interface Target {
  protocol: Protocol;
  host: string;
  port: number;
  user: string;
  /** Absolute path of the folder the web server serves (e.g. /home/kpu/public_html). */
  path: string;
  /** The target as printed (never with a secret). */
  label: string;
}

export interface Settings {
  target: Target;
  keyFile?: string;
  password?: string;
  knownHosts: string;
  caFile?: string;
  /** Public address of the site, ending in "/". */
  address: string;
}

export const SETTINGS_FILE = 'terbitkan.yaml';
const DEFAULT_PORTS: Record<Protocol, number> = { sftp: 22, ftps: 21, ftp: 21 };

export function parseTarget(text: string, allowPlainFtp: boolean): Target {
  const where = 'PZI_TERBIT_TUJUAN';
  if (!URL.canParse(text)) throw new PublishError(`${where} "${text}" bukan alamat. Tulis seperti sftp://pengguna@server.example.go.id:22/home/pengguna/public_html atau ftps://pengguna@server/public_html.`);
  const url = new URL(text);
  const protocol = url.protocol.replace(/:$/, '') as Protocol;
  if (!(protocol in DEFAULT_PORTS)) throw new PublishError(`${where}: protokol "${url.protocol}" tidak didukung. Yang boleh: sftp:// atau ftps:// (ftp:// tanpa enkripsi hanya dengan --ftp-tanpa-enkripsi).`);
  if (protocol === 'ftp' && !allowPlainFtp) throw new PublishError(`${where}: ftp:// mengirim sandi dan berkas tanpa enkripsi; siapa pun di jaringan bisa membacanya. Pakai ftps:// (FTP dengan TLS), atau bila hosting benar-benar tidak menyediakannya, jalankan dengan --ftp-tanpa-enkripsi.`);
  if (url.password) throw new PublishError(`${where} berisi sandi. Sandi tidak pernah ditulis di alamat (alamat bisa tercetak di log); hapus bagian ":sandi" dan isi PZI_TERBIT_SANDI.`);
  if (!url.username) throw new PublishError(`${where} "${text}" tidak menyebut nama pengguna. Tulis seperti ${protocol}://pengguna@${url.hostname || 'server'}/public_html.`);
  const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
  if (!path || path === '/') throw new PublishError(`${where}: folder tujuan kosong atau "/". Tulis folder yang disajikan server web, mis. ${protocol}://${url.username}@${url.hostname}/home/${url.username}/public_html.`);
  const port = url.port ? Number(url.port) : DEFAULT_PORTS[protocol];
  return { protocol, host: url.hostname.replace(/^\[|\]$/g, ''), port, user: decodeURIComponent(url.username), path, label: `${protocol}://${url.username}@${url.host}${path}` };
}

/** The committed settings file: only `tujuan` and `alamat`; a secret there is refused. */
function readSettingsFile(root: string): { tujuan?: string; alamat?: string } {
  const file = join(root, SETTINGS_FILE);
  if (!existsSync(file)) return {};
  const data = parseYaml(readFileSync(file, 'utf8')) ?? {};
  const unknown = Object.keys(data).filter((key) => !['tujuan', 'alamat'].includes(key));
  if (unknown.length) throw new PublishError(`${SETTINGS_FILE}: kunci ${unknown.map((k) => `"${k}"`).join(', ')} tidak dikenal. Yang boleh hanya "tujuan" dan "alamat"; sandi dan kunci SSH hanya lewat PZI_TERBIT_SANDI dan PZI_TERBIT_KUNCI, tidak pernah di repositori.`);
  return data;
}

/** The confirmed portal address from the content's unit.yaml, if any. */
function portalAddress(contentRoot: string): string | undefined {
  try {
    return resolvePortal(parseYaml(readFileSync(join(contentRoot, 'unit.yaml'), 'utf8'))?.portal).url;
  } catch {
    return undefined;
  }
}

export function readSettings(env: NodeJS.ProcessEnv, options: { root: string; contentRoot: string; allowPlainFtp: boolean }): Settings {
  const file = readSettingsFile(options.root);
  const tujuan = env.PZI_TERBIT_TUJUAN?.trim() || file.tujuan;
  if (!tujuan) throw new PublishError(`Tujuan belum diatur. Isi PZI_TERBIT_TUJUAN (mis. sftp://pengguna@server:22/home/pengguna/public_html) atau "tujuan" di ${SETTINGS_FILE}.`);
  const target = parseTarget(tujuan, options.allowPlainFtp);
  const keyFile = env.PZI_TERBIT_KUNCI?.trim() || undefined;
  const password = env.PZI_TERBIT_SANDI || undefined;
  if (keyFile && !existsSync(keyFile)) throw new PublishError(`PZI_TERBIT_KUNCI menunjuk ke "${keyFile}", yang tidak ada. Isi dengan path berkas kunci SSH pribadi (mis. C:\\Users\\nama\\.ssh\\id_ed25519).`);
  if (target.protocol === 'sftp' && !keyFile && !password) throw new PublishError('Tidak ada kunci atau sandi untuk SFTP. Isi PZI_TERBIT_KUNCI (path kunci SSH pribadi) atau PZI_TERBIT_SANDI.');
  if (target.protocol !== 'sftp' && !password) throw new PublishError('Tidak ada sandi untuk FTP. Isi PZI_TERBIT_SANDI.');
  const address = env.PZI_TERBIT_ALAMAT?.trim() || file.alamat || portalAddress(options.contentRoot);
  if (!address) throw new PublishError('Alamat publik situs tidak diketahui, jadi hasil unggahan tidak bisa diperiksa. Isi PZI_TERBIT_ALAMAT (mis. https://zi.kpu-magelang.go.id/) atau konfirmasi portal.url di content/unit.yaml.');
  if (!URL.canParse(address) || !/^https?:$/.test(new URL(address).protocol)) throw new PublishError(`PZI_TERBIT_ALAMAT "${address}" bukan alamat http(s).`);
  const caFile = env.PZI_TERBIT_CA?.trim() || undefined;
  if (caFile && !existsSync(caFile)) throw new PublishError(`PZI_TERBIT_CA menunjuk ke "${caFile}", yang tidak ada.`);
  return {
    target,
    keyFile,
    password,
    knownHosts: env.PZI_TERBIT_KNOWN_HOSTS?.trim() || join(homedir(), '.ssh', 'known_hosts'),
    caFile,
    address: new URL(address).href.replace(/\/?$/, '/'),
  };
}
