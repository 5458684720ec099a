/**
 * Checks an SSH server's host key against a `known_hosts` file (OpenSSH's format: plain or hashed
 * host names, `[host]:port` for another port than 22, `@revoked` lines), so `terbitkan` never sends a
 * password or a site to a server that merely claims the name.
 */
import { createHash, createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

export type HostKeyVerdict = { ok: true } | { ok: false; reason: 'unknown' | 'changed' | 'revoked' };

/** `host` as known_hosts writes it: bare for port 22, else `[host]:port`. */
export const hostPattern = (host: string, port: number) => (port === 22 ? host : `[${host}]:${port}`);

function matchesName(field: string, name: string): boolean {
  if (field.startsWith('|1|')) {
    const [, , salt, hash] = field.split('|');
    if (!salt || !hash) return false;
    return createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64') === hash;
  }
  let matched = false;
  for (const pattern of field.split(',')) {
    const negated = pattern.startsWith('!');
    const glob = new RegExp(`^${(negated ? pattern.slice(1) : pattern).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
    if (glob.test(name)) {
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
}

/** The verdict for `key` (the raw public key blob the server sent) of `host:port`. */
export function verifyHostKey(knownHosts: string, host: string, port: number, key: Buffer): HostKeyVerdict {
  const name = hostPattern(host, port);
  const offered = key.toString('base64');
  let seen = false;
  for (const raw of knownHosts.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const parts = line.split(/\s+/);
    const marker = parts[0]!.startsWith('@') ? parts.shift() : undefined;
    const [names, , blob] = parts;
    if (!names || !blob || !matchesName(names, name)) continue;
    if (marker === '@revoked' && blob === offered) return { ok: false, reason: 'revoked' };
    if (marker) continue;
    if (blob === offered) return { ok: true };
    seen = true;
  }
  return { ok: false, reason: seen ? 'changed' : 'unknown' };
}

/** `SHA256:…` as `ssh-keygen -lf` prints it. */
export const fingerprint = (key: Buffer) => `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;

/** The key type named inside an SSH public key blob (e.g. ssh-ed25519). */
export function keyType(key: Buffer): string {
  const length = key.length >= 4 ? key.readUInt32BE(0) : 0;
  return key.subarray(4, 4 + length).toString('latin1') || 'ssh';
}

/** Why the upload stopped, in Indonesian, with what to do. */
export function hostKeyMessage(verdict: Exclude<HostKeyVerdict, { ok: true }>, file: string, host: string, port: number, key: Buffer): string {
  const id = `${keyType(key)} ${fingerprint(key)}`;
  const line = `${hostPattern(host, port)} ${keyType(key)} ${key.toString('base64')}`;
  if (verdict.reason === 'changed') {
    return `Kunci server ${hostPattern(host, port)} BERBEDA dari yang tercatat di ${file}. Tidak ada yang diunggah dan sandi tidak dikirim. ` +
      `Ini terjadi bila server dipasang ulang, tetapi juga bila ada yang menyamar sebagai server. Tanyakan kepada pengelola hosting sidik jari kunci servernya; ` +
      `hanya bila sama dengan ${id}, ganti baris lama di ${file} dengan:\n    ${line}`;
  }
  if (verdict.reason === 'revoked') return `Kunci server ${hostPattern(host, port)} (${id}) ditandai dicabut (@revoked) di ${file}. Tidak ada yang diunggah.`;
  return `Server ${hostPattern(host, port)} belum dikenal: kuncinya tidak ada di ${existsSync(file) ? file : `${file} (berkas itu tidak ada)`}. Tidak ada yang diunggah dan sandi tidak dikirim. ` +
    `Tanyakan kepada pengelola hosting sidik jari kunci servernya; hanya bila sama dengan ${id}, tambahkan baris ini ke ${file} (atau ke berkas yang ditunjuk PZI_TERBIT_KNOWN_HOSTS):\n    ${line}`;
}

export function readKnownHosts(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}
