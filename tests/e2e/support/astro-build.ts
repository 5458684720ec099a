import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const LOCK = path.resolve('tests/.output/astro-project.lock');

/**
 * Astro keeps one content store per project (.astro/data-store.json, content-modules.mjs): two
 * builds or dev servers of different content roots at the same time (e2e files run two at a time)
 * could read each other's. Whoever runs Astro in a test holds this lock (a folder, so taking it is
 * atomic); a lock older than 10 minutes is from a killed run and is taken over.
 */
export async function withAstroLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      await new Promise((next) => setTimeout(next, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Runs `astro build` (on the project's Node 24, like `npm run build`) and collects its output.
 * Vitest's own environment (NODE_ENV, BASE_URL, SITE…) is removed so the build behaves as from a shell.
 */
export function astroBuild(args: string[], env: Record<string, string> = {}, options: { lock?: boolean; onSpawn?: (pid: number) => void } = {}): Promise<{ code: number; output: string; seconds: number }> {
  // A build the content guard stops (broken content) never reaches the content store: no lock needed.
  return options.lock === false ? runBuild(args, env, options.onSpawn) : withAstroLock(() => runBuild(args, env, options.onSpawn));
}

function runBuild(args: string[], env: Record<string, string>, onSpawn?: (pid: number) => void): Promise<{ code: number; output: string; seconds: number }> {
  const root = process.cwd();
  const bin = path.join(root, 'node_modules/.bin');
  const localNode = path.join(bin, 'node');
  const nodeExe = existsSync(localNode) ? localNode : process.execPath;
  const cleaned = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|VITEST.*|TEST|BASE_URL|MODE|DEV|PROD|SSR|SITE|PZI_CONTENT|PZI_AS_OF)$/.test(key)),
  );
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(nodeExe, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
      cwd: root,
      env: { ...cleaned, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    });
    if (child.pid !== undefined) onSpawn?.(child.pid);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output, seconds: (Date.now() - started) / 1000 }));
  });
}

/** Runs a project script (`scripts/<name>.ts`) on Node 24 and collects its output. */
export function nodeScript(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  const root = process.cwd();
  const localNode = path.join(root, 'node_modules/.bin/node');
  const nodeExe = existsSync(localNode) ? localNode : process.execPath;
  return new Promise((resolve, reject) => {
    const child = spawn(nodeExe, [script, ...args], { cwd: root, env: { ...process.env, PZI_CONTENT: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
