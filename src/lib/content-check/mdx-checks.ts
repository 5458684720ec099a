import { globSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { collectionSpecs } from '../../schemas/collections.ts';
import { SAFE_FILE_NAME } from '../../schemas/evidence.ts';
import { safeFileName } from './safe-file-name.ts';
import type { ContentSet } from './load.ts';
import { GENERAL_MDX, mdxMessage } from './mdx-messages.ts';
import type { Problem } from './problem.ts';
import { mdxSourceFindings } from './mdx-safety.ts';
import { mdxLimitFindings } from './mdx-limits.ts';
import { fileSafety, fileSafetyMessage, readContentFile } from '../content-file.ts';
import { noteImageProblem } from '../note-images/rules.ts';


const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

/** Start of an MDX compiler message we translate: "3:14: Could not parse …" → line 3 of the body. */
const POSITION = /^(\d+):(\d+):\s*/;

const SYNTAX_HELP = 'Di MDX, tanda < memulai tag (tutup setiap tag, mis. <b>…</b>) dan { memulai ekspresi: tulis \\{ dan \\< bila maksudnya tanda biasa, atau bungkus dengan `…`.';

/**
 * A Markdown image `![alt](path)` or `![alt](<path>)`; a path that is not a URL or site path is
 * bundled by the build and must exist. The path is read up to ")" or an optional "title", so a
 * name with spaces (`./Foto Rapat.JPG`) is seen whole and can be named in the message.
 */
const MARKDOWN_IMAGE = /!\[[^\]]*\]\(\s*(?:<([^>\n]+)>|([^)\n]*?))\s*(?:"[^"\n]*"\s*)?\)/g;

/** 1-based line within `text` of character `index`. */
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** What compiles but is still refused: the safe-MDX rules (mdx-safety.ts), missing local images. */
function buildProblems(body: string, bodyStart: number, file: string, root: string): Problem[] {
  const problems: Problem[] = mdxSourceFindings(body).map((finding) => ({ file, line: finding.line === undefined ? undefined : bodyStart + finding.line, message: finding.message }));
  for (const match of body.matchAll(MARKDOWN_IMAGE)) {
    const src = (match[1] ?? match[2] ?? '').trim();
    if (!src || /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(src)) continue;
    const line = bodyStart + lineAt(body, match.index);
    let decoded = src;
    try {
      decoded = decodeURI(src);
    } catch {
      // a stray "%" is part of the name as written
    }
    const name = basename(decoded);
    if (!SAFE_FILE_NAME.test(name)) {
      // Same rule and advice as evidence files: spaces, capitals and brackets break addresses.
      const safe = safeFileName(name);
      const folder = dirname(decoded) === '.' ? './' : `${dirname(decoded)}/`;
      problems.push({ file, line, message: `Nama gambar "${name}" berisi spasi, huruf besar, atau tanda lain. Ganti nama berkasnya menjadi "${safe}" (huruf kecil a–z, angka, "-", "_" dan "."), lalu tulis ![keterangan gambar](${folder}${safe}).` });
      continue;
    }
    const onDisk = join(dirname(file), decoded);
    const safety = fileSafety(root, onDisk);
    if (!safety.ok && safety.reason !== 'missing') {
      problems.push({ file, line, message: fileSafetyMessage(safety.reason, src, root) });
    } else if (safety.ok) {
      // what the image optimiser could not process would otherwise reach the site as is, metadata and all
      const refused = noteImageProblem(src, readContentFile(root, onDisk));
      if (refused) problems.push({ file, line, message: refused });
    } else {
      problems.push({ file, line, message: `Gambar "${src}" tidak ditemukan di folder ${dirname(file)}/. Letakkan gambarnya di folder yang sama dengan berkas ini (nama harus sama persis) atau perbaiki alamatnya.` });
    }
  }
  return problems;
}

/**
 * Compiles one MDX body with Sätteri, the compiler @astrojs/mdx uses in the build (same options
 * that matter for syntax: JSX for Astro, GFM, smart punctuation). Returns the problem, if any,
 * with the line counted in the whole file, plus what compiles but the build still rejects.
 */
export async function mdxBodyProblems(text: string, file: string, root = dirname(file)): Promise<Problem[]> {
  const frontmatter = FRONTMATTER.exec(text);
  if (!frontmatter) return []; // reported by the loader
  const body = text.slice(frontmatter[0].length);
  const bodyStart = frontmatter[0].split('\n').length - (frontmatter[0].endsWith('\n') ? 1 : 0);
  // what would crash the compiler (it ends the process, naming nothing) is refused before it runs
  const limits = mdxLimitFindings(body);
  if (limits.length) return limits.map((finding) => ({ file, line: bodyStart + finding.line, message: `Isi MDX tidak dapat dibaca: ${finding.message}` }));
  try {
    await mdxToJs(body, {
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
      features: { gfm: true, smartPunctuation: true },
      fileURL: pathToFileURL(resolve(file)),
    });
    return buildProblems(body, bodyStart, file, root);
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = POSITION.exec(raw);
    const line = position ? bodyStart + Number(position[1]) : undefined;
    const original = raw
      .replace(POSITION, '')
      .replace(/\s*\(mdx[-\w]*:[-\w]+\)\s*$/, '')
      // positions inside the message count from the body: say them as lines of the file
      .replace(/\((\d+):(\d+)\)/g, (_, bodyLine: string, column: string) => `(baris ${bodyStart + Number(bodyLine)}, kolom ${column})`);
    // The line as written, so staff recognise what they typed.
    const written = position ? body.split('\n')[Number(position[1]) - 1]?.trim() : undefined;
    const quoted = written ? ` Anda menulis: "${written.length > 80 ? `${written.slice(0, 77)}…` : written}".` : '';
    const said = mdxMessage(original);
    const detail = `${said}${quoted}${said.startsWith(GENERAL_MDX) ? ` ${SYNTAX_HELP}` : ''}`;
    return [{ file, line, message: `Isi MDX tidak dapat dibaca: ${detail}` }];
  }
}

/**
 * Every MDX body compiles, so the build never stops on one. Reads the files itself: a body with
 * a syntax error is reported even when the frontmatter also fails its schema.
 */
export async function checkMdxBodies(content: ContentSet): Promise<Problem[]> {
  const files = Object.values(collectionSpecs)
    .filter((spec) => spec.format === 'mdx')
    .flatMap((spec) => globSync(spec.pattern, { cwd: content.root }).sort());
  const problems = await Promise.all(
    files.map((path) => {
      const full = join(content.root, path);
      // Unsafe files (symlinks, special files) are reported by the loader and never read.
      if (!fileSafety(content.root, full).ok) return [];
      return mdxBodyProblems(readContentFile(content.root, full).toString('utf8'), relative(process.cwd(), full) || path, content.root);
    }),
  );
  return problems.flat();
}
