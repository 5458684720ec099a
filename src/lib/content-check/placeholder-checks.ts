import { globSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectionSpecs } from '../../schemas/collections.ts';
import type { ContentSet } from './load.ts';
import type { Problem } from './problem.ts';
import { fileSafety, readContentFile } from '../content-file.ts';

/**
 * Scaffolds (`npm run new`) write their example text inside this marker, e.g.
 * `[[ISI: Tuliskan di sini …]]`, so a file published before anyone wrote it is refused.
 */
export const PLACEHOLDER_START = '[[ISI:';

/** `[[ISI: teks]]` around a scaffold's example text. */
export function placeholder(text: string): string {
  return `${PLACEHOLDER_START} ${text}]]`;
}

/** Every content file that still holds a scaffold's placeholder, with its line. */
export function checkPlaceholders(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const patterns = [...new Set(Object.values(collectionSpecs).map((spec) => spec.pattern))];
  const files = [...new Set(patterns.flatMap((pattern) => globSync(pattern, { cwd: content.root })))].sort();
  for (const path of files) {
    const full = join(content.root, path);
    // a symlink, FIFO or device is reported by file-kind-checks.ts and never opened (a FIFO would hang)
    if (!fileSafety(content.root, full).ok) continue;
    const lines = readContentFile(content.root, full).toString('utf8').split('\n');
    lines.forEach((text, index) => {
      const at = text.indexOf(PLACEHOLDER_START);
      if (at < 0) return;
      const end = text.indexOf(']]', at);
      const quoted = end > 0 ? text.slice(at, end + 2) : text.slice(at);
      problems.push({
        file: relative(process.cwd(), full) || path,
        line: index + 1,
        message: `Teks contoh dari templat belum diganti: "${quoted.length > 90 ? `${quoted.slice(0, 87)}…` : quoted}". Tulis isi yang sebenarnya di tempatnya (hapus juga tanda [[ISI: … ]]).`,
      });
    });
  }
  return problems;
}
