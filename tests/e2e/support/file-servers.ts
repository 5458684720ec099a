/**
 * Real upload servers from Debian on loopback, for `npm run terbitkan`: OpenSSH's sshd (SFTP, key
 * and password) and vsftpd (FTPS, explicit TLS, a self-signed certificate), each with its own
 * configuration, keys and port in a temporary folder, for a temporary system user whose home holds
 * the hosting's folders. Stopped (and the user removed) by `close()`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, stop } from './web-servers.ts';

export const SSHD = '/usr/sbin/sshd';
export const VSFTPD = '/usr/sbin/vsftpd';

function must(command: string, args: string[], input?: string): string {
  const result = spawnSync(command, args, { encoding: 'utf8', input });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}${result.error?.message ?? ''}`);
  return result.stdout;
}

export interface HostingUser {
  name: string;
  password: string;
  home: string;
  /** The user's SSH key pair (private key file, public key line). */
  key: string;
  publicKey: string;
  remove(): void;
}

/** A system user for the test servers (login shell /bin/sh, a fresh key pair and password). */
export function createHostingUser(): HostingUser {
  const name = `pziuji${process.pid}`;
  const tmp = mkdtempSync(path.join(tmpdir(), 'pzi-hosting-'));
  chmodSync(tmp, 0o755);
  const home = path.join(tmp, 'home');
  const password = `sandi-${Math.random().toString(36).slice(2)}`;
  spawnSync('userdel', [name]);
  must('useradd', ['--home-dir', home, '--create-home', '--shell', '/bin/sh', name]);
  must('chpasswd', [], `${name}:${password}\n`);
  chmodSync(home, 0o755);
  const keyDir = path.join(tmp, 'kunci');
  mkdirSync(keyDir);
  const key = path.join(keyDir, 'id_ed25519');
  must('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', key]);
  return {
    name,
    password,
    home,
    key,
    publicKey: readFileSync(`${key}.pub`, 'utf8').trim(),
    remove: () => {
      spawnSync('userdel', [name]);
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

export interface FileServer {
  port: number;
  /** sshd: a known_hosts file naming this server's key; vsftpd: the certificate (PEM) to trust. */
  trust: string;
  log(): string;
  close(): Promise<void>;
}

async function waitForBanner(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const { connect } = await import('node:net');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log()}`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('data', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server on ${port} did not answer:\n${log()}`);
}

/** OpenSSH's sshd with internal-sftp, accepting `user` by key and by password. */
export async function startSshd(user: HostingUser): Promise<FileServer> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'pzi-sshd-'));
  // sshd reads authorized_keys as the user
  chmodSync(tmp, 0o755);
  const port = await freePort();
  must('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(tmp, 'host_ed25519')]);
  writeFileSync(path.join(tmp, 'authorized_keys'), `${user.publicKey}\n`);
  mkdirSync('/run/sshd', { recursive: true });
  writeFileSync(
    path.join(tmp, 'sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${tmp}/host_ed25519`,
      `PidFile ${tmp}/sshd.pid`,
      `AuthorizedKeysFile ${tmp}/authorized_keys`,
      'StrictModes no',
      'PasswordAuthentication yes',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'PermitRootLogin no',
      `AllowUsers ${user.name}`,
      'Subsystem sftp internal-sftp',
      'ForceCommand internal-sftp',
      'LogLevel VERBOSE',
    ].join('\n') + '\n',
  );
  const hostKey = readFileSync(path.join(tmp, 'host_ed25519.pub'), 'utf8').trim().split(/\s+/).slice(0, 2).join(' ');
  const trust = path.join(tmp, 'known_hosts');
  writeFileSync(trust, `[127.0.0.1]:${port} ${hostKey}\n`);
  let stderr = '';
  const child = spawn(SSHD, ['-D', '-e', '-f', path.join(tmp, 'sshd_config')], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const log = () => stderr;
  await waitForBanner(port, child, log);
  return { port, trust, log, close: () => stop(child, tmp) };
}

/** vsftpd with explicit TLS required for login and data, a self-signed certificate for 127.0.0.1. */
export async function startVsftpd(user: HostingUser): Promise<FileServer> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'pzi-vsftpd-'));
  const port = await freePort();
  const passive = await freePort();
  must('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(tmp, 'key.pem'), '-out', path.join(tmp, 'cert.pem')]);
  mkdirSync('/var/run/vsftpd/empty', { recursive: true });
  writeFileSync(path.join(tmp, 'users'), `${user.name}\n`);
  writeFileSync(
    path.join(tmp, 'vsftpd.conf'),
    [
      'listen=YES',
      'listen_ipv6=NO',
      'listen_address=127.0.0.1',
      `listen_port=${port}`,
      'background=NO',
      'anonymous_enable=NO',
      'local_enable=YES',
      'write_enable=YES',
      'local_umask=022',
      'force_dot_files=YES',
      'pam_service_name=vsftpd',
      // only the test user may log in
      'userlist_enable=YES',
      'userlist_deny=NO',
      `userlist_file=${tmp}/users`,
      'seccomp_sandbox=NO',
      'secure_chroot_dir=/var/run/vsftpd/empty',
      'ssl_enable=YES',
      `rsa_cert_file=${tmp}/cert.pem`,
      `rsa_private_key_file=${tmp}/key.pem`,
      'force_local_logins_ssl=YES',
      'force_local_data_ssl=YES',
      'require_ssl_reuse=NO',
      // vsftpd's default list is 3DES only, which Node refuses: the modern TLS 1.2 ciphers a host offers
      'ssl_ciphers=HIGH',
      'pasv_enable=YES',
      'pasv_address=127.0.0.1',
      `pasv_min_port=${passive}`,
      `pasv_max_port=${passive}`,
      'xferlog_enable=NO',
      `vsftpd_log_file=${tmp}/vsftpd.log`,
    ].join('\n') + '\n',
  );
  let stderr = '';
  const child = spawn(VSFTPD, [path.join(tmp, 'vsftpd.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const log = () => stderr + (existsSync(`${tmp}/vsftpd.log`) ? readFileSync(`${tmp}/vsftpd.log`, 'utf8') : '');
  await waitForBanner(port, child, log);
  return { port, trust: path.join(tmp, 'cert.pem'), log, close: () => stop(child, tmp) };
}
