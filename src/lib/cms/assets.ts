/** The prebuilt Decap CMS bundle in node_modules: the main file and the chunks it loads on demand. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { once } from '../memo.ts';

const distFolder = once((): string => join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist'));

/** "decap-cms.js", "103.decap-cms.js", …: the build's own chunk names (webpack loads them next to the main file). */
export function decapAssetNames(): string[] {
  return readdirSync(distFolder())
    .filter((name) => /^(?:\d+\.)?decap-cms\.js$/.test(name))
    .sort();
}

// Found and listed once per process: each of the ~95 assets used to resolve the package and list its
// folder (385 entries) again to check its name.
const knownAssets = once(() => new Set(decapAssetNames()));

export function readDecapAsset(name: string): Buffer {
  if (!knownAssets().has(name)) throw new Error(`not a Decap CMS asset: ${name}`);
  return readFileSync(join(distFolder(), name));
}
