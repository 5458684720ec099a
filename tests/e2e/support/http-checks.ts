/**
 * The HTTP-level rules every shipped server configuration must give (nginx, Apache, and the
 * `.htaccess` the build writes for shared hosting): types and charsets, caching, policies, the
 * site's own 404, redirects, security headers, gzip. Used by nginx.test.ts and terbitkan.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ADMIN_POLICY, CACHE, FILE_POLICY, HEADER_POLICY, SEARCH_POLICY, SECURITY_HEADERS } from '../../../src/lib/security/csp.ts';
import type { SiteVariant } from './variants.ts';
import type { WebServer } from './web-servers.ts';

/** Expected Content-Type of every file type a build contains (extension without dot; `pf_*` = pagefind). */
export const EXPECTED_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  sha256: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  pdf: 'application/pdf',
  zip: 'application/zip',
  woff: 'font/woff',
  woff2: 'font/woff2',
  pagefind: 'application/octet-stream',
  pf: 'application/octet-stream',
};

const typeKey = (file: string) => {
  const ext = path.extname(file).slice(1).toLowerCase();
  return ext.startsWith('pf_') ? 'pf' : ext;
};

/** One file per type (key of EXPECTED_TYPES), as site paths relative to the build folder. */
function oneFilePerType(outDir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      // dot-files are never served (checked as 404 below)
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) walk(full);
      else if (!found.has(typeKey(entry.name))) found.set(typeKey(entry.name), path.relative(outDir, full).split(path.sep).join('/'));
    }
  };
  walk(outDir);
  return found;
}

export const expectedCsp = (relative: string) =>
  /^\d{4}\/bukti\/berkas\//.test(relative) ? FILE_POLICY
  // the staff editor: its page, configuration and self-hosted bundle, nothing else
  : relative.startsWith('admin/') ? ADMIN_POLICY
  : relative.startsWith('pagefind/') ? SEARCH_POLICY
  : relative.endsWith('.html') ? HEADER_POLICY
  : FILE_POLICY;

export const expectedCache = (relative: string) =>
  relative.startsWith('_astro/') ? CACHE.immutable
  : relative === 'pagefind/pagefind-entry.json' ? CACHE.revalidate
  : /^(pagefind|data|og)\//.test(relative) && !relative.endsWith('.html') ? CACHE.short
  : CACHE.revalidate;

export interface HttpOptions {
  serverName: 'nginx' | 'Apache';
  /** nginx writes path-only redirects; Apache 2.4 cannot (documented in apache.conf). */
  relativeRedirects: boolean;
}

