/**
 * Internal links and assets of every built variant, one test per page:
 * every local URL in `href`, `src`, `srcset`, `action`, `poster` (and absolute URLs on the
 * variant's own `site`) stays under the variant's base path and points at a built file.
 * URLs built at run time (fetch, dynamic imports) that ignore the base are caught in Chromium:
 * every page of the `subpath` variant (`--base /zona-integritas`) is loaded through the shipped
 * nginx-subpath.conf by nginx.test.ts, where any failed same-origin request fails the page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPages } from './support/pages.ts';
import { builtVariants, type SiteVariant } from './support/variants.ts';

const variants = builtVariants().map((v) => ({ ...v, pages: listPages(v.outDir, v.base) }));

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'", '#x27': "'" };
const decodeEntities = (s: string) => s.replace(/&(amp|quot|apos|lt|gt|#39|#x27);/g, (_, e: string) => ENTITIES[e]!);

/** URL-ish attribute values of an HTML document (script and style bodies ignored). */
function urlsIn(html: string): string[] {
  const markup = html
    .replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>')
    .replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/gi, '$1</style>')
    .replace(/<!--[\s\S]*?-->/g, '');
  const urls: string[] = [];
  const attr = /\s(href|src|srcset|action|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
  for (const m of markup.matchAll(attr)) {
    const value = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (m[1]!.toLowerCase() === 'srcset') {
      urls.push(...value.split(',').map((c) => c.trim().split(/\s+/)[0]!).filter(Boolean));
    } else if (value) {
      urls.push(value);
    }
  }
  return urls;
}

/** The built file a local URL path maps to, or undefined. */
function builtFileFor(outDir: string, relativePath: string): string | undefined {
  const file = path.join(outDir, relativePath);
  const candidates = relativePath === '' || relativePath.endsWith('/') ? [path.join(file, 'index.html')] : [file, path.join(file, 'index.html'), `${file}.html`];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

function brokenLinks(variant: SiteVariant, pagePath: string, file: string): string[] {
  const pageUrl = new URL(pagePath, variant.site ?? 'http://localhost');
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const raw of urlsIn(readFileSync(file, 'utf8'))) {
    if (/^(mailto|tel|data|javascript|blob|sms):/i.test(raw) || raw.startsWith('#')) continue;
    let url: URL;
    try {
      url = new URL(raw, pageUrl);
    } catch {
      problems.push(`unparsable URL: ${raw}`);
      continue;
    }
    if (url.origin !== pageUrl.origin) continue; // external link (requests to other origins are checked in the browser)
    const key = url.pathname;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!url.pathname.startsWith(variant.base)) {
      problems.push(`${raw} → ${url.pathname} is outside the base path ${variant.base}`);
      continue;
    }
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(variant.base.length));
    } catch {
      problems.push(`${raw}: bad percent-encoding`);
      continue;
    }
    if (!builtFileFor(variant.outDir, relative)) problems.push(`${raw} → ${url.pathname} does not exist in the build`);
  }
  return problems;
}

describe.each(variants)('local links of variant "$name"', (variant) => {
  it('has pages', () => {
    expect(variant.pages.length, `no HTML page in ${variant.outDir}`).toBeGreaterThan(0);
  });

  it.each(variant.pages)('$path', ({ path: pagePath, file }) => {
    const problems = brokenLinks(variant, pagePath, file);
    if (problems.length > 0) throw new Error(`${pagePath} (${file})\n- ${problems.join('\n- ')}`);
  });
});
