import type { AstroIntegration } from 'astro';
import { checkContent, errorsOnly, formatReport, formatWarnings } from '../lib/content-check/index.ts';
import { contentRoot } from '../lib/content-root.ts';

/**
 * Validates all content before Astro does anything, so a bad edit stops the build with
 * every problem listed in Indonesian, and nothing is written to `dist/`.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'pzi:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = checkContent(contentRoot());
        if (errorsOnly(problems).length) {
          const error = new Error(formatReport(problems));
          error.name = 'IsiTidakSah';
          throw error;
        }
        const warnings = formatWarnings(problems);
        if (warnings) logger.warn(warnings);
        logger.info('Semua isi lolos pemeriksaan.');
      },
    },
  };
}
