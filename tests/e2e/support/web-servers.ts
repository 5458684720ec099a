/**
 * Real web servers (Debian's nginx and Apache) serving a built site with the SHIPPED
 * configuration files from scripts/deploy/, on a free loopback port.
 *
 *   const server = await startNginx('scripts/deploy/nginx.conf', 'tests/.output/site', '/');
 *   await fetch(server.url + 'kemajuan/');   // server.url === 'http://127.0.0.1:PORT/'
 *   await server.close();
 *
 * The shipped file is copied to a temporary folder with ONLY the lines an administrator
 * changes replaced (nginx: `listen` and `root`; Apache: `Define PZI_ROOT` and the port of
 * <VirtualHost>), and wrapped in a minimal main configuration (temp, pid and log paths).
 * For a sub-path configuration the temporary root holds a `zona-integritas` link to the build.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const NGINX = process.env.PZI_NGINX ?? '/usr/sbin/nginx';
export const APACHE = process.env.PZI_APACHE ?? '/usr/sbin/apache2';
const APACHE_MODULES = '/usr/lib/apache2/modules';

export interface WebServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** origin + base, ending with `/` */
  url: string;
  /** What the server wrote to its error log (for failure messages). */
  log(): string;
  close(): Promise<void>;
}

/** A port that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Replaces exactly one line matching `pattern` (the test fails loudly if the shipped file changed shape). */
export function replaceLine(text: string, pattern: RegExp, replacement: string, file: string): string {
  const lines = text.split('\n');
  const hits = lines.flatMap((line, index) => (pattern.test(line) ? [index] : []));
  if (hits.length !== 1) throw new Error(`${file}: expected exactly one line matching ${pattern}, found ${hits.length}`);
  const [index] = hits as [number];
  const indent = /^\s*/.exec(lines[index]!)![0];
  lines[index] = indent + replacement;
  return lines.join('\n');
}

/** The folder to use as `root`: the build itself, or (sub-path) a folder holding a link to it named after the base. */
function rootFor(tmp: string, outDir: string, base: string): string {
  const segment = base.replace(/^\/+|\/+$/g, '');
  if (!segment) return path.resolve(outDir);
  const parent = path.join(tmp, 'www');
  spawnSync('mkdir', ['-p', parent]);
  symlinkSync(path.resolve(outDir), path.join(parent, segment));
  return parent;
}

async function waitUntilServing(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`server exited (${exited}) before serving:\n${log()}`);
    try {
      await fetch(origin + '/', { redirect: 'manual' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`server did not answer on ${origin} within 10 s:\n${log()}`);
}

/** Stops a server started by these helpers and removes its temporary folder. */
export function stop(child: ChildProcess, tmp: string): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      rmSync(tmp, { recursive: true, force: true });
      resolve();
    };
    if (child.exitCode !== null) return done();
    child.once('exit', done);
    child.kill('SIGTERM');
  });
}

/** The shipped nginx file with only `listen` and `root` replaced (exported for the syntax checks). */
export function nginxSiteConfig(configFile: string, port: number, root: string): string {
  let text = readFileSync(configFile, 'utf8');
  text = replaceLine(text, /^\s*listen\s+\S+;/, `listen 127.0.0.1:${port};`, configFile);
  text = replaceLine(text, /^\s*root\s+\S+;/, `root ${root};`, configFile);
  return text;
}

