// One Node for the project: the `node` package it installs (node_modules/.bin/node, first on the PATH
// of every npm script and npx), the `engines` field, the CI images and the Node these tests run on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const [, major, minor] = /^\^(\d+)\.(\d+)\.\d+$/.exec(pkg.engines.node) ?? [];

describe('the project’s Node', () => {
  it('is one version: engines, the locked node package and the process running the tests agree', () => {
    expect(pkg.engines.node).toMatch(/^\^\d+\.\d+\.\d+$/);
    expect(pkg.devDependencies.node).toBe(pkg.engines.node);
    const locked = lock.packages['node_modules/node'].version.split('.').map(Number);
    expect(locked[0]).toBe(Number(major));
    expect(locked[1]).toBeGreaterThanOrEqual(Number(minor));
    // `npx vitest` runs on node_modules/.bin/node, as `npm run build` runs astro
    expect(process.versions.node).toBe(lock.packages['node_modules/node'].version);
  });

  it('is the Node `npm run setup` installs with (npm ci runs on it, so engines are checked against it)', () => {
    const pinned = /--package=node@(\d+\.\d+\.\d+) -- npm ci$/.exec(pkg.scripts.setup)?.[1];
    expect(pinned, pkg.scripts.setup).toBe(lock.packages['node_modules/node'].version);
  });

  it('is the Node of the CI images', () => {
    const images = [readFileSync('.github/workflows/site.yml', 'utf8'), readFileSync('.gitlab-ci.yml', 'utf8')].flatMap((text) => [...text.matchAll(/\b(?:image|container): (node:\S+)/g)].map((match) => match[1]));
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter((image) => !image!.startsWith(`node:${major}-`))).toEqual([]);
  });
});
