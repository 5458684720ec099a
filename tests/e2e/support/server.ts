/**
 * Tiny static file server (node:http, no dependency) for a built site folder,
 * mounted under a base path, on a random loopback port.
 *
 *   const server = await serve('tests/.output/subpath', '/zona-integritas');
 *   await page.goto(server.url + 'tentang/');   // server.url === 'http://127.0.0.1:PORT/zona-integritas/'
 *   await server.close();
 *
 * Behaviour (close to a plain static host such as nginx / GitHub Pages):
 * - `<dir>/` serves `<dir>/index.html`; `<dir>` (no slash) redirects 301 to `<dir>/`
 *   when the directory exists; `/page` also tries `/page.html`.
 * - Anything missing, or outside the base path, answers `404.html` (from the folder root)
 *   with status 404 (plain text if there is no 404.html).
 * - Only GET and HEAD; no directory listings; never serves outside the folder.
 */
import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface StaticServer {
  /** Absolute URL of the site root, always ending with `/`, e.g. `http://127.0.0.1:41234/zona-integritas/`. */
  url: string;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Normalised base path, `/` or `/zona-integritas/`. */
  base: string;
  close(): Promise<void>;
}

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.xsl': 'application/xslt+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** Content type for a file name; pagefind's index files (`*.pf_meta`, `*.pf_index`, `*.pf_fragment`, ...) and unknown types are binary. */
export function contentTypeFor(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (ext.startsWith('.pf_')) return 'application/octet-stream';
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

/** Normalises a base path to `/` or `/something/`. */
export function normaliseBase(base = '/'): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

export async function serve(folder: string, base = '/'): Promise<StaticServer> {
  const rootDir = path.resolve(folder);
  const basePath = normaliseBase(base);

  const sendFile = (req: IncomingMessage, res: ServerResponse, file: string, stat: Stats, status = 200) => {
    res.writeHead(status, {
      'Content-Type': contentTypeFor(file),
      'Content-Length': stat.size,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  };

  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    const page = path.join(rootDir, '404.html');
    const stat = statOrNull(page);
    if (stat?.isFile()) return sendFile(req, res, page, stat, 404);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : 'Not found\n');
  };

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Method not allowed\n');
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound(req, res);
    }

    // `/zona-integritas` → `/zona-integritas/`
    if (basePath !== '/' && pathname === basePath.slice(0, -1)) {
      res.writeHead(301, { Location: basePath + url.search });
      return res.end();
    }
    if (!pathname.startsWith(basePath) || pathname.includes('\0')) return notFound(req, res);

    const relative = pathname.slice(basePath.length);
    const file = path.join(rootDir, relative);
    if (file !== rootDir && !file.startsWith(rootDir + path.sep)) return notFound(req, res);

    const stat = statOrNull(file);
    if (stat?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      const index = path.join(file, 'index.html');
      const indexStat = statOrNull(index);
      return indexStat?.isFile() ? sendFile(req, res, index, indexStat) : notFound(req, res);
    }
    if (stat?.isFile()) return sendFile(req, res, file, stat);

    // `/page` → `/page.html` (Astro `build.format: 'file'`)
    if (!pathname.endsWith('/')) {
      const html = `${file}.html`;
      const htmlStat = statOrNull(html);
      if (htmlStat?.isFile()) return sendFile(req, res, html, htmlStat);
    }
    return notFound(req, res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: origin + basePath,
    origin,
    base: basePath,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
