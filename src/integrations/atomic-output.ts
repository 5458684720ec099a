import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * A build never leaves a half-written site. Astro writes into its output folder page by page, so a
 * page that fails to render would leave `dist/` with some pages of the new site and none of the old.
 * This integration points Astro at a fresh folder beside the output folder (same disk, so the swap
 * is a rename), and only in `astro:build:done`, after every integration listed before it (sitemap,
 * pagefind: keep this one LAST in `astro.config.mjs`), replaces the output folder with it. On any
 * failure the temporary folder is removed when the process exits, and the output folder (`dist/`
 * or the `--outDir` given) is exactly what it was. `verify` checks the new folder before the swap
 * (the published evidence against the site's own checksums): when it throws, the swap never happens.
 */
export function atomicOutput({ verify }: { verify?: (dir: string) => void | Promise<void> } = {}): AstroIntegration {
  let finalDir: string | undefined;
  let buildDir: string | undefined;
  const removeBuildDir = () => {
    if (buildDir && existsSync(buildDir)) rmSync(buildDir, { recursive: true, force: true });
  };
  return {
    name: 'pzi:atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        finalDir = fileURLToPath(config.outDir).replace(/\/+$/, '');
        buildDir = join(dirname(finalDir), `.${basename(finalDir)}.baru-${process.pid}`);
        removeBuildDir();
        process.once('exit', removeBuildDir);
        updateConfig({ outDir: pathToFileURL(`${buildDir}/`) });
      },
      'astro:build:done': async ({ dir }) => {
        if (!finalDir || !buildDir) return;
        if (fileURLToPath(dir).replace(/\/+$/, '') !== buildDir) throw new Error(`pzi:atomic-output: Astro menulis ke ${fileURLToPath(dir)}, bukan ke ${buildDir}.`);
        await verify?.(buildDir);
        const previous = join(dirname(finalDir), `.${basename(finalDir)}.lama-${process.pid}`);
        if (existsSync(finalDir)) renameSync(finalDir, previous);
        renameSync(buildDir, finalDir);
        // The only step a warm build has that a cold one lacks: removing the previous site (± 5 600
        // files at 1 000 notes, 1.4 s with rmSync). The promise version unlinks on several threads.
        await rm(previous, { recursive: true, force: true });
      },
    },
  };
}
