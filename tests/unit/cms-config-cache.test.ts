import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedCmsConfigText, cmsEnvKey } from '../../src/lib/cms/config-cache.ts';
import { checkFingerprint } from '../../src/lib/content-check/pass-cache.ts';

let dir: string;
let root: string;
let code: string;
let cache: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pzi-cms-cache-'));
  root = join(dir, 'content');
  code = join(dir, 'src');
  cache = join(dir, 'cache');
  mkdirSync(join(root, 'kanal'), { recursive: true });
  mkdirSync(code);
  writeFileSync(join(root, 'kanal', 'wbs.yaml'), 'name: WBS\n');
  writeFileSync(join(code, 'config.ts'), 'export {};\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('cmsEnvKey', () => {
  it('covers only the PZI_CMS_ variables, in any order', () => {
    expect(cmsEnvKey({ PZI_CMS_REPO: 'a/b', PZI_CMS_BACKEND: 'github', HOME: '/root', PZI_CONTENT: 'x' })).toBe(
      cmsEnvKey({ PZI_CMS_BACKEND: 'github', PZI_CMS_REPO: 'a/b' }),
    );
    expect(cmsEnvKey({ PZI_CMS_REPO: 'a/b' })).not.toBe(cmsEnvKey({ PZI_CMS_REPO: 'a/c' }));
  });
});

describe('cachedCmsConfigText', () => {
  it('builds once while content, code and PZI_CMS_* are unchanged, and again after any of them changes', () => {
    let builds = 0;
    const build = () => `config ${++builds}`;
    const text = (env: Record<string, string> = {}) => cachedCmsConfigText(root, env, build, { dir: cache, code: [code] });

    expect(text()).toBe('config 1');
    expect(text()).toBe('config 1');

    writeFileSync(join(root, 'kanal', 'wbs.yaml'), 'name: WBS baru\n');
    expect(text()).toBe('config 2');
    writeFileSync(join(root, 'kanal', 'sp4n.yaml'), 'name: SP4N\n');
    expect(text()).toBe('config 3');
    writeFileSync(join(code, 'config.ts'), 'export const x = 1;\n');
    expect(text()).toBe('config 4');
    expect(text({ PZI_CMS_BACKEND: 'github', PZI_CMS_REPO: 'kpu/portal' })).toBe('config 5');
    expect(text({ PZI_CMS_BACKEND: 'github', PZI_CMS_REPO: 'kpu/portal' })).toBe('config 5');
    expect(text()).toBe('config 6');
  });

  it('hands build the content check\'s fingerprint of the same tree (to take the content the guard loaded)', () => {
    let seen = '';
    cachedCmsConfigText(root, {}, (fingerprint) => (seen = fingerprint), { dir: cache, code: [code] });
    expect(seen).toBe(checkFingerprint(root, [code]));
  });
});
