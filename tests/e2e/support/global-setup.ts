/**
 * Builds the site variants the e2e suite needs into `tests/.output/<variant>/`
 * and provides them to the tests (`inject('e2eVariants')`, see `variants.ts`).
 *
 *   site     production build:              astro build
 *   demo     demo content:                  PZI_CONTENT=tests/fixtures/demo PZI_AS_OF=2022-09-15 astro build
 *            (skipped, with a note, while tests/fixtures/demo does not exist); its unit.yaml confirms
 *            the portal address https://contoh.kpu.go.id/zi/, so site and base come from content, no flags
 *   subpath  deployed under a sub-path:     astro build --site https://example.go.id --base /zona-integritas
 *
 * Environment:
 *   PZI_E2E_REUSE=1           reuse tests/.output/<variant>/ when it exists (no rebuild)
 *   PZI_E2E_VARIANTS=a,b      build only these variants (default: all)
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { fromRepository, privateProject } from './private-project.ts';
import type { SiteVariant, SkippedVariant, VariantName } from './variants.ts';

interface VariantSpec {
  name: VariantName;
  base: string;
  site?: string;
  env?: Record<string, string>;
  /** True when site and base are the content's confirmed portal address: no --site/--base flags. */
  addressFromContent?: boolean;
  /** Why the variant cannot be built right now, or undefined when it can. */
  unavailable?: (root: string) => string | undefined;
}

const DEMO_CONTENT = 'tests/fixtures/demo';

const SPECS: VariantSpec[] = [
  { name: 'site', base: '/' },
  {
    name: 'demo',
    base: '/zi/',
    site: 'https://contoh.kpu.go.id',
    addressFromContent: true,
    // the demo notes are dated Jan–Sep 2022: a fixed reference date shows every timeline state
    env: { PZI_CONTENT: DEMO_CONTENT, PZI_AS_OF: '2022-09-15' },
    unavailable: (root) =>
      existsSync(path.join(root, DEMO_CONTENT)) ? undefined : `${DEMO_CONTENT} does not exist yet`,
  },
  { name: 'subpath', base: '/zona-integritas/', site: 'https://example.go.id' },
];

export default async function setup(project: TestProject): Promise<void> {
  const root = project.config.root;
  const outputRoot = path.join(root, 'tests/.output');
  mkdirSync(outputRoot, { recursive: true });

  const wanted = process.env.PZI_E2E_VARIANTS?.split(',').map((s) => s.trim()).filter(Boolean);
  const reuse = process.env.PZI_E2E_REUSE === '1';

  const built: SiteVariant[] = [];
  const skipped: SkippedVariant[] = [];

  const toBuild: { spec: VariantSpec; outDir: string }[] = [];
  for (const spec of SPECS) {
    const outDir = path.join(outputRoot, spec.name);
    const variant: SiteVariant = { name: spec.name, outDir, base: spec.base, site: spec.site };

    if (wanted && !wanted.includes(spec.name)) {
      skipped.push({ name: spec.name, reason: 'not listed in PZI_E2E_VARIANTS' });
      continue;
    }
    const unavailable = spec.unavailable?.(root);
    if (unavailable) {
      console.log(`[e2e] variant "${spec.name}" SKIPPED: ${unavailable}.`);
      skipped.push({ name: spec.name, reason: unavailable });
      continue;
    }
    if (reuse && existsSync(outDir) && readdirSync(outDir).length > 0) {
      console.log(`[e2e] variant "${spec.name}": reusing ${path.relative(root, outDir)} (PZI_E2E_REUSE=1)`);
      built.push({ ...variant, reused: true });
      continue;
    }
    toBuild.push({ spec, outDir });
    built.push(variant);
  }

  // Two builds at a time, one per core. Variants of the repository's content/ build in the repository
  // itself, one after the other (their pages carry content/'s git history); a variant with its own
  // content root (PZI_CONTENT) builds beside them in a private copy of the project
  // (support/private-project.ts), so the two builds' Astro state stays apart.
  const ownContent = (job: { spec: VariantSpec }) => job.spec.env?.PZI_CONTENT !== undefined;
  const lanes = [toBuild.filter((job) => !ownContent(job)), toBuild.filter(ownContent)];
  await Promise.all(lanes.map(async (lane) => {
    for (const job of lane) await buildVariant(root, job.spec, job.outDir, ownContent(job));
  }));

  project.provide('e2eVariants', built);
  project.provide('e2eSkippedVariants', skipped);
}

async function buildVariant(root: string, spec: VariantSpec, outDir: string, ownProject: boolean): Promise<void> {
  const args = ['build', '--outDir', outDir];
  if (spec.site && !spec.addressFromContent) args.push('--site', spec.site);
  if (spec.base !== '/' && !spec.addressFromContent) args.push('--base', spec.base.replace(/\/$/, ''));

  const logFile = path.join(root, 'tests/.output', `${spec.name}.build.log`);
  const envNote = Object.entries(spec.env ?? {}).map(([k, v]) => `${k}=${v} `).join('');
  const shown = `${envNote}astro ${args.map((a) => (a === outDir ? path.relative(root, outDir) : a)).join(' ')}`;
  console.log(`[e2e] building variant "${spec.name}": ${shown}`);

  const started = Date.now();
  const project = ownProject ? privateProject(spec.name, root) : undefined;
  const code = await runAstro(root, args, project ? fromRepository({ ...spec.env }, root) : { ...spec.env }, logFile, project?.root).finally(() => project?.remove());
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  if (code !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-60).join('\n');
    throw new Error(
      `[e2e] build of variant "${spec.name}" failed (exit ${code}) after ${seconds}s: ${shown}\n` +
        `full log: ${path.relative(root, logFile)}\n--- last lines ---\n${tail}`,
    );
  }
  console.log(`[e2e] variant "${spec.name}" built in ${seconds}s (log: ${path.relative(root, logFile)})`);
}

/** Runs the project's Astro CLI on the project's Node (node_modules/.bin/node, Node 24), like `npm run build`. */
function runAstro(root: string, args: string[], env: Record<string, string>, logFile: string, cwd = root): Promise<number> {
  const bin = path.join(root, 'node_modules/.bin');
  const localNode = path.join(bin, 'node');
  const nodeExe = existsSync(localNode) ? localNode : process.execPath;
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');

  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile);
    const child = spawn(nodeExe, [astro, ...args], {
      cwd,
      env: {
        ...process.env,
        // Vitest sets these (NODE_ENV=test, ...); they must not leak into the build, which
        // should run exactly like `npm run build` from a clean shell.
        NODE_ENV: undefined,
        VITEST: undefined,
        VITEST_MODE: undefined,
        VITEST_POOL_ID: undefined,
        VITEST_WORKER_ID: undefined,
        TEST: undefined,
        // Vite's env for the test process; Astro would read BASE_URL from it and ignore --base.
        BASE_URL: undefined,
        MODE: undefined,
        DEV: undefined,
        PROD: undefined,
        SSR: undefined,
        // …and SITE, or absoluteUrl() (QR codes on posters) ignores --site.
        SITE: undefined,
        PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', reject);
    child.on('close', (code) => log.end(() => resolve(code ?? 1)));
  });
}
