import type { ViteDevServer, Plugin } from 'vite';
import type { Problem } from '../lib/content-check/problem.ts';

/**
 * How the preview's middleware learns the content problems the content guard found: the guard
 * (plain Node) and the middleware (run by Vite) are separate module instances, so the problems
 * reach the middleware through Vite's own means. A virtual module carries them when it is first
 * evaluated, and a custom HMR event carries every later re-check to the running module.
 */
export const PROBLEMS_MODULE = 'virtual:pzi/content-problems';
export const PROBLEMS_EVENT = 'pzi:content-problems';
const RESOLVED = `\0${PROBLEMS_MODULE}`;

/** The module's code: `devProblems()` answers with the latest problems. */
export function problemsModuleCode(problems: readonly Problem[]): string {
  return [
    `let problems = ${JSON.stringify(problems)};`,
    `if (import.meta.hot) import.meta.hot.on(${JSON.stringify(PROBLEMS_EVENT)}, (next) => { problems = next; });`,
    'export const devProblems = () => problems;',
  ].join('\n');
}

/** The Vite plugin serving the module with the problems `current()` returns at that moment. */
export function problemsModule(current: () => readonly Problem[]): Plugin {
  return {
    name: 'pzi:content-problems',
    resolveId: (id) => (id === PROBLEMS_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? problemsModuleCode(current()) : undefined),
  };
}

/** Hands a re-check's problems to the server-side module (every environment but the browser's). */
export function sendProblems(server: ViteDevServer, problems: readonly Problem[]): void {
  for (const environment of Object.values(server.environments)) {
    if (environment.name !== 'client') environment.hot.send(PROBLEMS_EVENT, problems);
  }
}
