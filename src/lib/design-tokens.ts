/**
 * The design tokens of src/styles/global.css (its `@layer tokens` block), for code that draws
 * outside CSS: Open Graph cards, the web manifest, the favicon. The stylesheet is the one
 * source; this module only reads it at build time, so a colour is changed once. (Read from the
 * project root like the OG fonts, not as a Vite `?raw` import: Vitest empties CSS imports.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** `--name: value` declarations of the `:root` block in the tokens layer. */
export function parseTokens(text: string): Record<string, string> {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '');
  const block = /@layer tokens\s*\{\s*:root\s*\{([^}]*)\}/.exec(withoutComments)?.[1];
  if (!block) throw new Error('global.css: no `@layer tokens { :root { … } }` block');
  return Object.fromEntries([...block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const tokens = parseTokens(readFileSync(path.resolve('src/styles/global.css'), 'utf8'));

/** A token's value; throws for a name the stylesheet does not define. */
export function token(name: string): string {
  const value = tokens[name];
  if (value === undefined) throw new Error(`global.css defines no --${name}`);
  return value;
}

export const ACCENT = token('accent');
export const ACCENT_INK = token('accent-ink');
export const PAPER = token('paper');
