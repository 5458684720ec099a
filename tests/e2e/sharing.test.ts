/**
 * Sharing metadata of every built page: unique title, a description, canonical and Open Graph /
 * Twitter tags with absolute URLs on the build's own site and base, and an og:image that exists in
 * the build as a 1200×630 PNG. Also robots.txt, the web manifest and the sitemap under the base.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPages } from './support/pages.ts';
import { builtVariants } from './support/variants.ts';

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'" };
const decode = (s: string) => s.replace(/&(amp|quot|lt|gt|#39);/g, (_, e: string) => ENTITIES[e]!);

/** `<meta property|name=… content=…>` values and title / canonical of a page's head. */
function headOf(html: string) {
  const head = html.slice(0, html.indexOf('</head>'));
  const meta = new Map<string, string>();
  for (const m of head.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) meta.set(m[1]!, decode(m[2]!));
  return {
    title: decode(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? ''),
    canonical: /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1],
    meta,
  };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), `${file} is not a PNG`).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(builtVariants().map((v) => [v.name, v] as const))('sharing metadata on the %s build', (_, variant) => {
  const pages = listPages(variant.outDir, variant.base);
  const heads = pages.map((page) => ({ page, head: headOf(readFileSync(page.file, 'utf8')) }));
  const home = heads.find(({ page }) => page.relative === 'index.html')!.head;
  const siteRoot = new URL(variant.base, home.meta.get('og:url')!).href;

  it('gives every page a unique title and a description', () => {
    const seen = new Map<string, string>();
    for (const { page, head } of heads) {
      expect(head.title, page.path).not.toBe('');
      expect(seen.get(head.title), `${page.path} has the same title as ${seen.get(head.title)}`).toBeUndefined();
      seen.set(head.title, page.path);
      expect(head.meta.get('description')?.length ?? 0, page.path).toBeGreaterThan(20);
    }
  });

  it('gives every page absolute Open Graph and Twitter tags on its own address', () => {
    if (variant.site) expect(siteRoot).toBe(new URL(variant.base, variant.site).href);
    for (const { page, head } of heads) {
      const url = head.meta.get('og:url');
      if (page.relative === '404.html') {
        // served at any missing address: it has no address of its own to declare
        expect(url, page.path).toBeUndefined();
        expect(head.canonical, page.path).toBeUndefined();
      } else {
        expect(new URL(url!).pathname, page.path).toBe(page.path);
        // No canonical link while the portal address is unconfirmed (site on the reserved .invalid host).
        if (new URL(url!).hostname.endsWith('.invalid')) expect(head.canonical, page.path).toBeUndefined();
        else expect(head.canonical, page.path).toBe(url);
        expect(url!.startsWith(siteRoot), `${page.path} og:url`).toBe(true);
      }
      for (const key of ['og:image']) expect(head.meta.get(key)!.startsWith(siteRoot), `${page.path} ${key}`).toBe(true);
      for (const key of ['og:title', 'og:description', 'og:image:alt', 'og:type']) expect(head.meta.get(key), `${page.path} ${key}`).toBeTruthy();
      expect(head.meta.get('og:locale')).toBe('id_ID');
      expect(head.meta.get('twitter:card')).toBe('summary_large_image');
      expect(head.meta.get('og:image:width')).toBe('1200');
      expect(head.meta.get('og:image:height')).toBe('630');
    }
  });

  it('points every og:image at a 1200×630 PNG in the build', () => {
    const images = new Set(heads.map(({ head }) => head.meta.get('og:image')!));
    expect(images.size).toBeGreaterThan(5);
    for (const image of images) {
      const file = path.join(variant.outDir, new URL(image).pathname.slice(variant.base.length));
      expect(existsSync(file), image).toBe(true);
      expect(pngSize(file), image).toEqual({ width: 1200, height: 630 });
    }
  });

  it('gives home, component, note, survey and channel pages their own image and share links', () => {
    const shared = heads.filter(({ page }) =>
      /^(index\.html|\d{4}\/[ivx]+\/\d+\/index\.html|kemajuan\/(?!area\/|\d+\/)[^/]+\/index\.html|survei\/[^/]+\/index\.html|pengaduan\/index\.html)$/.test(page.relative),
    );
    expect(shared.length).toBeGreaterThan(3);
    for (const { page, head } of shared) {
      expect(head.meta.get('og:image'), page.path).not.toMatch(/\/og\/situs\.png$/);
      const html = readFileSync(page.file, 'utf8');
      expect(html, page.path).toContain(`https://wa.me/?text=${encodeURIComponent(`${head.meta.get('og:title')} ${head.meta.get('og:url')}`).replaceAll('&', '&amp;')}`.slice(0, 40));
      expect(html, page.path).toContain('https://www.facebook.com/sharer/sharer.php?u=');
      expect(html, page.path).toMatch(/rel="noopener"/);
    }
  });

  it('serves robots.txt, the sitemap and the web manifest under the base', () => {
    const robots = readFileSync(path.join(variant.outDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${siteRoot}sitemap-index.xml`);
    expect(robots).toMatch(variant.name === 'demo' ? /Disallow: \/\n/ : /Allow: \//);
    const sitemap = readFileSync(path.join(variant.outDir, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(10);
    for (const loc of locs) expect(loc.startsWith(siteRoot), loc).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(variant.outDir, 'site.webmanifest'), 'utf8')) as { start_url: string; icons: { src: string }[] };
    expect(manifest.start_url).toBe(variant.base);
    for (const icon of manifest.icons) expect(existsSync(path.join(variant.outDir, icon.src.slice(variant.base.length)))).toBe(true);
  });
});
