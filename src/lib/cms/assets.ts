/** The prebuilt Decap CMS bundle in node_modules: the main file and the chunks it loads on demand. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

function distFolder(): string {
  return join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
}

/** "decap-cms.js", "103.decap-cms.js", …: the build's own chunk names (webpack loads them next to the main file). */
export function decapAssetNames(): string[] {
  return readdirSync(distFolder())
    .filter((name) => /^(?:\d+\.)?decap-cms\.js$/.test(name))
    .sort();
}

export function readDecapAsset(name: string): Buffer {
  if (!decapAssetNames().includes(name)) throw new Error(`not a Decap CMS asset: ${name}`);
  return readFileSync(join(distFolder(), name));
}
