import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const INDEX_OPTIONS = { forceLanguage: 'id' } as const;

/**
 * Builds the pagefind search index from the finished HTML at the end of `astro build`,
 * into `<outDir>/pagefind/`, so `npm run build -- --outDir x --base /y` indexes the right folder.
 * Any pagefind error fails the build.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'pzi:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const outputPath = path.join(outDir, 'pagefind');
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
          logger.info(`Indeks pencarian: ${added.page_count} halaman → ${path.relative(process.cwd(), written.outputPath) || written.outputPath}`);
        } finally {
          await close();
        }
      },
    },
  };
}
