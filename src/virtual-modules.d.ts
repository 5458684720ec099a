declare module 'virtual:pzi/content-problems' {
  /** The content problems `npm run dev` currently sees (src/integrations/dev-problems-module.ts). */
  export const devProblems: () => import('./lib/content-check/problem.ts').Problem[];
}
