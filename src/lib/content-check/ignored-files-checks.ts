import { globSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentSet } from './load.ts';
import type { Problem } from './problem.ts';

/** Files with the wrong extension that the build would skip without a word: the staff member thinks they are published. */
const LOOKALIKES: { pattern: string; expected: string }[] = [
  { pattern: '[0-9][0-9][0-9][0-9]/catatan/*.{md,markdown,txt}', expected: '.mdx' },
  { pattern: '[0-9][0-9][0-9][0-9]/bukti/*.yml', expected: '.yaml' },
  { pattern: 'survei/*/index.{md,markdown}', expected: 'index.mdx' },
  { pattern: 'kanal/*.yml', expected: '.yaml' },
  { pattern: 'panduan/*.md', expected: '.mdx' },
];

/** A note, evidence item, survey or channel saved with a near-miss extension is an error, not silently left out. */
export function checkIgnoredFiles(content: ContentSet): Problem[] {
  return LOOKALIKES.flatMap(({ pattern, expected }) =>
    globSync(pattern, { cwd: content.root }).sort().map((path) => ({
      file: relative(process.cwd(), join(content.root, path)) || path,
      message: `Berkas ini tidak akan dibaca, karena berakhiran selain ${expected}. Ganti akhiran namanya menjadi ${expected}.`,
    })),
  );
}
