import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { cacheDir } from '../lib/build-cache.ts';
import { contentRoot } from '../lib/content-root.ts';
import { restoreSearchIndex, searchIndexKey, storeSearchIndex } from '../lib/search/index-cache.ts';

/** pagefind's options: part of the cache key, so a changed option never reuses an old index. */
const INDEX_OPTIONS = { forceLanguage: 'id' } as const;

/** pagefind's version (its output format may change with it). */
function pagefindVersion(): string {
  const packageJson = new URL('../package.json', import.meta.resolve('pagefind'));
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

/**
 * Builds the pagefind search index from the finished HTML at the end of `astro build`,
 * into `<outDir>/pagefind/`, so `npm run build -- --outDir x --base /y` indexes the right folder.
 * Any pagefind error fails the build. When every HTML page is byte for byte what the stored index
 * was built from, that index is copied instead (src/lib/search/index-cache.ts).
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'pzi:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const outputPath = path.join(outDir, 'pagefind');
        const shown = path.relative(process.cwd(), outputPath) || outputPath;
        const cacheRoot = path.join(cacheDir(), 'pagefind');
        const slot = path.resolve(contentRoot());
        const key = searchIndexKey(outDir, `pagefind ${pagefindVersion()} ${JSON.stringify(INDEX_OPTIONS)}`);
        const reused = restoreSearchIndex(cacheRoot, slot, key, outputPath);
        if (reused !== undefined) {
          logger.info(`Indeks pencarian: ${reused} halaman → ${shown} (halaman tidak berubah sejak build terakhir; indeks dipakai ulang)`);
          return;
        }
        const { createIndex, close } = await import('pagefind');
        const fail = (step: string, errors: string[]) => {
          if (errors.length) throw new Error(`pagefind (${step}) gagal:\n${errors.join('\n')}`);
        };
        try {
          const { index, errors } = await createIndex({ ...INDEX_OPTIONS });
          fail('createIndex', errors);
          if (!index) throw new Error('pagefind: indeks tidak dibuat.');
          const added = await index.addDirectory({ path: outDir });
          fail('addDirectory', added.errors);
          if (added.page_count === 0) throw new Error(`pagefind: tidak ada halaman di ${outDir}.`);
          const written = await index.writeFiles({ outputPath });
          fail('writeFiles', written.errors);
          storeSearchIndex(cacheRoot, slot, key, written.outputPath, added.page_count);
          logger.info(`Indeks pencarian: ${added.page_count} halaman → ${path.relative(process.cwd(), written.outputPath) || written.outputPath}`);
        } finally {
          await close();
        }
      },
    },
  };
}
