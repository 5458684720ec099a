import type { AstroIntegration } from 'astro';
import { errorsOnly, formatReport, formatWarnings, inspectContent } from '../lib/content-check/index.ts';
import { contentRoot } from '../lib/content-root.ts';
import { debugEnabled } from '../lib/staff-error.ts';

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
        const problems = await inspectContent(contentRoot());
        if (errorsOnly(problems).length) {
          if (command === 'build') {
            // Staff read the report, not Astro's "unhandled error" frame and stack trace; nothing
            // has been written yet, so stopping here leaves the output folder as it was.
            console.error(`\n${formatReport(problems)}\n`);
            if (debugEnabled()) console.error(new Error('content guard').stack);
            process.exit(1);
          }
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
