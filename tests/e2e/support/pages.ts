/**
 * Lists every built HTML page of a site variant as site paths.
 *
 *   listPages('tests/.output/subpath', '/zona-integritas/')
 *   → [{ path: '/zona-integritas/', file: '.../index.html', relative: 'index.html' },
 *      { path: '/zona-integritas/404.html', ... }, { path: '/zona-integritas/tentang/', ... }, ...]
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { normaliseBase } from './server.ts';

export interface BuiltPage {
  /** URL path under the base, e.g. `/zona-integritas/tentang/` (directories end with `/`). */
  path: string;
  /** Absolute file path. */
  file: string;
  /** File path relative to the output folder, with `/` separators. */
  relative: string;
}

/**
 * Folders at the output root that hold no public page: `admin/` is the staff CMS (noindex, out of the
 * sitemap and of search, tested on its own in tests/e2e/cms.test.ts), not a page for visitors.
 */
export const NON_PUBLIC_FOLDERS = ['admin'];

export function listPages(outDir: string, base = '/'): BuiltPage[] {
  const root = path.resolve(outDir);
  const prefix = normaliseBase(base);
  const pages: BuiltPage[] = [];

  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (dir === root && NON_PUBLIC_FOLDERS.includes(entry.name)) continue;
        walk(full);
      } else if (entry.isFile() && entry.name.endsWith('.html')) {
        const relative = path.relative(root, full).split(path.sep).join('/');
        const urlPath = relative === 'index.html' ? '' : relative.endsWith('/index.html') ? relative.slice(0, -'index.html'.length) : relative;
        pages.push({ path: prefix + urlPath.split('/').map(encodeURIComponent).join('/'), file: full, relative });
      }
    }
  };
  walk(root);
  return pages.sort((a, b) => a.path.localeCompare(b.path, 'en'));
}

/** True when the page loads something that depends on the viewport: srcset, <source>, a stylesheet or style with media. */
export function widthDependent(html: string): boolean {
  return /\ssrcset=|<source\b|<link\b[^>]*\smedia=|<style\b[^>]*\smedia=/i.test(html);
}
