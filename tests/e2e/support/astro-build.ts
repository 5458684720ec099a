import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fromRepository, privateProject, type PrivateProject } from './private-project.ts';

/**
 * Runs `astro build` (on the project's Node 24, like `npm run build`) and collects its output.
 * Vitest's own environment (NODE_ENV, BASE_URL, SITE…) is removed so the build behaves as from a shell.
 * Each build runs in its own private copy of the project (support/private-project.ts), so builds of
 * different content run side by side; a relative `--outDir` means what it means from the repository.
 */
export async function astroBuild(args: string[], env: Record<string, string> = {}, options: BuildOptions = {}): Promise<{ code: number; output: string; seconds: number }> {
  if (options.project) return runBuild(options.project.root, fromRepository(args), fromRepository(env), options);
  const project = privateProject('build');
  try {
    return await runBuild(project.root, fromRepository(args), fromRepository(env), options);
  } finally {
    project.remove();
  }
}

interface BuildOptions {
  onSpawn?: (pid: number) => void;
  /** Called with the output so far whenever the build writes some. */
  onOutput?: (output: string) => void;
  /** Build in this private project (several builds in one, e.g. to use one cache) instead of a new one. */
  project?: PrivateProject;
}

function runBuild(cwd: string, args: string[], env: Record<string, string>, { onSpawn, onOutput }: BuildOptions): Promise<{ code: number; output: string; seconds: number }> {
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
      cwd,
      env: { ...cleaned, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    });
    if (child.pid !== undefined) onSpawn?.(child.pid);
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk;
      onOutput?.(output);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
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
