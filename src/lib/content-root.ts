import { isAbsolute, relative, resolve } from 'node:path';

/**
 * Where content is read from. Production always reads `content/`; the demo build points
 * `PZI_CONTENT` at `tests/fixtures/demo`, and that build is then marked as sample data.
 * `PZI_CONTENT` naming `content/` itself means production; naming a folder inside it is refused
 * (a part of the real content built as a "sample" site would be neither).
 */
export const PRODUCTION_CONTENT_ROOT = 'content';

export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  const root = env.PZI_CONTENT?.trim();
  if (!root) return PRODUCTION_CONTENT_ROOT;
  const fromProduction = relative(resolve(PRODUCTION_CONTENT_ROOT), resolve(root));
  if (fromProduction === '') return PRODUCTION_CONTENT_ROOT;
  if (!fromProduction.startsWith('..') && !isAbsolute(fromProduction)) {
    throw new Error(`PZI_CONTENT="${root}" menunjuk ke dalam folder content/. Isi sungguhan selalu dibangun dari content/ tanpa PZI_CONTENT; PZI_CONTENT hanya untuk data contoh (mis. tests/fixtures/demo). Hapus PZI_CONTENT.`);
  }
  return root.replace(/\/+$/, '');
}

/** True when the build reads anything other than the real content: every page then says it is sample data. */
export function isSampleBuild(env: Record<string, string | undefined> = process.env): boolean {
  return contentRoot(env) !== PRODUCTION_CONTENT_ROOT;
}
