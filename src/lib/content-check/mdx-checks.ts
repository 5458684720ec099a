import { globSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { collectionSpecs } from '../../schemas/collections.ts';
import type { ContentSet } from './load.ts';
import type { Problem } from './problem.ts';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

/** Start of an MDX compiler message we translate: "3:14: Could not parse …" → line 3 of the body. */
const POSITION = /^(\d+):(\d+):\s*/;

/**
 * Compiles one MDX body with Sätteri, the compiler @astrojs/mdx uses in the build (same options
 * that matter for syntax: JSX for Astro, GFM, smart punctuation). Returns the problem, if any,
 * with the line counted in the whole file.
 */
export async function mdxBodyProblem(text: string, file: string): Promise<Problem | undefined> {
  const frontmatter = FRONTMATTER.exec(text);
  if (!frontmatter) return undefined; // reported by the loader
  const body = text.slice(frontmatter[0].length);
  const bodyStart = frontmatter[0].split('\n').length - (frontmatter[0].endsWith('\n') ? 1 : 0);
  try {
    await mdxToJs(body, {
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
      features: { gfm: true, smartPunctuation: true },
      fileURL: pathToFileURL(resolve(file)),
    });
    return undefined;
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = POSITION.exec(raw);
    const line = position ? bodyStart + Number(position[1]) : undefined;
    const detail = raw.replace(POSITION, '').replace(/\s*\(mdx[-\w]*:[-\w]+\)\s*$/, '');
    return {
      file,
      line,
      message: `Isi MDX tidak dapat dibaca: ${detail}. Di MDX, tanda < memulai tag (tutup setiap tag, mis. <b>…</b>) dan { memulai ekspresi: tulis \\{ dan \\< bila maksudnya tanda biasa, atau bungkus dengan \`…\`.`,
    };
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
      return mdxBodyProblem(readFileSync(full, 'utf8'), relative(process.cwd(), full) || path);
    }),
  );
  return problems.filter((problem): problem is Problem => problem !== undefined);
}
