// The house rules of src/lib, checked so that they hold after the next change too:
// small modules, features in their own folders, one-off tools and test helpers outside the runtime.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = 'src/lib';
const MAX_LINES = 300;

/** Every file under `dir`, relative to the project root. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The loose files of src/lib: pieces every feature shares (addresses, formatting, memoisation, the
 * build's cache layer...). A file used by one feature belongs in that feature's folder; a new shared
 * piece is added here on purpose, in review.
 */
const SHARED_LOOSE_FILES = [
  'build-cache.ts',
  'content-file.ts',
  'content-root.ts',
  'csv.ts',
  'design-tokens.ts',
  'format.ts',
  'i18n.ts',
  'memo.ts',
  'pagination.ts',
  'portal.ts',
  'route.ts',
  'staff-error.ts',
  'status-class.ts',
  'unit.ts',
  'url.ts',
];

describe('src/lib layout', () => {
  it(`has no file over ${MAX_LINES} lines`, () => {
    const long = filesUnder(LIB)
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });

  it('keeps only the shared pieces as loose files; everything else lives in a feature folder', () => {
    const loose = readdirSync(LIB, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
    expect(loose).toEqual(SHARED_LOOSE_FILES);
  });

  it('holds neither the decree importer nor the performance helpers, and no runtime file imports scripts/ or tests/', () => {
    const files = filesUnder('src');
    expect(files.filter((file) => /decree-table|[/\\]perf[/\\]/.test(file))).toEqual([]);
    const reaching = files
      .filter((file) => /\.(ts|astro|mjs|js)$/.test(file))
      .filter((file) => /from\s+['"](\.\.\/)+(scripts|tests)\//.test(readFileSync(file, 'utf8')));
    expect(reaching).toEqual([]);
  });

  it('has no barrel across folders: a feature imports another feature’s module directly', () => {
    const reexporting = filesUnder(LIB).filter((file) => /^export\s+(\*|(type\s+)?\{[^}]*\})\s+from\s+['"]\.\.?\/[^'"]*\//m.test(readFileSync(file, 'utf8')));
    expect(reexporting).toEqual([]);
  });

  it('lets no feature depend on the content check, its top consumer (shared readers live in loose files)', () => {
    // the CMS builds its configuration from the checked content set, so it is the one reader of its types
    const importing = filesUnder(LIB)
      .filter((file) => !/[/\\](content-check|cms)[/\\]/.test(file))
      .filter((file) => /from\s+['"][^'"]*content-check\//.test(readFileSync(file, 'utf8')));
    expect(importing).toEqual([]);
  });
});
