import type { AstroIntegration } from 'astro';
import { resolve, sep } from 'node:path';
import { errorsOnly, formatReport, formatWarnings, inspectContentWithEntries, type Problem } from '../lib/content-check/index.ts';
import type { ContentSet } from '../lib/content-check/load.ts';
import { inspectContentCached } from '../lib/content-check/pass-cache.ts';
import { shareCheckedContent } from '../lib/content-check/shared-content.ts';
import { contentRoot } from '../lib/content-root.ts';
import { setDevProblems } from './dev-problems.ts';
import { debugEnabled, StaffError } from '../lib/staff-error.ts';
import { markPreview } from '../lib/content-check/preview-loader.ts';

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

/**
 * How the Astro CLI ends a refused build (astro.config.mjs): staff read the report, not Astro's
 * "unhandled error" frame around a thrown error; nothing has been written yet, so exiting here
 * leaves the output folder as it was. `PZI_DEBUG=1` adds the stack.
 */
export function exitQuietly(refusal: StaffError): never {
  console.error(`\n${refusal.message}\n`);
  if (debugEnabled()) console.error(new Error('content guard').stack);
  process.exit(1);
}

export type ContentGuardOptions = {
  /** Ends a refused build. By default the refusal is thrown, so callers (tests, scripts) can observe it. */
  refuse?: (refusal: StaffError) => never;
  /**
   * Skip the check in `dev` under Vitest: Vitest's unit project loads astro.config.mjs through
   * getViteConfig (as `dev`) only to compile components, and checking all of content/ first is
   * not what those tests are about. Real `astro dev`/`astro build` (also the e2e builds, spawned
   * without VITEST) always check; a build is never skipped.
   */
  skipDevUnderVitest?: boolean;
};

const throwRefusal = (refusal: StaffError): never => {
  throw refusal;
};

/**
 * Validates all content before Astro does anything, so a bad edit stops the build with
 * every problem listed in Indonesian, and nothing is written to `dist/`. Warnings are printed only.
 * In `npm run dev` problems never stop the preview: they are printed, and every page shows them
 * in a banner (middleware added in dev only) until the files are fixed.
 */
export function contentGuard({ refuse = throwRefusal, skipDevUnderVitest = false }: ContentGuardOptions = {}): AstroIntegration {
  return {
    name: 'pzi:content-guard',
    hooks: {
      'astro:config:setup': async ({ command, logger, addMiddleware }) => {
        if (command !== 'build' && command !== 'dev') return;
        if (command === 'dev' && skipDevUnderVitest && process.env.VITEST) return;
        let reused = false;
        if (command === 'build') {
          // Unchanged content and code since the last passing check: its result is reused (see pass-cache.ts).
          const checked = await inspectContentCached(contentRoot(), async (root, fingerprint) => {
            const inspection = await inspectContentWithEntries(root);
            // /admin/config.json needs the same content: handed on instead of read again (shared-content.ts).
            if (errorsOnly(inspection.problems).length === 0) shareCheckedContent(fingerprint, inspection.content);
            return { problems: inspection.problems, summary: countsOf(inspection.content) };
          });
          last = { problems: checked.problems, counts: checked.summary };
          reused = checked.reused;
        } else {
          const inspection = await inspectContentWithEntries(contentRoot());
          last = { problems: inspection.problems, counts: countsOf(inspection.content) };
        }
        const { problems } = last;
        if (command === 'dev') {
          markPreview();
          setDevProblems(problems);
          addMiddleware({ entrypoint: new URL('./dev-banner-middleware.ts', import.meta.url), order: 'pre' });
          if (errorsOnly(problems).length) logger.warn(previewReport(problems));
        } else if (errorsOnly(problems).length) {
          // Nothing has been written yet, so stopping here leaves the output folder as it was.
          refuse(refusalOf(problems));
        }
        if (errorsOnly(problems).length) return;
        const warnings = formatWarnings(problems);
        if (warnings) logger.warn(warnings);
        logger.info(reused ? 'Semua isi lolos pemeriksaan (tidak ada yang berubah sejak pemeriksaan terakhir).' : 'Semua isi lolos pemeriksaan.');
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        // Re-check whenever a content file changes, so the banner follows the files.
        const root = resolve(contentRoot());
        server.watcher.add(root);
        let timer: NodeJS.Timeout | undefined;
        let running = Promise.resolve();
        const recheck = () => {
          running = running.then(async () => {
            const problems = (await inspectContentWithEntries(contentRoot())).problems;
            const filesWithErrors = (list: readonly Problem[]) => [...new Set(errorsOnly(list).map((problem) => problem.file))].sort().join('\n');
            const before = errorsOnly(last?.problems ?? []).length;
            const changedFiles = filesWithErrors(last?.problems ?? []) !== filesWithErrors(problems);
            last = { ...last!, problems };
            setDevProblems(problems);
            // A file that broke or was fixed: reload the content, so the preview leaves out or takes back that file.
            // Astro skips a refresh without a word while it is reloading its content configuration (a
            // change in the watched content folder can start that); a second refresh a moment later
            // makes sure the fixed file comes back (seen in the e2e preview test under load).
            if (changedFiles) {
              await refreshContent?.({});
              setTimeout(() => void refreshContent?.({})?.catch((error: unknown) => logger.error(String(error))), 1500);
            }
            const now = errorsOnly(problems).length;
            if (now) logger.warn(previewReport(problems));
            else if (before) logger.info('Semua masalah isi sudah diperbaiki.');
          }).catch((error) => logger.error(String(error)));
        };
        server.watcher.on('all', (_event, file) => {
          if (file !== root && !file.startsWith(root + sep)) return;
          clearTimeout(timer);
          timer = setTimeout(recheck, 100);
        });
      },
    },
  };
}
