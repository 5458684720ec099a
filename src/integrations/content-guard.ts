import type { AstroIntegration } from 'astro';
import { errorsOnly, formatReport, formatWarnings, inspectContent } from '../lib/content-check/index.ts';
import { contentRoot } from '../lib/content-root.ts';
import { inspectContentCached } from '../lib/content-check/pass-cache.ts';

/**
 * Validates all content before Astro does anything, so a bad edit stops the build with
 * every problem listed in Indonesian, and nothing is written to `dist/`. Warnings are printed only.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'pzi:content-guard',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        // Unchanged content and code since the last passing check: its warnings are reused (see pass-cache.ts).
        const { problems, reused } = await inspectContentCached(contentRoot(), inspectContent);
        if (errorsOnly(problems).length) {
          const error = new Error(formatReport(problems));
          error.name = 'IsiTidakSah';
          throw error;
        }
        const warnings = formatWarnings(problems);
        if (warnings) logger.warn(warnings);
        logger.info(reused ? 'Semua isi lolos pemeriksaan (tidak ada yang berubah sejak pemeriksaan terakhir).' : 'Semua isi lolos pemeriksaan.');
      },
    },
  };
}
