import type { AstroIntegration } from 'astro';
import { resolve, sep } from 'node:path';
import { errorsOnly, formatReport, formatWarnings, inspectContentWithEntries, type Problem } from '../lib/content-check/index.ts';
import type { ContentSet } from '../lib/content-check/load.ts';
import { shareCheckedContent } from '../lib/content-check/shared-content.ts';
import { contentRoot } from '../lib/content-root.ts';
import { treeDigest } from '../lib/build-cache.ts';
import { setDevProblems } from './dev-problems.ts';
import { debugEnabled, StaffError } from '../lib/staff-error.ts';
import { markPreview, refreshUntilLoaded } from '../lib/content-check/preview-loader.ts';

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

/** How long a refused build may take to end on its own (see endRefusedBuild) before `process.exit(1)` ends it. */
export const REFUSED_EXIT_FALLBACK_MS = 20_000;

/**
 * How the Astro CLI ends a refused build (astro.config.mjs): staff read the report, not Astro's
 * "unhandled error" frame around a thrown error; nothing has been written yet, so ending here
 * leaves the output folder as it was. `PZI_DEBUG=1` adds the stack.
 *
 * The process is not ended with `process.exit`: that disposes of V8's platform while V8 may still
 * be compiling or collecting on its worker threads (this early in a build it is busy with the modules
 * just loaded), and Node 24 can then wait forever on such a thread (seen here under load, gdb:
 * `NodePlatform::Shutdown` joining a V8 worker; nodejs/node#54918, #64274). Instead the exit code is
 * set and the build is never resumed: the event loop empties, and Node ends the ordinary way, which
 * disposes of the isolate (joining its V8 tasks) before the platform (about 3 s later: Astro's own
 * "Waiting for integration…" timer runs out first). The unref'd timer only acts if something
 * unexpected kept the process alive.
 */
export function endRefusedBuild(refusal: StaffError, host: RefusalHost = process): Promise<never> {
  host.stderr.write(`\n${refusal.message}\n\n`);
  if (debugEnabled()) host.stderr.write(`${new Error('content guard').stack}\n`);
  host.exitCode = 1;
  // The report is the last thing staff read: Astro's "Waiting for integration…" notice, in English,
  // would otherwise follow it.
  const quiet = () => true;
  host.stdout.write = quiet;
  host.stderr.write = quiet;
  setTimeout(() => host.exit(1), REFUSED_EXIT_FALLBACK_MS).unref();
  return new Promise<never>(() => {});
}

/** What `endRefusedBuild` uses of the process (a stand-in in unit tests). */
export type RefusalHost = {
  stdout: { write: (text: string) => boolean };
  stderr: { write: (text: string) => boolean };
  exitCode?: number | string | null;
  exit: (code: number) => void;
};

export type ContentGuardOptions = {
  /** Ends a refused build. By default the refusal is thrown, so callers (tests, scripts) can observe it. */
  refuse?: (refusal: StaffError) => never | Promise<never>;
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
        const root = contentRoot();
        // The content as checked, by its bytes: /admin/config.json takes the checked content only while it is the same.
        const fingerprint = command === 'build' ? treeDigest(root) : undefined;
        const inspection = await inspectContentWithEntries(root);
        last = { problems: inspection.problems, counts: countsOf(inspection.content) };
        // /admin/config.json needs the same content: handed on instead of read again (shared-content.ts).
        if (fingerprint && errorsOnly(inspection.problems).length === 0) shareCheckedContent(fingerprint, inspection.content);
        const { problems } = last;
        if (command === 'dev') {
          markPreview();
          setDevProblems(problems);
          addMiddleware({ entrypoint: new URL('./dev-banner-middleware.ts', import.meta.url), order: 'pre' });
          if (errorsOnly(problems).length) logger.warn(previewReport(problems));
        } else if (errorsOnly(problems).length) {
          // Nothing has been written yet, so stopping here leaves the output folder as it was.
          await refuse(refusalOf(problems));
        }
        if (errorsOnly(problems).length) return;
        const warnings = formatWarnings(problems);
        if (warnings) logger.warn(warnings);
        logger.info('Semua isi lolos pemeriksaan.');
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        // Re-check whenever a content file changes, so the banner follows the files.
        const root = resolve(contentRoot());
        server.watcher.add(root);
        let timer: NodeJS.Timeout | undefined;
        let running = Promise.resolve();
        // Astro's preview keeps each page's static paths until the content changes, and clears them when
        // the reloaded content is written ("astro:content-changed"; the data memos are emptied then too,
        // src/lib/memo.ts). A request that read the old content while it reloaded can fill them again
        // after that: the fixed note then stayed a 404 (seen in the e2e preview test under load, after a
        // reload that did happen). The same event, sent again a moment later, only empties them.
        const clearRouteCacheSoon = () => {
          for (const delay of [1000, 3000]) {
            setTimeout(() => {
              for (const environment of Object.values(server.environments)) {
                if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
              }
            }, delay).unref();
          }
        };
        const recheck = () => {
          running = running.then(async () => {
            const problems = (await inspectContentWithEntries(contentRoot())).problems;
            const filesWithErrors = (list: readonly Problem[]) => [...new Set(errorsOnly(list).map((problem) => problem.file))].sort().join('\n');
            const before = errorsOnly(last?.problems ?? []).length;
            const changedFiles = filesWithErrors(last?.problems ?? []) !== filesWithErrors(problems);
            last = { ...last!, problems };
            setDevProblems(problems);
            // A file that broke or was fixed: reload the content, so the preview leaves out or takes back that file
            // (asked again until Astro really reloads: it skips a refresh while it reloads its content configuration).
            if (changedFiles && refreshContent) {
              if (await refreshUntilLoaded(() => refreshContent({}))) clearRouteCacheSoon();
              else logger.warn('Isi belum dimuat ulang setelah 60 detik; hentikan pratinjau (Ctrl+C) lalu jalankan npm run dev lagi.');
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
