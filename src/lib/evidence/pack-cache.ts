import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheDir } from '../build-cache.ts';
import { areaPackKey, buildAreaPack, type PackInput } from './pack.ts';

/**
 * The build's on-disk cache of evaluator ZIPs. Zipping every file is work whose inputs rarely
 * change: reuse the ZIP built for the same content key.
 */
export function cachedAreaPack(input: PackInput): Uint8Array<ArrayBuffer> {
  const zipFile = join(cacheDir(), 'packs', `${areaPackKey(input)}.zip`);
  if (existsSync(zipFile)) return readFileSync(zipFile);
  const pack = buildAreaPack(input);
  mkdirSync(dirname(zipFile), { recursive: true });
  writeFileSync(zipFile, pack);
  return pack;
}
