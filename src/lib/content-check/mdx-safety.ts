import { mdxToMdast } from 'satteri';

/**
 * The safe subset of MDX that staff may write. Content is data: nothing in a body may run at build
 * time (`{…}` expressions, `import`/`export`), reach a visitor as script (`<script>`, `on*`,
 * `javascript:` links) or make a visitor's browser ask another site for anything (`<iframe>`,
 * images from other hosts). One pure rule set, used by `npm run check` and, as a backstop, inside
 * the build's MDX pipeline (`src/integrations/mdx-safety.ts`).
 */

/** One violation, with its line counted in the text given (1-based). */
export interface SafetyFinding {
  line?: number;
  message: string;
}

/** Attributes every allowed element may carry. `class`, `id` and `style` are left out: content must not restyle or impersonate the site's own interface. */
const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir'];

/** Harmless HTML elements staff may write in MDX, each with its own allowed attributes (plus the global ones). */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
  p: [], br: [], hr: [], span: [], div: [],
  b: [], strong: [], i: [], em: [], u: [], s: [], del: [], ins: [], mark: [], small: [], sub: [], sup: [],
  abbr: [], cite: [], q: [], code: [], kbd: [], pre: [], blockquote: [],
  h2: [], h3: [], h4: [], h5: [], h6: [],
  ul: [], ol: ['start', 'reversed'], li: [], dl: [], dt: [], dd: [],
  table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [], th: ['colspan', 'rowspan', 'scope'], td: ['colspan', 'rowspan'],
  figure: [], figcaption: [], details: ['open'], summary: [],
};

/** Elements named in the refusal message because they run code, embed other sites or take input. */
const DANGEROUS_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'form', 'frame', 'frameset', 'applet', 'base', 'link', 'meta', 'svg', 'math', 'template', 'noscript', 'input', 'button', 'textarea', 'select']);

/** The site's own components staff may use in MDX, with their literal string props. None yet: add one here and in the MDX pipeline together. */
export const STAFF_COMPONENTS: Readonly<Record<string, readonly string[]>> = {};

const BRACE_HELP = 'Di isi MDX, tanda { dan } memulai kode program, yang tidak boleh ada di isi situs. Bila maksudnya tanda kurung kurawal biasa, tulis \\{ dan \\} (garis miring terbalik di depannya).';

/**
 * Where a link may point: a path inside the site (`/…`, `./…`, `#…`), `https://`, `mailto:` or `tel:`.
 * Read the way a browser reads it (tabs and newlines removed, leading spaces and control characters
 * trimmed), so `java\tscript:` or ` javascript:` is still seen as a scheme; `//host` and `/\host`
 * (which browsers open on another host) are refused.
 */
export function isAllowedLink(url: string): boolean {
  const normalised = normaliseUrl(url);
  if (/^(?:https:\/\/|mailto:|tel:)/i.test(normalised)) return true;
  return isSitePath(normalised);
}

/** Where an image may come from: only inside the site. An image from another host would make every visitor's browser contact that host. */
export function isAllowedImage(url: string): boolean {
  return isSitePath(normaliseUrl(url));
}

function normaliseUrl(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
}

