/**
 * `npm run terbitkan` against real servers from Debian on loopback, started and stopped here:
 * OpenSSH's sshd (SFTP, with a key and with a password), vsftpd (FTPS, explicit TLS, a self-signed
 * certificate trusted through PZI_TERBIT_CA) and Apache serving the uploaded folder as shared hosting
 * does (AllowOverride All; every rule comes from the build's .htaccess).
 *
 * Two releases, no build of their own: A is the suite's demo build (global-setup.ts); B is A after one
 * note changed: a copy with that note's page and the build record (/data/versi.json, computed by the
 * build's own code from the edited content) changed. What the uploader sees is files and their bytes;
 * that a rebuild of unchanged content gives the same bytes is tests/e2e/deterministic-build.test.ts.
 * - SFTP, key: A replaces the host's own folder; pages load through Apache in Chromium with zero CSP
 *   violations; types, headers and the site's 404 hold; the Tayang line matches /data/versi.json.
 * - SFTP, password: B sends exactly the files that differ from A (the rest are linked on the server);
 *   `--kembali` brings back A byte for byte.
 * - FTPS: A published, then B killed midway: Apache still serves A byte for byte; the next run resumes
 *   and completes (FTP has no links: every file of a new release is sent); `--kembali` brings back A.
 * - An unknown or changed host key, and an untrusted certificate, stop before anything is sent.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openTab } from './support/browser.ts';
import { pagePolicyProblems, recordViolations } from './support/csp.ts';
import { createHostingUser, SSHD, startSshd, startVsftpd, VSFTPD, type FileServer, type HostingUser } from './support/file-servers.ts';
import { BUILD_RECORD_PATH, buildRecord, serialiseRecord } from '../../src/lib/publish/build-record.ts';
import { readBuild } from '../../src/lib/publish/release.ts';
import { httpFailures } from './support/http-checks.ts';
import { listPages } from './support/pages.ts';
import { variant } from './support/variants.ts';
import { APACHE, startSharedApache, type WebServer } from './support/web-servers.ts';

const DEMO = variant('demo');
const AVAILABLE = [SSHD, VSFTPD, APACHE].every((file) => existsSync(file)) && process.getuid?.() === 0 && DEMO !== undefined;
const BASE = '/zi/';
/** The project's Node (24, type stripping), as `npm run` uses it. */
const NODE = existsSync('node_modules/.bin/node') ? path.resolve('node_modules/.bin/node') : process.execPath;
/** Every file (dot-files included: the .htaccess is part of the site) with the SHA-256 of its bytes. */
const siteDigest = (dir: string) => Object.fromEntries(Object.entries(readBuild(dir).files).map(([file, [, sha]]) => [file, sha]));
const NOTE = '2022/catatan/2022-07-sosialisasi-wbs.mdx';
const NOTE_PAGE = 'kemajuan/2022-07-sosialisasi-wbs/index.html';
const SENTENCE = 'Peserta menerima salinan materi.';

/**
 * Release B in `b`: the build in `a` after one note of `content` gained a sentence. The note's page
 * gets the paragraph; the build record is what the build writes for the edited content.
 */
function withOneNoteChanged(a: string, content: string, b: string, scratch: string): void {
  cpSync(a, b, { recursive: true });
  const page = path.join(b, NOTE_PAGE);
  const html = readFileSync(page, 'utf8');
  expect(html.split('</article>')).toHaveLength(2);
  writeFileSync(page, html.replace('</article>', `<p>${SENTENCE}</p></article>`));
  const edited = path.join(scratch, 'isi');
  cpSync(content, edited, { recursive: true });
  writeFileSync(path.join(edited, NOTE), `${readFileSync(path.join(edited, NOTE), 'utf8').trimEnd()}\n\n${SENTENCE}\n`);
  writeFileSync(path.join(b, BUILD_RECORD_PATH), serialiseRecord(buildRecord(edited, b)));
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function terbitkan(env: Record<string, string>, args: string[], onStderr?: (text: string, kill: () => void) => void): Promise<Run> {
  return new Promise((resolve) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('PZI_TERBIT_')));
    // stdin closed: no terminal, so it must ask nothing
    const child = spawn(NODE, ['scripts/terbitkan.ts', '--tanpa-build', ...args], { env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      onStderr?.(stderr, () => child.kill('SIGKILL'));
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? -1 : 0), stdout, stderr }));
  });
}

