/**
 * Where content is read from. Production always reads `content/`; the demo build points
 * `PZI_CONTENT` at `tests/fixtures/demo`, and that build is then marked as sample data.
 */
export const PRODUCTION_CONTENT_ROOT = 'content';

export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  const root = env.PZI_CONTENT?.trim();
  return root ? root.replace(/\/+$/, '') : PRODUCTION_CONTENT_ROOT;
}

/** True when the build reads anything other than the real content: every page then says it is sample data. */
export function isSampleBuild(env: Record<string, string | undefined> = process.env): boolean {
  return contentRoot(env) !== PRODUCTION_CONTENT_ROOT;
}
