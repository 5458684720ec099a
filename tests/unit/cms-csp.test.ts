/**
 * The admin policy: /admin/ gets exactly what Decap CMS needs, connect-src only to the
 * site, blob:/data:, the configured Git host and — in local mode only — the loopback proxy; the
 * public pages' policy stays without 'unsafe-eval' or 'unsafe-inline'.
 */
import { describe, expect, it } from 'vitest';
import { adminConnectSources, adminCsp, LOOPBACK_SOURCES } from '../../src/lib/cms/csp.ts';
import { cmsEnv, cmsMode } from '../../src/lib/cms/backend.ts';
import { ADMIN_POLICY, astroCsp, HEADER_POLICY, metaDirectives } from '../../src/lib/security/csp.ts';

const directive = (policy: string, name: string) =>
  policy.split(';').map((part) => part.trim().split(/\s+/)).find(([first]) => first === name)?.slice(1);

describe('admin connect-src', () => {
  it('local mode (PZI_CMS_BACKEND=local): the site, blob:, data: and the loopback proxy, nothing else', () => {
    expect(adminConnectSources({ PZI_CMS_BACKEND: 'local' })).toEqual(["'self'", 'blob:', 'data:', ...LOOPBACK_SOURCES]);
  });

  it('a build without settings (or a host without a repository) connects nowhere, loopback included', () => {
    for (const env of [{}, { PZI_CMS_BACKEND: 'github' }, { PZI_CMS_BACKEND: 'bitbucket', PZI_CMS_REPO: 'kpu/zi' }]) {
      expect(adminConnectSources(env)).toEqual(["'none'"]);
    }
  });

  it('`astro dev` without settings (npm run cms) is local mode; with a host it stays the host', () => {
    expect(cmsMode(cmsEnv({}, true))).toBe('local');
    expect(cmsMode(cmsEnv({}, false))).toBe('none');
    expect(cmsMode(cmsEnv({ PZI_CMS_BACKEND: 'gitea', PZI_CMS_REPO: 'kpu/zi' }, true))).toBe('host');
  });

  it('GitHub: its API origin, and no loopback in a production build', () => {
    const sources = adminConnectSources({ PZI_CMS_BACKEND: 'github', PZI_CMS_REPO: 'kpu/zi' });
    expect(sources).toEqual(["'self'", 'blob:', 'data:', 'https://api.github.com']);
  });

  it('self-hosted Gitea/Forgejo or GitLab: the origin of PZI_CMS_API_ROOT only (no path, no other host)', () => {
    const env = { PZI_CMS_BACKEND: 'gitea', PZI_CMS_REPO: 'kpu/zi', PZI_CMS_API_ROOT: 'https://git.kpu.example/api/v1' };
    expect(adminConnectSources(env)).toEqual(["'self'", 'blob:', 'data:', 'https://git.kpu.example']);
    const gitlab = adminConnectSources({ PZI_CMS_BACKEND: 'GitLab', PZI_CMS_REPO: 'kpu/zi' });
    expect(gitlab).toContain('https://gitlab.com');
    expect(gitlab.some((source) => source.includes('127.0.0.1') || source.includes('localhost'))).toBe(false);
  });
});

describe('what /admin/ adds to the page meta (Astro.csp)', () => {
  it('script: only unsafe-eval (Decap compiles its config validators); style: unsafe-inline for elements and attributes', () => {
    const csp = adminCsp({ PZI_CMS_BACKEND: 'local' });
    expect(csp.scriptResources).toEqual(["'unsafe-eval'"]);
    expect(csp.styleResources).toEqual([
      { resource: "'unsafe-inline'", kind: 'default' },
      { resource: "'unsafe-inline'", kind: 'attribute' },
    ]);
    expect(csp.directives).toContain("connect-src 'self' blob: data: http://127.0.0.1:* http://localhost:*");
    expect(csp.directives).toContain("img-src 'self' data: blob:");
    expect(csp.directives).toContain("object-src 'none'");
    // a meta element cannot carry frame-ancestors (the header does)
    expect(csp.directives.some((d) => d.startsWith('frame-ancestors'))).toBe(false);
    expect(csp.directives.some((d) => d.startsWith('script-src') || d.startsWith('style-src'))).toBe(false);
  });

  it('a production build allows the Git host and no loopback', () => {
    const connect = adminCsp({ PZI_CMS_BACKEND: 'github', PZI_CMS_REPO: 'kpu/zi' }).directives.find((d) => d.startsWith('connect-src'));
    expect(connect).toBe("connect-src 'self' blob: data: https://api.github.com");
  });
});

describe('server header of /admin/ (ADMIN_POLICY)', () => {
  it('carries Decap\'s needs and the strict rest, and leaves connect-src to the build\'s meta', () => {
    expect(directive(ADMIN_POLICY, 'script-src')).toEqual(["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"]);
    expect(directive(ADMIN_POLICY, 'style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directive(ADMIN_POLICY, 'object-src')).toEqual(["'none'"]);
    expect(directive(ADMIN_POLICY, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(ADMIN_POLICY, 'form-action')).toEqual(["'self'"]);
    // a connect-src or default-src here would block the Git host the build allows (both policies apply)
    expect(directive(ADMIN_POLICY, 'connect-src')).toBeUndefined();
    expect(directive(ADMIN_POLICY, 'default-src')).toBeUndefined();
    // no source from anywhere else
    expect(ADMIN_POLICY).not.toMatch(/https?:|\*/);
  });
});

describe('public pages stay strict', () => {
  it('neither the page header nor the meta config allows eval or inline code', () => {
    const config = astroCsp();
    const meta = [...metaDirectives(), ...config.scriptDirective!.resources!.map(String), ...config.styleDirective!.resources!.map((r) => (typeof r === 'string' ? r : r.resource))].join(' ');
    for (const policy of [HEADER_POLICY, meta]) {
      expect(policy).not.toContain("'unsafe-eval'");
      expect(policy).not.toContain("'unsafe-inline'");
      expect(policy).not.toContain('blob:');
    }
  });
});
