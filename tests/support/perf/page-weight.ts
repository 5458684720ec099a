import { gzipSync } from 'node:zlib';

/**
 * Page weight of a built page, measured from the files in `dist/` (used by `npm run bench` and the
 * budget tests). Pure except for `read`, which the caller passes.
 */

/** The critical path budget: one TCP initial window (10 × 1 460 bytes), gzip HTML + render-blocking CSS. */
export const CRITICAL_BUDGET = 14_600;
/** JavaScript a page without a chart may load: the header search loader only. */
export const SEARCH_LOADER_BUDGET = 5 * 1024;
/** JavaScript a chart page may load in all, chart.js included. */
export const CHART_PAGE_JS_BUDGET = 80 * 1024;

/** Bytes after gzip (level 9, what a server's static gzip would send). */
export function gzipSize(bytes: string | Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).byteLength;
}

function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/** Stylesheets that block rendering: `<link rel=stylesheet>` without a non-screen `media` (print-only CSS does not block). */
export function blockingStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((match) => match[0])
    .filter((tag) => /(^|\s)stylesheet(\s|$)/i.test(attr(tag, 'rel') ?? '') && !/^print$/i.test(attr(tag, 'media') ?? ''))
    .map((tag) => attr(tag, 'href') ?? '')
    .filter(Boolean);
}

/** `src` of every external `<script>`. */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => attr(match[0], 'src') ?? '').filter(Boolean);
}

/** Every `<script …>` opening tag (external or inline), as written. */
export function scriptTags(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => match[0]);
}

/** Relative and root imports (`import …from`, `import()`) of an ES module, as written. */
export function moduleImports(js: string): string[] {
  return [...js.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["'`]((?:\.{1,2}\/|\/)[^"'`]+\.m?js)["'`]/g)].map((match) => match[1]!);
}

export interface ImageTag {
  tag: string;
  src: string;
  width?: string;
  height?: string;
  loading?: string;
}

/** Every `<img>` with the attributes the image rule looks at. */
export function imageTags(html: string): ImageTag[] {
  return [...html.matchAll(/<img\b[^>]*>/gi)].map(({ 0: tag }) => ({
    tag,
    src: attr(tag, 'src') ?? '',
    width: attr(tag, 'width'),
    height: attr(tag, 'height'),
    loading: attr(tag, 'loading'),
  }));
}

/** Font files a stylesheet or page names (`url(….woff2)` etc.). */
export function fontUrls(text: string): string[] {
  return [...text.matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf|eot))(?:[?#][^"')]*)?["']?\s*\)/gi)].map((match) => match[1]!);
}

/** True for pages that show a chart (`<pzi-chart>`): they may load chart.js on demand. */
export function isChartPage(html: string): boolean {
  return /<pzi-chart\b/i.test(html);
}

/**
 * The page type of a built HTML file from its path relative to `dist/` ("2022/v/3/index.html" →
 * "komponen"), to report the heaviest page of each kind.
 */
export function pageType(relative: string): string {
  const path = relative.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
  const rules: [RegExp, string][] = [
    [/^$/, 'beranda'],
    [/^404$/, '404'],
    [/^\d{4}$/, 'rencana (tahun)'],
    [/^\d{4}\/keputusan$/, 'keputusan'],
    [/^\d{4}\/lampiran$/, 'lampiran'],
    [/^\d{4}\/linimasa$/, 'linimasa'],
    [/^\d{4}\/linimasa\/\d\d$/, 'linimasa bulan'],
    [/^\d{4}\/linimasa\//, 'linimasa area/tim'],
    [/^\d{4}\/bukti$/, 'register bukti'],
    [/^\d{4}\/bukti\//, 'register area/status'],
    [/^\d{4}\/[a-z]+\/\d+$/, 'komponen'],
    [/^\d{4}\/[a-z]+$/, 'area'],
    [/^kemajuan(\/\d+)?$/, 'daftar catatan'],
    [/^kemajuan\/area\//, 'daftar catatan area'],
    [/^kemajuan\/[^/]+$/, 'catatan'],
    [/^survei$/, 'survei (daftar)'],
    [/^survei\/[^/]+$/, 'survei'],
    [/^(pengaduan|gratifikasi|benturan-kepentingan|standar-pelayanan)(\/|$)/, 'kanal'],
    [/^cetak\//, 'poster cetak'],
    [/^cari/, 'cari'],
    [/^data/, 'data terbuka'],
  ];
  return rules.find(([pattern]) => pattern.test(path))?.[1] ?? 'lainnya';
}

/** A plain-text table with right-aligned numbers, for the terminal and the README. */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header.map(String), ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell.toLocaleString('en-US') : cell)))];
  const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number' || /^[\d.,×%-]+( ?[a-zA-Z]+)?$/.test(String(row[column] ?? ''))));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    `| ${row.map((cell = '', column) => (numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (numeric[column] ? `${'-'.repeat(Math.max(width - 1, 1))}:` : '-'.repeat(width))).join(' | ')} |`;
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

/** A `<script>` of a page: its opening tag, and its `src` or its inline text. */
export interface PageScript {
  tag: string;
  src?: string;
  inline?: string;
}

/** Scripts the browser runs (JSON-LD and other data blocks are not code). */
export function pageScripts(html: string): PageScript[] {
  return [...html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)]
    .map(([, tag, text]) => ({ tag: tag!, text: text! }))
    .filter(({ tag }) => {
      const type = (attr(tag, 'type') ?? '').toLowerCase();
      return type === '' || type === 'module' || type.includes('javascript');
    })
    .map(({ tag, text }) => {
      const src = attr(tag, 'src');
      return src ? { tag, src } : { tag, inline: text };
    });
}

/**
 * The header search loader, the only script a page without a chart may load. Recognised by
 * a stable marker: a `data-pzi-search` attribute on the tag, or a file name that says it
 * (`search…js`, or the header's bundled script `SiteHeader.astro_astro_type_script…js`).
 */
export function isSearchLoader(script: PageScript): boolean {
  if (/\sdata-pzi-search\b/i.test(script.tag)) return true;
  if (script.src) return /(^|\/)(search[^/]*|SiteHeader\.astro_astro_type_script[^/]*)\.m?js$/i.test(script.src.split(/[?#]/)[0]!);
  return /customElements\.define\(\s*["'`]pzi-search["'`]/.test(script.inline ?? '');
}

/**
 * Problems of the image rule for one page: every `<img>` comes from astro:assets (`<base>_astro/`),
 * states `width` and `height` (no layout shift), and is `loading="lazy"` unless it is marked as
 * being in the first screen (`loading="eager"` or `fetchpriority="high"`; the browser test checks
 * that such images really are above the fold).
 */
export function imageProblems(html: string, base = '/'): string[] {
  return imageTags(html).flatMap((image) => {
    const problems: string[] = [];
    if (!image.src.startsWith(`${base}_astro/`)) problems.push(`${image.src}: bukan dari astro:assets (${base}_astro/)`);
    if (!image.width || !image.height) problems.push(`${image.src}: tanpa width/height`);
    const eager = image.loading === 'eager' || /\sfetchpriority\s*=\s*["']?high/i.test(image.tag);
    if (image.loading !== 'lazy' && !eager) problems.push(`${image.src}: tanpa loading="lazy"`);
    return problems;
  });
}
