import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '../lib/content-root.ts';
import { UnsafeContentFile } from '../lib/content-file.ts';
import { copyEvidenceFiles, EvidenceCopyRefused, takeEvidenceFiles } from '../lib/evidence/published-files.ts';
import { staffError } from '../lib/staff-error.ts';

/**
 * Publishes the evidence files of `astro build` (see src/lib/evidence/published-files.ts): the
 * route hands its list over while Astro collects static paths, and this hook copies the files
 * into the output folder after the pages are generated, before `astro:build:done` (sitemap,
 * pagefind and the atomic swap of `atomicOutput`, which must stay after this one). A refused
 * file fails the build, so the previous site stays in place.
 */
export function evidenceFiles(): AstroIntegration {
  return {
    name: 'pzi:evidence-files',
    hooks: {
      'astro:build:generated': ({ dir, logger }) => {
        const files = takeEvidenceFiles();
        // The route always runs in a build; without its list the site would silently lack its evidence.
        if (!files) throw new Error('pzi:evidence-files: daftar berkas bukti tidak diterima dari rute /[year]/bukti/berkas/[file] (rute itu tidak dijalankan?).');
        const started = performance.now();
        try {
          copyEvidenceFiles(contentRoot(), fileURLToPath(dir), files);
        } catch (error) {
          if (error instanceof EvidenceCopyRefused || error instanceof UnsafeContentFile) throw staffError('Berkas bukti tidak diterbitkan', error.message);
          throw error;
        }
        logger.info(`Berkas bukti: ${files.length} berkas disalin (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
