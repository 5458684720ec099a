import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '../lib/content-root.ts';
import { UnsafeContentFile } from '../lib/content-file.ts';
import { copyEvidenceFiles, EvidenceCopyRefused, listedEvidenceFiles, verifyPublishedChecksums } from '../lib/evidence/published-files.ts';
import { staffError } from '../lib/staff-error.ts';

/** A refused or changed file fails the build with its staff message (so the previous site stays in place). */
function asStaffError(error: unknown): unknown {
  return error instanceof EvidenceCopyRefused || error instanceof UnsafeContentFile ? staffError('Berkas bukti tidak diterbitkan', error.message) : error;
}

/**
 * Publishes the evidence files of `astro build` (see src/lib/evidence/published-files.ts): once the
 * pages are generated, the files the output's checksum lists name are copied into it, before
 * `astro:build:done` (sitemap, pagefind and the atomic swap of `atomicOutput`).
 */
export function evidenceFiles(): AstroIntegration {
  return {
    name: 'pzi:evidence-files',
    hooks: {
      'astro:build:generated': ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        try {
          const copied = copyEvidenceFiles(contentRoot(), outDir, listedEvidenceFiles(outDir));
          logger.info(`Berkas bukti: ${copied} berkas disalin (${Math.round(performance.now() - started)} ms)`);
        } catch (error) {
          throw asStaffError(error);
        }
      },
    },
  };
}

/** `atomicOutput`'s check: every published evidence file has the SHA-256 the site states for it. */
export function verifyEvidenceOutput(outDir: string): void {
  try {
    verifyPublishedChecksums(outDir);
  } catch (error) {
    throw asStaffError(error);
  }
}