/** Every HTTP-level rule, as a list of failures (empty when all hold). */
export async function httpFailures(server: WebServer, v: Pick<SiteVariant, 'outDir' | 'base'>, options: HttpOptions): Promise<string[]> {
  const failures: string[] = [];
  const check = (ok: boolean, message: string) => void (ok || failures.push(message));
  const get = (relative: string, init: RequestInit = {}) => fetch(server.url + relative, { redirect: 'manual', ...init });

  const securityHeaders = (response: Response, what: string) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      check(response.headers.get(name) === value, `${what}: ${name} is ${JSON.stringify(response.headers.get(name))}, expected ${JSON.stringify(value)}`);
    }
    const serverHeader = response.headers.get('server') ?? '';
    check(serverHeader === options.serverName, `${what}: Server header ${JSON.stringify(serverHeader)} (expected "${options.serverName}" without a version)`);
  };

  // Type, charset, caching and policy of one file of every type in the build.
  const files = oneFilePerType(v.outDir);
  for (const [key, relative] of files) {
    const expected = EXPECTED_TYPES[key];
    if (!expected) {
      failures.push(`.${key} (${relative}) has no expected type: add it to scripts/deploy/ configs and EXPECTED_TYPES`);
      continue;
    }
    const response = await get(relative);
    const what = `${relative}`;
    check(response.status === 200, `${what}: HTTP ${response.status}`);
    check(response.headers.get('content-type') === expected, `${what}: Content-Type ${JSON.stringify(response.headers.get('content-type'))}, expected ${JSON.stringify(expected)}`);
    check(response.headers.get('cache-control') === expectedCache(relative), `${what}: Cache-Control ${JSON.stringify(response.headers.get('cache-control'))}, expected ${JSON.stringify(expectedCache(relative))}`);
    check(response.headers.get('content-security-policy') === expectedCsp(relative), `${what}: CSP ${JSON.stringify(response.headers.get('content-security-policy'))}, expected ${JSON.stringify(expectedCsp(relative))}`);
    securityHeaders(response, what);
    await response.arrayBuffer();
  }
  // The kinds the caching rules are about must exist in the build, or the checks above prove nothing.
  for (const prefix of ['_astro/', 'pagefind/', 'data/', '2022/bukti/berkas/']) {
    const relative = [...files.values()].find((file) => file.startsWith(prefix)) ?? firstFileUnder(v.outDir, prefix);
    if (!relative) {
      failures.push(`no file under ${prefix} in ${v.outDir}`);
      continue;
    }
    const response = await get(relative);
    await response.arrayBuffer();
    check(response.headers.get('cache-control') === expectedCache(relative), `${relative}: Cache-Control ${JSON.stringify(response.headers.get('cache-control'))}, expected ${JSON.stringify(expectedCache(relative))}`);
    check(response.headers.get('content-security-policy') === expectedCsp(relative), `${relative}: CSP ${JSON.stringify(response.headers.get('content-security-policy'))}`);
  }
  for (const relative of ['pagefind/pagefind-entry.json', 'pagefind/pagefind.js', 'index.html', '']) {
    const response = await get(relative);
    await response.arrayBuffer();
    const expected = relative === '' ? CACHE.revalidate : expectedCache(relative);
    check(response.headers.get('cache-control') === expected, `/${relative}: Cache-Control ${JSON.stringify(response.headers.get('cache-control'))}, expected ${JSON.stringify(expected)}`);
  }

  // The site's own 404 page for anything missing and for folders without index.html (never a 403 or a listing).
  const notFoundPage = readFileSync(path.join(v.outDir, '404.html'), 'utf8');
  for (const relative of ['tidak-ada', 'tidak-ada/', '_astro/', 'pagefind/', '2022/bukti/berkas/', 'data/2022/', '.htaccess', 'pagefind/tidak-ada.pf_fragment']) {
    const response = await get(relative);
    const body = await response.text();
    const what = `/${relative}`;
    check(response.status === 404, `${what}: HTTP ${response.status}, expected 404`);
    check(body === notFoundPage, `${what}: the body is not the site's 404.html (${body.slice(0, 80).replace(/\s+/g, ' ')}…)`);
    check(response.headers.get('content-type') === EXPECTED_TYPES.html, `${what}: Content-Type ${response.headers.get('content-type')}`);
    check(response.headers.get('content-security-policy') === HEADER_POLICY, `${what}: CSP ${JSON.stringify(response.headers.get('content-security-policy'))}`);
    securityHeaders(response, what);
  }

  // Folder without its slash → the folder, relative to the host (stays on https behind a proxy).
  const redirects: [from: string, to: string][] = [[server.url + 'kemajuan', `${v.base}kemajuan/`]];
  if (v.base !== '/') redirects.push([server.url.slice(0, -1), v.base]);
  for (const [from, to] of redirects) {
    const response = await fetch(from, { redirect: 'manual' });
    await response.arrayBuffer();
    const location = response.headers.get('location') ?? '';
    check(response.status === 301, `${from}: HTTP ${response.status}, expected 301`);
    if (options.relativeRedirects) check(location === to, `${from}: Location ${JSON.stringify(location)}, expected the relative ${JSON.stringify(to)}`);
    else check(new URL(location, from).pathname === to, `${from}: Location ${JSON.stringify(location)} does not lead to ${to}`);
  }

  // Text is compressed on the wire (the critical-bytes budget assumes gzip).
  const page = await get('', { headers: { 'accept-encoding': 'gzip' } });
  await page.arrayBuffer();
  check(page.headers.get('content-encoding') === 'gzip', `/: Content-Encoding ${JSON.stringify(page.headers.get('content-encoding'))}, expected gzip`);
  return failures;
}

function firstFileUnder(outDir: string, prefix: string): string | undefined {
  const dir = path.join(outDir, prefix);
  if (!existsSync(dir)) return undefined;
  const entry = readdirSync(dir, { withFileTypes: true }).find((e) => e.isFile() && !e.name.endsWith('.html'));
  return entry ? prefix + entry.name : undefined;
}

