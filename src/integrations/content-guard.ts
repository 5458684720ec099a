import type { AstroIntegration } from 'astro';
import { errorsOnly, formatReport, formatWarnings, inspectContent } from '../lib/content-check/index.ts';
import { contentRoot } from '../lib/content-root.ts';

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
        // Vitest's unit project loads this config through getViteConfig (as `dev`) only to compile
        // components; checking all of content/ first is not what those tests are about. Real
        // `astro dev`/`astro build` (also the e2e builds, spawned without VITEST in their
        // environment) always check; tests/unit/survey-check.test.ts calls the hook as `build`.
        if (command === 'dev' && process.env.VITEST) return;
        const problems = await inspectContent(contentRoot());
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
