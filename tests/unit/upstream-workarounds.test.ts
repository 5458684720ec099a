// Each workaround of an Astro limitation has a test here that fails once Astro no longer has the
// limitation, so the workaround is removed rather than kept out of habit.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The text of a file Astro ships, read only to learn whether a limitation is still there. */
const astroFile = (path: string) => readFileSync(fileURLToPath(new URL(`../../node_modules/astro/dist/${path}`, import.meta.url)), 'utf8');

describe('src/lib/content-check/empty-collection.ts (withastro/astro#15329)', () => {
  it('is needed while getCollection warns about a collection its store does not hold', () => {
    const runtime = astroFile('content/runtime.js');
    const getCollection = runtime.slice(runtime.indexOf('function createGetCollection'), runtime.indexOf('function createGetEntry'));
    expect(getCollection).toContain('store.hasCollection(collection)');
    expect(getCollection).toMatch(/logger\.warn\([\s\S]*does not exist or is empty/);
  });
});
