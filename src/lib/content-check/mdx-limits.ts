import { bodyControlLine } from './text-limits.ts';

/**
 * Bounds on an MDX body checked before any parser sees it. The MDX compiler recurses once per level of
 * nesting and ends the whole process (a segmentation fault, no message) at a few thousand levels of
 * emphasis, quotes, lists or tags; a process that dies names no file. Real notes nest a handful of
 * levels, so the limit is far below the crash and far above any honest text. Pure, linear in the text.
 */

/** Deepest nesting of quotes, lists, tags or emphasis a body may have. */
export const MAX_MDX_NESTING = 100;
/** Largest MDX body (characters): a long note is a few thousand; this bounds every later pass. */
export const MAX_MDX_CHARS = 500_000;

export interface LimitFinding {
  /** 1-based line in the body. */
  line: number;
  message: string;
}

const DEPTH_HELP = `Isi bertingkat (kutipan >, daftar menjorok, tag di dalam tag, atau cetak tebal/miring di dalam cetak tebal/miring) paling banyak ${MAX_MDX_NESTING} tingkat.`;

/** How deep each kind of nesting goes on one line (quotes, list indentation) or across the body (tags, emphasis). */
export function mdxLimitFindings(body: string): LimitFinding[] {
  if (body.length > MAX_MDX_CHARS) {
    return [{ line: 1, message: `Isi berkas ini ${body.length.toLocaleString('id-ID')} karakter, lebih panjang dari batas ${MAX_MDX_CHARS.toLocaleString('id-ID')} karakter. Bagi menjadi beberapa catatan, atau lampirkan dokumen panjang sebagai bukti (PDF).` }];
  }
  const control = bodyControlLine(body);
  if (control !== undefined) return [{ line: control, message: 'Baris ini berisi karakter kendali tak terlihat (mis. NUL atau Escape), yang bukan bagian teks dan dapat merusak halaman. Ketik ulang baris itu (salinan dari program lain kadang membawanya).' }];
  const lines = body.split('\n');
  let tags = 0;
  let emphasis = 0;
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!;
    const line = index + 1;
    const quotes = /^[ \t>]*/.exec(text)![0].split('>').length - 1;
    if (quotes > MAX_MDX_NESTING) return [{ line, message: `Baris ini berisi ${quotes} tingkat kutipan (>). ${DEPTH_HELP}` }];
    const indent = /^[ \t]*/.exec(text)![0].replace(/\t/g, '    ').length;
    if (indent / 2 > MAX_MDX_NESTING) return [{ line, message: `Baris ini menjorok ${indent} spasi (daftar bertingkat terlalu dalam). ${DEPTH_HELP}` }];
    if (text.trim() === '') emphasis = 0; // emphasis never crosses a paragraph
    for (const match of text.matchAll(/<(\/?)[A-Za-z][^<>]*?(\/?)>|[*_~]+/g)) {
      const token = match[0];
      if (token.startsWith('<')) {
        if (match[2]) continue; // <br />
        tags = Math.max(0, tags + (match[1] ? -1 : 1));
        if (tags > MAX_MDX_NESTING) return [{ line, message: `Tag bersarang lebih dari ${MAX_MDX_NESTING} tingkat di sini. ${DEPTH_HELP}` }];
        continue;
      }
      // a run of * _ ~ opens when followed by a letter and not preceded by one, closes the other way round
      const before = text[match.index - 1] ?? ' ';
      const after = text[match.index + token.length] ?? ' ';
      const opens = /\s/.test(before) || /[^\p{L}\p{N}]/u.test(before) ? !/\s/.test(after) : false;
      const closes = !/\s/.test(before) && (/\s/.test(after) || /[^\p{L}\p{N}]/u.test(after));
      if (opens && !closes) emphasis++;
      else if (closes && !opens) emphasis = Math.max(0, emphasis - 1);
      if (emphasis > MAX_MDX_NESTING) return [{ line, message: `Cetak tebal/miring (* atau _) bersarang lebih dari ${MAX_MDX_NESTING} tingkat di sini. ${DEPTH_HELP}` }];
    }
  }
  return [];
}
