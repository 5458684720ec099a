import type { AstroIntegration } from 'astro';
import { resolve, sep } from 'node:path';
import { errorsOnly, formatReport, formatWarnings, inspectContentWithEntries, type Problem } from '../lib/content-check/index.ts';
import type { ContentSet } from '../lib/content-check/load.ts';
import { contentRoot } from '../lib/content-root.ts';
import { problemsModule, sendProblems } from './dev-problems-module.ts';
import { debugEnabled, StaffError } from '../lib/staff-error.ts';

/** The check's report, said for the preview, which keeps running. */
function previewReport(problems: readonly Problem[]): string {
  return formatReport(problems).replace('Situs TIDAK dibangun; perbaiki lalu jalankan lagi.', 'Pratinjau tetap berjalan dan setiap halaman menampilkan masalahnya; situs baru dapat dibangun setelah semuanya diperbaiki.');
}

/** How many entries the content has: the build's summary line. */
type ContentCounts = { notes: number; evidence: number; surveys: number };
const countsOf = (content: ContentSet): ContentCounts => ({
  notes: content.entries.notes.length,
  evidence: content.entries.evidence.length,
  surveys: content.entries.surveys.length,
});

type Inspection = { problems: Problem[]; counts: ContentCounts };
let last: Inspection | undefined;

/** What the guard found at the start of this build (for the build's summary line). */
export function lastInspection(): Inspection | undefined {
  return last;
}

/** The refusal of a build: the whole Indonesian report, naming every file; no stack unless `PZI_DEBUG=1`. */
export function refusalOf(problems: readonly Problem[]): StaffError {
  const refusal = new StaffError(formatReport(problems));
  if (!debugEnabled()) refusal.stack = '';
  return refusal;
}

export type ContentGuardOptions = {
  /**
   * Skip the check in `dev` under Vitest: Vitest's unit project loads astro.config.mjs through
   * getViteConfig (as `dev`) only to compile components, and checking all of content/ first is
   * not what those tests are about. Real `astro dev`/`astro build` (also the e2e builds, spawned
   * without VITEST) always check; a build is never skipped.
   */
  skipDevUnderVitest?: boolean;
};

/**
 * Validates all content before Astro does anything, so a bad edit stops the build with
 * every problem listed in Indonesian, and nothing is written to `dist/`. The refusal is thrown:
 * Astro prints one line naming the hook, then the report (no stack unless `PZI_DEBUG=1`), and
 * exits 1, so the report is the last thing staff read. Warnings are printed only.
 * In `npm run dev` problems never stop the preview: they are printed, and every page shows them
 * in a banner (middleware added in dev only) until the files are fixed.
 */
export function contentGuard({ skipDevUnderVitest = false }: ContentGuardOptions = {}): AstroIntegration {
  return {
    name: 'pzi:content-guard',
    hooks: {
      'astro:config:setup': async ({ command, logger, addMiddleware, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        if (command === 'dev' && skipDevUnderVitest && process.env.VITEST) return;
        // Always checked, at every build: the safety rules (location, personal data, file kinds) are never skipped.
        const inspection = await inspectContentWithEntries(contentRoot());
        last = { problems: inspection.problems, counts: countsOf(inspection.content) };
        const { problems } = last;
        if (command === 'dev') {
          updateConfig({ vite: { plugins: [problemsModule(() => last?.problems ?? [])] } });
          addMiddleware({ entrypoint: new URL('./dev-banner-middleware.ts', import.meta.url), order: 'pre' });
          if (errorsOnly(problems).length) logger.warn(previewReport(problems));
        } else if (errorsOnly(problems).length) {
          // Nothing has been written yet, so stopping here leaves the output folder as it was.
          throw refusalOf(problems);
        }
        if (errorsOnly(problems).length) return;
        const warnings = formatWarnings(problems);
        if (warnings) logger.warn(warnings);
        logger.info('Semua isi lolos pemeriksaan.');
      },
      'astro:server:setup': ({ server, logger }) => {
        // Re-check whenever a content file changes, so the banner follows the files. (Each collection's
        // loader reloads its own files: src/lib/content-check/preview-loader.ts.)
        const root = resolve(contentRoot());
        server.watcher.add(root);
        let timer: NodeJS.Timeout | undefined;
        let running = Promise.resolve();
        const recheck = () => {
          running = running.then(async () => {
            const problems = (await inspectContentWithEntries(contentRoot())).problems;
            const before = errorsOnly(last?.problems ?? []).length;
            last = { ...last!, problems };
            sendProblems(server, problems);
            if (errorsOnly(problems).length) logger.warn(previewReport(problems));
            else if (before) logger.info('Semua masalah isi sudah diperbaiki.');
          }).catch((error) => logger.error(String(error)));
        };
        server.watcher.on('all', (_event, file) => {
          if (file !== root && !file.startsWith(root + sep)) return;
          // one re-check for a burst of changes (an editor's save, a folder copied in)
          clearTimeout(timer);
          timer = setTimeout(recheck, 100);
        });
      },
    },
  };
}
