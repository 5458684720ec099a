/**
 * The `.htaccess` the build writes at the top of its output folder, for shared Apache 2.4 hosting
 * (cPanel and the like: no access to the server configuration, `AllowOverride All`). It gives what
 * scripts/deploy/nginx.conf gives: types and charsets, caching, the security headers and policies of
 * src/lib/security/csp.ts, the /admin/ policy, the site's own 404, no listings, no dot-files.
 *
 * An .htaccess has no <Location>: the per-path rules are one <If>/<ElseIf> chain on the request's
 * path (the first match wins, as nginx's first matching regex location does), and pages are told
 * apart by the file Apache maps the request to (`/kemajuan/` is served from `kemajuan/index.html`).
 * Tested by tests/e2e/terbitkan.test.ts (a real Apache serving the uploaded folder).
 */
import { BY_EXTENSION } from '../evidence/facts.ts';
import { ADMIN_POLICY, CACHE, FILE_POLICY, HEADER_POLICY, SEARCH_POLICY, SECURITY_HEADERS } from '../security/csp.ts';

/** Types the site itself publishes (evidence files add theirs from the register). */
const SITE_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.rss': 'application/rss+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.sha256': 'text/plain',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
};

/** Text types sent with `charset=utf-8` (the decree text, CSV and JSON carry non-ASCII letters). */
const UTF8_EXTENSIONS = ['.html', '.css', '.js', '.mjs', '.json', '.webmanifest', '.rss', '.xml', '.csv', '.txt', '.sha256', '.svg'];

const DEFLATE_TYPES = 'text/html text/css text/javascript text/plain text/csv application/json application/manifest+json application/rss+xml application/xml image/svg+xml';

/** Every extension → type the .htaccess sets (evidence register types win: they are what the register promises). */
export function publishedTypes(): Map<string, string> {
  return new Map(Object.entries({ ...SITE_TYPES, ...BY_EXTENSION }).sort(([a], [b]) => a.localeCompare(b)));
}

const quote = (value: string) => `"${value.replaceAll('"', '\\"')}"`;
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\#]/g, '\\$&');

/**
 * The header rules for a site under `prefix` (`/` or `/zona-integritas/`): the security headers on
 * every response, then one <If>/<ElseIf> chain by path (first match wins, as nginx's regex
 * locations). Shared by the .htaccess and scripts/deploy/apache-subpath.conf (whose <Location> carries
 * them, so a host's own <FilesMatch> rules, merged before any <Location>, cannot replace them).
 */
export function headerRules(prefix: string): string[] {
  const at = escapeRegex(prefix);
  const rule = (condition: string, csp: string, cache: string) => ({ condition, csp, cache });
  const chain = [
    rule(`%{REQUEST_URI} =~ m#^${at}admin/#`, ADMIN_POLICY, CACHE.revalidate),
    rule(`%{REQUEST_URI} =~ m#^${at}[0-9]{4}/bukti/berkas/#`, FILE_POLICY, CACHE.revalidate),
    rule(`%{REQUEST_FILENAME} =~ m#\\.html$#`, HEADER_POLICY, CACHE.revalidate),
    rule(`%{REQUEST_URI} =~ m#^${at}_astro/.#`, FILE_POLICY, CACHE.immutable),
    rule(`%{REQUEST_URI} == '${prefix}pagefind/pagefind-entry.json'`, SEARCH_POLICY, CACHE.revalidate),
    rule(`%{REQUEST_URI} =~ m#^${at}pagefind/.#`, SEARCH_POLICY, CACHE.short),
    rule(`%{REQUEST_URI} =~ m#^${at}(data|og)/.#`, FILE_POLICY, CACHE.short),
  ];
  return [
    '# Every response: the security headers; by default (files that are not pages) nothing may run.',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `Header always set ${name.replace(/(^|-)([a-z])/g, (m) => m.toUpperCase())} ${quote(value)}`),
    `Header always set Content-Security-Policy ${quote(FILE_POLICY)}`,
    `Header always set Cache-Control ${quote(CACHE.revalidate)}`,
    '# Per path, first match wins: the staff editor, evidence files, pages, hashed assets, search, data.',
    ...chain.flatMap(({ condition, csp, cache }, index) => [
      `<${index === 0 ? 'If' : 'ElseIf'} ${quote(condition)}>`,
      `    Header always set Content-Security-Policy ${quote(csp)}`,
      `    Header always set Cache-Control ${quote(cache)}`,
      `</${index === 0 ? 'If' : 'ElseIf'}>`,
    ]),
  ];
}

/** The `.htaccess` for a build served at `base` (`/` or `/zona-integritas/`). */
export function htaccess(base: string): string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const byType = new Map<string, string[]>();
  for (const [ext, type] of publishedTypes()) byType.set(type, [...(byType.get(type) ?? []), ext]);
  const lines = [
    '# Portal Zona Integritas: Apache 2.4 on shared hosting (AllowOverride All). Written by the build;',
    '# an upload of a new build replaces it. Same rules as scripts/deploy/nginx.conf (docs/administrator.md).',
    '# Needs mod_headers, mod_rewrite, mod_mime and mod_dir (present on ordinary hosting).',
    '',
    '# No listings; a folder is served through its index.html.',
    'Options -Indexes',
    'DirectoryIndex index.html',
    '',
    '# Every file type the site publishes; pagefind\'s index files are compressed binary.',
    ...[...byType].map(([type, exts]) => `AddType ${type} ${exts.join(' ')}`),
    `AddCharset utf-8 ${UTF8_EXTENSIONS.join(' ')}`,
    '<FilesMatch "\\.(pagefind|pf_[a-z]+)$">',
    '    ForceType application/octet-stream',
    '</FilesMatch>',
    '',
    '# The site\'s own 404 for anything missing, refused, or a folder without index.html.',
    `ErrorDocument 404 ${prefix}404.html`,
    `ErrorDocument 403 ${prefix}404.html`,
    'RewriteEngine On',
    '# No dot-files (.git, .env, .htaccess …), in any folder, whatever their extension.',
    'RewriteRule (^|/)\\. - [R=404,L]',
    'RewriteCond %{REQUEST_FILENAME} -d',
    'RewriteCond %{REQUEST_FILENAME}/index.html !-f',
    'RewriteRule ^ - [R=404,L]',
    '',
    ...headerRules(prefix),
    '',
    '<IfModule mod_deflate.c>',
    `    AddOutputFilterByType DEFLATE ${DEFLATE_TYPES}`,
    '</IfModule>',
    '',
  ];
  return lines.join('\n');
}
