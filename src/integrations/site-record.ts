import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '../lib/content-root.ts';
import { BUILD_RECORD_PATH, buildRecord, serialiseRecord } from '../lib/publish/build-record.ts';
import { htaccess } from '../lib/publish/htaccess.ts';

/**
 * Writes what the build publishes besides pages: the build record `/data/versi.json`
 * (src/lib/publish/build-record.ts) and the `.htaccess` for shared Apache hosting
 * (src/lib/publish/htaccess.ts). After the evidence files are copied, before `atomicOutput`.
 */
export function siteRecord(): AstroIntegration {
  let base = '/';
  return {
    name: 'pzi:site-record',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const record = buildRecord(contentRoot(), outDir);
        const file = join(outDir, BUILD_RECORD_PATH);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, serialiseRecord(record));
        writeFileSync(join(outDir, '.htaccess'), htaccess(base));
        logger.info(`Catatan build: /${BUILD_RECORD_PATH} (${Object.keys(record.entri).length} berkas isi, versi ${record.isi.slice(0, 12)})`);
      },
    },
  };
}