const counts = (stdout: string) => {
  const match = /Terunggah: (\d+) berkas dikirim .*?, (\d+) berkas sama .*?, (\d+) berkas sudah/.exec(stdout);
  return match ? { sent: Number(match[1]), linked: Number(match[2]), resumed: Number(match[3]) } : undefined;
};

/** The Tayang line must name the address and the version and date /data/versi.json carries. */
async function tayangProblems(run: Run, address: string): Promise<string[]> {
  const line = /^Tayang: (\S+) \(versi ([0-9a-f]{12}), (\S+)\)$/m.exec(run.stdout);
  if (!line) return [`no Tayang line in:\n${run.stdout}\n${run.stderr}`];
  const record = (await (await fetch(`${address}data/versi.json`)).json()) as { isi: string; dibangun: string };
  const problems: string[] = [];
  if (line[1] !== address) problems.push(`Tayang address ${line[1]}, expected ${address}`);
  if (record.isi.slice(0, 12) !== line[2]) problems.push(`Tayang version ${line[2]}, versi.json ${record.isi}`);
  if (record.dibangun !== line[3]) problems.push(`Tayang date ${line[3]}, versi.json ${record.dibangun}`);
  return problems;
}

function differing(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((file) => a[file] !== b[file] && b[file] !== undefined);
}

