/**
 * The local backend (`npm run cms`) is confined to content/: a request naming any other path is
 * refused by the gate before decap-server sees it (tests/e2e/cms.test.ts drives the same gate
 * over HTTP with a real decap-server).
 */
import { describe, expect, it } from 'vitest';
import { isContentPath, refusedPaths, requestPaths } from '../../src/lib/cms/local-guard.ts';

const persist = (path: string, assets: string[] = []) => ({
  action: 'persistEntry',
  params: { branch: 'main', entry: { slug: 'x', path, raw: 'x' }, assets: assets.map((p) => ({ path: p, content: 'eA==', encoding: 'base64' })), options: { commitMessage: 'x' } },
});

describe('local backend gate', () => {
  it('lets entries and uploads inside content/ through', () => {
    expect(refusedPaths(persist('content/2022/catatan/2022-06-x.mdx', ['content/2022/bukti/x.pdf']))).toEqual([]);
    expect(refusedPaths({ action: 'entriesByFolder', params: { branch: 'main', folder: 'content/2022/catatan', extension: 'mdx', depth: 1 } })).toEqual([]);
    expect(refusedPaths({ action: 'info', params: {} })).toEqual([]);
  });

  it('refuses src/, .github/, the repository root and any escape, wherever the path sits in the request', () => {
    expect(refusedPaths(persist('src/pages/x.astro'))).toEqual(['src/pages/x.astro']);
    expect(refusedPaths(persist('content/2022/catatan/a.mdx', ['.github/workflows/x.yml']))).toEqual(['.github/workflows/x.yml']);
    expect(refusedPaths({ action: 'deleteFiles', params: { paths: ['content/a.yaml', 'package.json'], options: { commitMessage: 'x' } } })).toEqual(['package.json']);
    expect(refusedPaths({ action: 'persistMedia', params: { asset: { path: 'content/../src/x.ts', content: '', encoding: 'base64' } } })).toEqual(['content/../src/x.ts']);
    expect(refusedPaths({ action: 'getMedia', params: { mediaFolder: '/etc' } })).toEqual(['/etc']);
    expect(refusedPaths({ action: 'getEntry', params: { path: 'content\\..\\src\\x' } })).toHaveLength(1);
    expect(refusedPaths(persist('contents/x.mdx'))).toEqual(['contents/x.mdx']);
  });

  it('finds every path-like parameter (the list of decap-server parameters that name files)', () => {
    const body = { action: 'persistEntry', params: { entry: { path: 'a', newPath: 'b' }, dataFiles: [{ path: 'c' }], assets: [{ path: 'd' }] } };
    expect(requestPaths(body).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(isContentPath('content')).toBe(true);
    expect(isContentPath('')).toBe(false);
  });
});