/** `hostRules`: lines of the host's own server block, placed before the site's (tests add a host rule). */
export async function startNginx(configFile: string, outDir: string, base: string, hostRules: string[] = []): Promise<WebServer> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'pzi-nginx-'));
  // run as root, nginx's workers are `nobody`: they must be able to walk to the sub-path link
  chmodSync(tmp, 0o755);
  const port = await freePort();
  const root = rootFor(tmp, outDir, base);
  const site = nginxSiteConfig(configFile, port, root);
  writeFileSync(path.join(tmp, 'site.conf'), hostRules.length ? site.replace(/^server \{\n/m, `server {\n    ${hostRules.join('\n    ')}\n`) : site);
  // Debian's http block: mime.types is included as on a real server (the site file sets its own types).
  const mimeTypes = existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : '';
  writeFileSync(
    path.join(tmp, 'nginx.conf'),
    [
      'worker_processes 1;',
      `pid ${tmp}/nginx.pid;`,
      `error_log ${tmp}/error.log warn;`,
      'events { worker_connections 512; }',
      'http {',
      `  ${mimeTypes}`,
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${tmp}/${name};`),
      `  include ${tmp}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const log = () => (existsSync(`${tmp}/error.log`) ? readFileSync(`${tmp}/error.log`, 'utf8') : '') + stderr;
  let stderr = '';
  const child = spawn(NGINX, ['-e', `${tmp}/error.log`, '-p', tmp, '-c', `${tmp}/nginx.conf`, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, child, log);
  return { origin, url: origin + base, log, close: () => stop(child, tmp) };
}

/** The shipped Apache file with only `Define PZI_ROOT` (and a root config's VirtualHost port) replaced. */
export function apacheSiteConfig(configFile: string, port: number, root: string): string {
  let text = readFileSync(configFile, 'utf8');
  text = replaceLine(text, /^Define PZI_ROOT /, `Define PZI_ROOT ${root}`, configFile);
  if (/<VirtualHost \*:80>/.test(text)) text = replaceLine(text, /^<VirtualHost \*:80>$/, `<VirtualHost *:${port}>`, configFile);
  return text;
}

/** A minimal apache2 main configuration around the shipped file: the modules the file names, nothing else. */
function apacheMainConfig(tmp: string, port: number, siteFile: string): string {
  const modules = ['mpm_event', 'authz_core', 'mime', 'dir', 'headers', 'rewrite', 'alias', 'filter', 'deflate'];
  const asRoot = process.getuid?.() === 0;
  return [
    `ServerRoot ${tmp}`,
    `PidFile ${tmp}/httpd.pid`,
    `ErrorLog ${tmp}/error.log`,
    'LogLevel warn',
    `Listen 127.0.0.1:${port}`,
    'ServerName localhost',
    `DocumentRoot ${tmp}/empty`,
    `DefaultRuntimeDir ${tmp}`,
    ...modules.map((m) => `LoadModule ${m}_module ${APACHE_MODULES}/mod_${m}.so`),
    'TypesConfig /etc/mime.types',
    ...(asRoot ? ['User www-data', 'Group www-data'] : []),
    `Include ${siteFile}`,
  ].join('\n');
}

/** Writes the Apache configuration for `configFile` and returns the main file's path (for `apache2 -t -f`). */
export function prepareApache(configFile: string, outDir: string, port: number, hostRules: string[] = []): { tmp: string; main: string } {
  const tmp = mkdtempSync(path.join(tmpdir(), 'pzi-apache-'));
  spawnSync('mkdir', ['-p', `${tmp}/empty`]);
  // Apache's files name the build folder itself (a sub-path is an Alias to it).
  const root = path.resolve(outDir);
  // a host's own rules come first, as in a server configuration that includes the site's file
  writeFileSync(path.join(tmp, 'site.conf'), [...hostRules, apacheSiteConfig(configFile, port, root)].join('\n'));
  writeFileSync(path.join(tmp, 'apache2.conf'), apacheMainConfig(tmp, port, path.join(tmp, 'site.conf')));
  return { tmp, main: path.join(tmp, 'apache2.conf') };
}

/** `apache2 -t` on the prepared configuration: exit code and output. */
export function apacheSyntaxCheck(main: string): { status: number; output: string } {
  const result = spawnSync(APACHE, ['-t', '-f', main], { encoding: 'utf8' });
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

export async function startApache(configFile: string, outDir: string, base: string, hostRules: string[] = []): Promise<WebServer> {
  const port = await freePort();
  const { tmp, main } = prepareApache(configFile, outDir, port, hostRules);
  let stderr = '';
  const child = spawn(APACHE, ['-f', main, '-DFOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const log = () => (existsSync(`${tmp}/error.log`) ? readFileSync(`${tmp}/error.log`, 'utf8') : '') + stderr;
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, child, log);
  return { origin, url: origin + base, log, close: () => stop(child, tmp) };
}

/**
 * Apache as on shared hosting: the server's own configuration allows everything to `.htaccess`
 * (`AllowOverride All`) and says nothing about the site; all rules come from the `.htaccess` the
 * build wrote. `docRoot` is the served folder (`public_html`); a sub-path build lives in
 * `docRoot/<base>/`. `hostRules` are lines of the host's own configuration (tests add a host rule).
 */
export async function startSharedApache(docRoot: string, base = '/', hostRules: string[] = []): Promise<WebServer> {
  const port = await freePort();
  const tmp = mkdtempSync(path.join(tmpdir(), 'pzi-apache-shared-'));
  spawnSync('mkdir', ['-p', `${tmp}/empty`]);
  const site = [
    `DocumentRoot ${docRoot}`,
    `<Directory ${docRoot}>`,
    '    Require all granted',
    '    AllowOverride All',
    '    Options FollowSymLinks',
    '</Directory>',
    ...hostRules,
  ].join('\n');
  writeFileSync(path.join(tmp, 'site.conf'), site);
  writeFileSync(path.join(tmp, 'apache2.conf'), apacheMainConfig(tmp, port, path.join(tmp, 'site.conf')).replace('ServerName localhost', 'ServerName localhost\nServerTokens Prod\nServerSignature Off'));
  let stderr = '';
  const child = spawn(APACHE, ['-f', path.join(tmp, 'apache2.conf'), '-DFOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const log = () => (existsSync(`${tmp}/error.log`) ? readFileSync(`${tmp}/error.log`, 'utf8') : '') + stderr;
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, child, log);
  return { origin, url: origin + base, log, close: () => stop(child, tmp) };
}