describe.skipIf(!AVAILABLE)('npm run terbitkan to real servers', () => {
  let tmp: string;
  let user: HostingUser;
  let sshd: FileServer;
  let ftp: FileServer;
  let sftpSite: WebServer;
  let ftpSite: WebServer;
  const builds = { a: '', b: '' };
  const digests: Record<'a' | 'b', Record<string, string>> = { a: {}, b: {} };
  let sftpEnv: Record<string, string>;
  let ftpEnv: Record<string, string>;
  let sftpServed: string;
  let ftpServed: string;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), 'pzi-terbitkan-'));
    builds.a = DEMO!.outDir;
    builds.b = path.join(tmp, 'build-b');
    withOneNoteChanged(builds.a, 'tests/fixtures/demo', builds.b, tmp);
    user = createHostingUser();
    [sshd, ftp] = await Promise.all([startSshd(user), startVsftpd(user)]);
    digests.a = siteDigest(builds.a);
    digests.b = siteDigest(builds.b);
    // the hosting: two web roots; the SFTP one already has the host's placeholder where the site goes
    for (const root of ['public_html', 'ftp_html']) mkdirSync(path.join(user.home, root));
    sftpServed = path.join(user.home, 'public_html/zi');
    ftpServed = path.join(user.home, 'ftp_html/zi');
    mkdirSync(sftpServed);
    writeFileSync(path.join(sftpServed, 'index.html'), 'Situs hosting (placeholder)');
    spawnSync('chown', ['-R', `${user.name}:${user.name}`, user.home]);
    chmodSync(user.home, 0o755);
    [sftpSite, ftpSite] = await Promise.all([startSharedApache(path.join(user.home, 'public_html'), BASE), startSharedApache(path.join(user.home, 'ftp_html'), BASE)]);
    const known = path.join(tmp, 'known_hosts');
    writeFileSync(known, readFileSync(sshd.trust));
    sftpEnv = {
      PZI_TERBIT_TUJUAN: `sftp://${user.name}@127.0.0.1:${sshd.port}${sftpServed}`,
      PZI_TERBIT_KNOWN_HOSTS: known,
      PZI_TERBIT_ALAMAT: sftpSite.url,
    };
    ftpEnv = {
      PZI_TERBIT_TUJUAN: `ftps://${user.name}@127.0.0.1:${ftp.port}${ftpServed}`,
      PZI_TERBIT_SANDI: user.password,
      PZI_TERBIT_CA: ftp.trust,
      PZI_TERBIT_ALAMAT: ftpSite.url,
    };
  }, 60_000);

  afterAll(async () => {
    await Promise.all([sshd?.close(), ftp?.close(), sftpSite?.close(), ftpSite?.close()]);
    user?.remove();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  describe('SFTP', () => {
    let browser: Browser;
    afterAll(async () => browser?.close());

    it('with a key: publishes A in place of the host folder; pages load through Apache with its .htaccess', { timeout: 180_000 }, async () => {
      const run = await terbitkan({ ...sftpEnv, PZI_TERBIT_KUNCI: user.key }, ['--dist', builds.a]);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(siteDigest(sftpServed)).toEqual(digests.a);
      expect(await tayangProblems(run, sftpSite.url)).toEqual([]);
      // the host's own folder is kept beside, never deleted; the state folder is not served
      expect(readFileSync(spawnSync('sh', ['-c', `ls -d ${user.home}/public_html/zi-terbitkan/asli-*/index.html`], { encoding: 'utf8' }).stdout.trim(), 'utf8')).toBe('Situs hosting (placeholder)');
      const state = await fetch(`${sftpSite.origin}/zi-terbitkan/status.json`);
      expect(state.status).toBe(403);
      expect(await httpFailures(sftpSite, { outDir: builds.a, base: BASE }, { serverName: 'Apache', relativeRedirects: false })).toEqual([]);
      // Chromium: one page of each kind (folder) beside the home page and the 404 page
      const seen = new Set<string>();
      const pages = listPages(builds.a, BASE).filter((page) => {
        const kind = page.relative.split('/').slice(0, -2).join('/').replace(/\d+/g, 'N') || page.relative;
        return !seen.has(kind) && seen.add(kind);
      });
      expect(pages.length).toBeGreaterThan(10);
      browser = await launchBrowser();
      const tab = await openTab(browser, sftpSite.origin);
      await recordViolations(tab.context);
      const problems: string[] = [];
      for (const page of pages) {
        const visit = await tab.goto(sftpSite.origin + page.path, { expectStatus: page.relative === '404.html' ? 200 : undefined });
        problems.push(...visit.problems, ...(await pagePolicyProblems(tab, page.path)));
      }
      await tab.goto(`${sftpSite.url}tidak-ada/`, { expectStatus: 404 });
      problems.push(...(await pagePolicyProblems(tab, 'tidak-ada/')));
      expect(await tab.page.title()).toBe(await (async () => /<title>([^<]*)<\/title>/.exec(readFileSync(path.join(builds.a, '404.html'), 'utf8'))![1]!.replace(/&amp;/g, '&'))());
      await tab.close();
      expect(problems).toEqual([]);
    });

    it('with a password: B sends only the files that changed; --kembali restores A byte for byte', { timeout: 120_000 }, async () => {
      const changed = differing(digests.a, digests.b);
      expect(changed).toContain('data/versi.json');
      expect(changed.length).toBeLessThan(Object.keys(digests.b).length / 4);
      const run = await terbitkan({ ...sftpEnv, PZI_TERBIT_SANDI: user.password }, ['--dist', builds.b]);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(counts(run.stdout)).toEqual({ sent: changed.length, linked: Object.keys(digests.b).length - changed.length, resumed: 0 });
      expect(siteDigest(sftpServed)).toEqual(digests.b);
      expect(await tayangProblems(run, sftpSite.url)).toEqual([]);

      const back = await terbitkan({ ...sftpEnv, PZI_TERBIT_SANDI: user.password }, ['--kembali']);
      expect(back.code, back.stdout + back.stderr).toBe(0);
      expect(siteDigest(sftpServed)).toEqual(digests.a);
      expect(await tayangProblems(back, sftpSite.url)).toEqual([]);
    });

    it('an unknown or changed host key stops before anything is sent, with the fingerprint to check', { timeout: 60_000 }, async () => {
      const before = siteDigest(sftpServed);
      const empty = path.join(tmp, 'kosong_known_hosts');
      writeFileSync(empty, '');
      const unknown = await terbitkan({ ...sftpEnv, PZI_TERBIT_SANDI: user.password, PZI_TERBIT_KNOWN_HOSTS: empty }, ['--dist', builds.b]);
      expect(unknown.code).not.toBe(0);
      expect(unknown.stderr).toMatch(/belum dikenal.*Tidak ada yang diunggah dan sandi tidak dikirim.*SHA256:/s);
      const other = path.join(tmp, 'lain');
      spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', other]);
      writeFileSync(empty, `[127.0.0.1]:${sshd.port} ${readFileSync(`${other}.pub`, 'utf8').split(' ').slice(0, 2).join(' ')}\n`);
      const changed = await terbitkan({ ...sftpEnv, PZI_TERBIT_SANDI: user.password, PZI_TERBIT_KNOWN_HOSTS: empty }, ['--dist', builds.b]);
      expect(changed.code).not.toBe(0);
      expect(changed.stderr).toMatch(/BERBEDA/);
      expect(`${unknown.stderr}${changed.stderr}`).not.toContain(user.password);
      expect(siteDigest(sftpServed)).toEqual(before);
    });
  });

  describe('FTPS', () => {
    it('an untrusted certificate stops before the password is sent', { timeout: 60_000 }, async () => {
      const { PZI_TERBIT_CA: _ca, ...withoutCa } = ftpEnv;
      const run = await terbitkan(withoutCa, ['--dist', builds.a]);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(/Sertifikat TLS server 127\.0\.0\.1 tidak bisa dipercaya.*PZI_TERBIT_CA/s);
      expect(existsSync(ftpServed)).toBe(false);
    });

    it('A published; B killed midway: Apache serves A unchanged; the next run resumes and completes; --kembali restores A', { timeout: 180_000 }, async () => {
      const first = await terbitkan(ftpEnv, ['--dist', builds.a]);
      expect(first.code, first.stdout + first.stderr).toBe(0);
      expect(counts(first.stdout)).toEqual({ sent: Object.keys(digests.a).length, linked: 0, resumed: 0 });
      expect(siteDigest(ftpServed)).toEqual(digests.a);
      expect(await tayangProblems(first, ftpSite.url)).toEqual([]);
      const home = await (await fetch(ftpSite.url)).text();

      // killed once the bar shows a fifth of the bytes sent
      const killed = await terbitkan(ftpEnv, ['--dist', builds.b], (stderr, kill) => {
        if (/\[#{5,}\.+\] [1-9]\d*\//.test(stderr)) kill();
      });
      expect(killed.code).not.toBe(0);
      expect(killed.stdout).not.toContain('Tayang');
      expect(siteDigest(ftpServed)).toEqual(digests.a);
      expect(await (await fetch(ftpSite.url)).text()).toBe(home);

      const resumed = await terbitkan(ftpEnv, ['--dist', builds.b]);
      expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
      const report = counts(resumed.stdout)!;
      expect(report.resumed).toBeGreaterThan(0);
      expect(report.sent + report.resumed).toBe(Object.keys(digests.b).length);
      expect(siteDigest(ftpServed)).toEqual(digests.b);
      expect(await tayangProblems(resumed, ftpSite.url)).toEqual([]);

      const back = await terbitkan(ftpEnv, ['--kembali']);
      expect(back.code, back.stdout + back.stderr).toBe(0);
      expect(siteDigest(ftpServed)).toEqual(digests.a);
      expect(await (await fetch(ftpSite.url)).text()).toBe(home);
      expect(await tayangProblems(back, ftpSite.url)).toEqual([]);
    });
  });
});
