import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lastInspection } from './content-guard.ts';

/**
 * Warnings that say nothing staff (or developers) can act on, silenced where they arise.
 * Astro's MDX compiler marks every content module with the directive "use astro:head-inject";
 * the bundler warns that it "may not be preserved", once per note and component (33 boxes). Astro
 * reads the directive before bundling, so nothing is lost. Every other warning is kept.
 */
export function isHarmlessBundlerWarning(warning: { code?: string; message?: string }): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && /["']use astro:head-inject["']/.test(warning.message ?? '');
}

/** HTML pages under the output folder. */
function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}

/** "Situs selesai dibangun: 91 halaman, 12 catatan, 30 bukti, 2 survei, 0 peringatan." */
export function summaryLine(counts: { pages: number; notes: number; evidence: number; surveys: number; warnings: number }): string {
  return `Situs selesai dibangun: ${counts.pages} halaman, ${counts.notes} catatan, ${counts.evidence} bukti, ${counts.surveys} survei, ${counts.warnings} peringatan.`;
}

/**
 * A quiet, honest build: harmless bundler warnings silenced at their source, and one Indonesian
 * line at the very end of a successful build saying what was built. List it last.
 */
export function buildReport(): AstroIntegration {
  return {
    name: 'pzi:build-report',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              rolldownOptions: {
                onwarn(warning: { code?: string; message: string }, warn: (warning: { code?: string; message: string }) => void) {
                  if (!isHarmlessBundlerWarning(warning)) warn(warning);
                },
              },
            },
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        const inspection = lastInspection();
        const counts = {
          pages: countPages(fileURLToPath(dir)),
          notes: inspection?.counts.notes ?? 0,
          evidence: inspection?.counts.evidence ?? 0,
          surveys: inspection?.counts.surveys ?? 0,
          warnings: inspection?.problems.filter((problem) => problem.level === 'warning').length ?? 0,
        };
        // Astro prints its own "Complete!" after the last hook: the summary goes after it, as the last line.
        process.once('exit', (code) => {
          if (code === 0) console.log(summaryLine(counts));
        });
      },
    },
  };
}