/** A relative reference with no scheme that stays on this host. */
function isSitePath(url: string): boolean {
  if (url === '') return false;
  if (/^[\\/][\\/]/.test(url) || url.startsWith('\\')) return false;
  // Any ":" before the first "/", "?" or "#" could be read as a scheme (javascript:, data:, vbscript:, http:…).
  return !/^[^/?#]*:/.test(url);
}

const linkHelp = (url: string) =>
  `Alamat "${shorten(url)}" tidak diizinkan. Tautan di isi situs hanya boleh ke halaman situs ini (mis. /2022/keputusan/), ke alamat https://…, mailto: atau tel:. Alamat javascript:, data:, vbscript:, http:// dan //… ditolak; untuk situs lain tulis alamat lengkapnya dengan https://.`;
const imageHelp = (url: string) =>
  `Gambar "${shorten(url)}" tidak diizinkan. Gambar harus disimpan di situs ini: letakkan berkas gambarnya di folder yang sama dengan berkas ini dan tulis ![keterangan](./nama-berkas.jpg). Gambar dari situs lain membuat peramban pengunjung menghubungi situs itu, jadi ditolak.`;

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

interface MdastLike {
  type: string;
  value?: string;
  url?: string;
  identifier?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastLike[];
  position?: { start?: { line?: number } };
}

const allowedList = () => Object.keys(ALLOWED_ELEMENTS).map((name) => `<${name}>`).join(' ');

function elementFindings(node: MdastLike, line: number | undefined): SafetyFinding[] {
  const name = node.name ?? '';
  if (!name) return [{ line, message: 'Tag kosong <>…</> tidak diizinkan di isi situs. Hapus tag itu (cukup tulis teksnya).' }];
  const component = /^[A-Z]/.test(name) || name.includes('.');
  if (component && !STAFF_COMPONENTS[name]) {
    return [{ line, message: `Komponen <${name}> tidak dikenal, jadi halaman ini tidak dapat dibangun. Isi MDX hanya boleh memakai tag HTML biasa (huruf kecil, mis. <b>, <table>). Bila maksudnya teks biasa, tulis \\<${name}>.` }];
  }
  const lower = name.toLowerCase();
  const allowed = component ? STAFF_COMPONENTS[name]! : ALLOWED_ELEMENTS[lower];
  if (!allowed || name !== lower && !component) {
    const why = DANGEROUS_ELEMENTS.has(lower) ? ' karena dapat menjalankan program, memuat situs lain atau meminta isian dari pengunjung' : '';
    return [{ line, message: `Tag <${name}> tidak diizinkan di isi situs${why}. Hapus tag itu. Tag HTML yang boleh: ${allowedList()}. Bila maksudnya teks biasa, tulis \\<${name}>.` }];
  }
  const findings: SafetyFinding[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      findings.push({ line, message: `Tag <${name}> memuat {…} (kode program), yang tidak boleh ada di isi situs. Tulis atributnya dengan nilai biasa dalam tanda kutip, mis. title="…". ${BRACE_HELP}` });
      continue;
    }
    const attributeName = attribute.name ?? '';
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value !== 'string') {
      findings.push({ line, message: `Atribut ${attributeName} pada <${name}> memakai {…} (kode program). Tulis nilainya dalam tanda kutip, mis. ${attributeName}="…". ${BRACE_HELP}` });
      continue;
    }
    const lowerAttribute = attributeName.toLowerCase();
    if (lowerAttribute.startsWith('on')) {
      findings.push({ line, message: `Atribut ${attributeName} pada <${name}> menjalankan program di peramban pengunjung dan tidak diizinkan. Hapus atribut itu.` });
      continue;
    }
    if (!GLOBAL_ATTRIBUTES.includes(attributeName) && !allowed.includes(attributeName)) {
      const list = [...allowed, ...GLOBAL_ATTRIBUTES].join(', ');
      findings.push({ line, message: `Atribut ${attributeName} pada <${name}> tidak diizinkan. Atribut yang boleh untuk <${name}>: ${list}. Hapus atribut itu.` });
      continue;
    }
    if (typeof value === 'string' && lower === 'a' && attributeName === 'href' && !isAllowedLink(value)) findings.push({ line, message: linkHelp(value) });
    if (typeof value === 'string' && lower === 'img' && attributeName === 'src' && !isAllowedImage(value)) findings.push({ line, message: imageHelp(value) });
  }
  return findings;
}

/** Every rule violation in an MDX syntax tree (mdast with MDX nodes, as Sätteri parses it). Pure. */
export function mdxTreeFindings(tree: MdastLike): SafetyFinding[] {
  const findings: SafetyFinding[] = [];
  // `![x][ref]` takes its address from `[ref]: …`, which is judged as a link (https allowed): judge it again as an image.
  const definitions = new Map<string, string>();
  const collect = (node: MdastLike) => {
    // CommonMark: of two definitions with the same label, the FIRST is used (as the build renders it)
    if (node.type === 'definition' && node.identifier && !definitions.has(node.identifier.toLowerCase())) definitions.set(node.identifier.toLowerCase(), node.url ?? '');
    node.children?.forEach(collect);
  };
  collect(tree);
  const walk = (node: MdastLike) => {
    const line = node.position?.start?.line;
    switch (node.type) {
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        findings.push({ line, message: `Tulisan "{${shorten(node.value ?? '')}}" akan dijalankan sebagai kode program. ${BRACE_HELP}` });
        break;
      case 'mdxjsEsm': {
        const word = /^\s*export/.test(node.value ?? '') ? 'export' : 'import';
        findings.push({ line, message: `Baris "${shorten((node.value ?? '').split('\n')[0]!)}" adalah perintah ${word} JavaScript; isi MDX situs ini tidak memakai ${word}. Hapus barisnya, atau awali dengan \\ bila maksudnya teks biasa.` });
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        findings.push(...elementFindings(node, line));
        break;
      case 'html':
        findings.push({ line, message: 'HTML mentah tidak diizinkan di isi situs. Pakai penulisan Markdown, atau tag yang diizinkan (lihat content/PANDUAN.md).' });
        break;
      case 'link':
      case 'definition':
        if (!isAllowedLink(node.url ?? '')) findings.push({ line, message: linkHelp(node.url ?? '') });
        break;
      case 'image':
        if (!isAllowedImage(node.url ?? '')) findings.push({ line, message: imageHelp(node.url ?? '') });
        break;
      case 'imageReference': {
        const url = definitions.get((node.identifier ?? '').toLowerCase());
        if (url !== undefined && !isAllowedImage(url)) findings.push({ line, message: imageHelp(url) });
        break;
      }
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return findings;
}

/** Parses an MDX body (frontmatter removed or blanked) and returns its violations; throws the parser's error on a syntax error. */
export function mdxSourceFindings(source: string): SafetyFinding[] {
  const tree = mdxToMdast(source, { features: { gfm: true }, position: true }) as unknown as MdastLike;
  return mdxTreeFindings(tree);
}

/** Relative image paths written in a body (`![…](./foto.jpg)`, `<img src="foto.jpg">`), which the build reads from disk. */
export function localImagePaths(tree: MdastLike): { url: string; line?: number }[] {
  const found: { url: string; line?: number }[] = [];
  const walk = (node: MdastLike) => {
    const line = node.position?.start?.line;
    if (node.type === 'image' && node.url && isAllowedImage(node.url) && !node.url.startsWith('/') && !node.url.startsWith('#')) found.push({ url: node.url, line });
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}
