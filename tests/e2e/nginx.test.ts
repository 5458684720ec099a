/**
 * The shipped server configurations (scripts/deploy/), served by real servers on loopback:
 *
 * nginx (Debian's package; scripts/test.sh installs it when missing), root build with
 * nginx.conf and sub-path build with nginx-subpath.conf, only `listen`/`root` replaced:
 * - every page (of the root build: in the every-page suite, support/every-page.ts, which serves it
 *   with nginx.conf) loads in Chromium with ZERO Content-Security-Policy violations (the header and
 *   each page's <meta> policy, neither with 'unsafe-inline'), zero console errors, nothing
 *   from another origin; search returns results and a chart draws under that policy;
 * - an inline script or style attribute the build did not make is blocked (the policy is real);
 * - HTTP checks (fetch): type and charset of every file type in the build, Cache-Control,
 *   the site's own 404 for missing paths and folders without index.html, relative redirects,
 *   every security header, no version in `Server`, gzip;
 * - the files themselves: add_header only in the outer block (nginx drops inherited headers in
 *   any block with its own), every evidence file type served with the evidence register's type.
 *
 * Apache (Debian's apache2, when installed): `apache2 -t` on apache.conf and
 * apache-subpath.conf, then the same HTTP checks against a running Apache (its redirects are
 * absolute: documented in apache.conf, checked by path only).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BY_EXTENSION } from '../../src/lib/evidence/facts.ts';
import {
  ADMIN_POLICY,
  FILE_POLICY,
  HEADER_POLICY,
  SEARCH_POLICY,
} from '../../src/lib/security/csp.ts';
import { launchBrowser, openTab, type Tab } from './support/browser.ts';
import { pagePolicyProblems, recordViolations, violations } from './support/csp.ts';
import { listPages } from './support/pages.ts';
import { variant } from './support/variants.ts';
import { expectedCache, expectedCsp, httpFailures } from './support/http-checks.ts';
import {
  APACHE,
  apacheSyntaxCheck,
  freePort,
  NGINX,
  prepareApache,
  startApache,
  startNginx,
  startSharedApache,
  type WebServer,
} from './support/web-servers.ts';

const DEPLOY = path.resolve('scripts/deploy');
const CONFIGS = {
  site: { nginx: path.join(DEPLOY, 'nginx.conf'), apache: path.join(DEPLOY, 'apache.conf') },
  subpath: { nginx: path.join(DEPLOY, 'nginx-subpath.conf'), apache: path.join(DEPLOY, 'apache-subpath.conf') },
} as const;
/**
 * Browser tabs loading pages side by side. One: three tabs finished the sub-path pass no sooner in
 * the full suite (the other test file keeps both cores busy) and cost ~60 CPU-s against ~35 for one
 * (measured in a cgroup), besides two more browser contexts per server.
 */
const TABS = 1;

/** Number of canvas pixels that are not fully transparent. */
const paintedPixels = (tab: Tab, selector: string) =>
  tab.page.$eval(selector, (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted;
  });

/** The nginx block structure: `add_header` lines only in the outer block, every nested location sets both variables. */
function nginxStructureFailures(file: string): string[] {
  const failures: string[] = [];
  const text = readFileSync(file, 'utf8').replace(/#[^\n]*/g, '');
  // nesting depth of every line
  let depth = 0;
  let block = '';
  const blocks: { header: string; depth: number; body: string[] }[] = [];
  const stack: { header: string; depth: number; body: string[] }[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.endsWith('{')) {
      const entry = { header: line.slice(0, -1).trim(), depth: ++depth, body: [] as string[] };
      stack.push(entry);
      blocks.push(entry);
      continue;
    }
    if (line === '}') {
      stack.pop();
      depth--;
      continue;
    }
    block = line;
    stack.at(-1)?.body.push(block);
  }
  const locations = blocks.filter((b) => b.header.startsWith('location'));
  const outer = locations.filter((b) => b.body.some((line) => line.startsWith('add_header')));
  if (outer.length !== 1) failures.push(`${path.basename(file)}: add_header in ${outer.length} location blocks (${outer.map((b) => b.header).join(', ')}); expected exactly one outer block`);
  const outerDepth = outer[0]?.depth ?? 0;
  for (const nested of locations.filter((b) => b.depth > outerDepth)) {
    const sets = (name: string) => nested.body.some((line) => line.startsWith(`set $${name} `));
    const returns = nested.body.some((line) => line.startsWith('return '));
    if (!returns && !(sets('pzi_cache') && sets('pzi_csp'))) failures.push(`${path.basename(file)}: "${nested.header}" must set both $pzi_cache and $pzi_csp`);
  }
  return failures;
}

/** The `types { }` block of an nginx file as extension → type. */
function nginxTypes(file: string): Map<string, string> {
  const text = readFileSync(file, 'utf8');
  const block = /types\s*\{([^}]*)\}/.exec(text)?.[1] ?? '';
  const map = new Map<string, string>();
  for (const line of block.split('\n')) {
    const [type, ...extensions] = line.replace(/#.*/, '').replace(';', '').trim().split(/\s+/);
    if (type) for (const ext of extensions) map.set(ext, type);
  }
  return map;
}

describe('shipped nginx configurations (files)', () => {
  it.each(Object.values(CONFIGS).map((c) => c.nginx))('%s: headers only in the outer block, each nested location sets cache and policy', (file) => {
    expect(nginxStructureFailures(file)).toEqual([]);
  });

  it.each(Object.values(CONFIGS).map((c) => c.nginx))('%s: every evidence file type is served with the register\'s media type', (file) => {
    const types = nginxTypes(file);
    const wrong = Object.entries(BY_EXTENSION)
      .filter(([ext, type]) => types.get(ext.slice(1)) !== type)
      .map(([ext, type]) => `${ext}: ${types.get(ext.slice(1)) ?? '(missing)'} instead of ${type}`);
    expect(wrong).toEqual([]);
  });

  it('the structure check fails for the inheritance trap (a nested block with its own add_header)', () => {
    const trap = path.join(mkdtempSync(path.join(tmpdir(), 'pzi-trap-')), 'nginx.conf');
    const text = readFileSync(CONFIGS.site.nginx, 'utf8').replace(
      'set $pzi_cache "public, max-age=31536000, immutable";',
      'add_header Cache-Control "public, max-age=31536000, immutable";',
    );
    writeFileSync(trap, text);
    expect(nginxStructureFailures(trap).join('\n')).toMatch(/add_header in 2 location blocks/);
  });

  it('no public policy allows inline code or eval', () => {
    for (const policy of [HEADER_POLICY, SEARCH_POLICY, FILE_POLICY]) expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
  });

  it('the admin policy is the one documented in src/lib/security/csp.ts', () => {
    for (const file of Object.values(CONFIGS).flatMap((c) => [c.nginx, c.apache])) {
      expect(readFileSync(file, 'utf8'), file).toContain(ADMIN_POLICY);
    }
  });
});

describe('robots.txt under a sub-path', () => {
  const v = variant('subpath');
  it.runIf(v)('the sub-path build prints the Sitemap line for the host\'s own robots.txt', () => {
    const log = readFileSync(path.join(path.dirname(v!.outDir), 'subpath.build.log'), 'utf8');
    expect(log).toContain(`Sitemap: ${new URL(`${v!.base}sitemap-index.xml`, v!.site).href}`);
    // …and the root build does not (its own robots.txt is the host's)
    const rootLog = path.join(path.dirname(v!.outDir), 'site.build.log');
    if (existsSync(rootLog)) expect(readFileSync(rootLog, 'utf8')).not.toContain('perayap hanya membaca robots.txt');
  });
});

const NGINX_CASES = [
  { name: 'site' as const, label: 'root build, nginx.conf' },
  { name: 'subpath' as const, label: 'sub-path build, nginx-subpath.conf' },
];

describe.each(NGINX_CASES)('nginx: $label', ({ name }) => {
  const v = variant(name);
  let server: WebServer;
  let browser: Browser;
  let tabs: Tab[] = [];

  beforeAll(async () => {
    if (!v) return;
    if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: run the tests with scripts/test.sh (installs Debian's nginx) or apt-get install nginx`);
    [server, browser] = await Promise.all([startNginx(CONFIGS[name].nginx, v.outDir, v.base), launchBrowser()]);
    tabs = await Promise.all(Array.from({ length: TABS }, () => openTab(browser, server.origin)));
    await Promise.all(tabs.map((tab) => recordViolations(tab.context)));
  });
  afterAll(async () => {
    await Promise.all(tabs.map((tab) => tab.close()));
    await Promise.all([server?.close(), browser?.close()]);
  });

  it('the variant was built', () => {
    expect(v, `variant ${name} missing (PZI_E2E_VARIANTS?)`).toBeDefined();
  });

  // The root build's every page is loaded through nginx.conf by the every-page suite (one visit per
  // page for axe, html-validate and these policy checks); the sub-path build's pages are loaded here.
  it.runIf(v && name === 'subpath')('every page: zero CSP violations, zero console errors, both policies without unsafe-inline', { timeout: 600_000 }, async () => {
    const pages = listPages(v!.outDir, v!.base);
    expect(pages.length).toBeGreaterThan(20);
    const failures: string[] = [];
    const queue = [...pages];
    await Promise.all(
      tabs.map(async (tab) => {
        for (let page = queue.shift(); page; page = queue.shift()) {
          const expectStatus = page.relative === '404.html' ? 200 : undefined;
          // until no request for 200 ms (late requests such as the favicon are checked too);
          // search and charts load on demand and are tested below
          const visit = await tab.goto(server.origin + page.path, { expectStatus });
          failures.push(...(await pagePolicyProblems(tab, page.path)));
          if (visit.problems.length) failures.push(...visit.problems);
        }
      }),
    );
    expect(failures).toEqual([]);
  });

  it.runIf(v)('search returns results under the policy', { timeout: 120_000 }, async () => {
    const tab = tabs[0]!;
    await tab.goto(`${server.url}cari/?q=integritas`);
    await tab.page.waitForSelector('pzi-search-results ol li a', { timeout: 60_000 });
    const results = await tab.page.$$eval('pzi-search-results ol li a', (links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(results.length).toBeGreaterThan(3);
    expect(results.every((p) => p.startsWith(v!.base))).toBe(true);
    expect(await violations(tab)).toEqual([]);
  });

  it.runIf(v)('an inline script, handler or style the build did not make is blocked', async () => {
    const tab = tabs[0]!;
    const url = server.url;
    // the same page, with what an injected note could carry appended to <body>
    await tab.page.route(url, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        '</body>',
        '<script>window.__injected = 1</script><img src="/favicon.svg" alt="" onload="window.__handler = 1">' +
          '<p id="pzi-injected" style="color: rgb(255, 0, 0)">x</p></body>',
      );
      await route.fulfill({ response, body: html });
    });
    const visit = await tab.goto(url);
    await tab.page.unroute(url);
    const state = await tab.page.evaluate(() => ({
      script: (window as unknown as { __injected?: number }).__injected,
      handler: (window as unknown as { __handler?: number }).__handler,
      color: getComputedStyle(document.getElementById('pzi-injected')!).color,
    }));
    expect(state).toEqual({ script: undefined, handler: undefined, color: expect.not.stringMatching(/255, 0, 0/) });
    const seen = await violations(tab);
    expect(seen.some((s) => s.startsWith('script-src-elem'))).toBe(true);
    expect(seen.some((s) => s.startsWith('script-src-attr'))).toBe(true);
    expect(seen.some((s) => s.startsWith('style-src-attr'))).toBe(true);
    // Chromium reports each blocked item as a console error: expected here, so cleared
    expect(visit.problems.length).toBeGreaterThanOrEqual(3);
    visit.problems.length = 0;
  });

  it.runIf(v)('types, charsets, caching, 404, redirects and security headers', async () => {
    expect(await httpFailures(server, v!, { serverName: 'nginx', relativeRedirects: true })).toEqual([]);
  });
});

describe('nginx: demo build (charts), nginx.conf', () => {
  const v = variant('demo');
  let server: WebServer;
  let browser: Browser;
  let tab: Tab;

  beforeAll(async () => {
    if (!v) return;
    [server, browser] = await Promise.all([startNginx(CONFIGS.site.nginx, v.outDir, v.base), launchBrowser()]);
    tab = await openTab(browser, server.origin);
    await recordViolations(tab.context);
  });
  afterAll(async () => {
    await tab?.close();
    await Promise.all([server?.close(), browser?.close()]);
  });

  it.runIf(v)('every chart of every chart page draws, with zero CSP violations', { timeout: 300_000 }, async () => {
    const chartPages = listPages(v!.outDir, v!.base).filter((p) => /<pzi-chart\s/.test(readFileSync(p.file, 'utf8')));
    expect(chartPages.length, 'no page with a chart in the demo build').toBeGreaterThan(0);
    const failures: string[] = [];
    for (const page of chartPages) {
      await tab.goto(server.origin + page.path, { waitUntil: 'load' });
      const charts = tab.page.locator('pzi-chart');
      const count = await charts.count();
      for (let i = 0; i < count; i++) await charts.nth(i).scrollIntoViewIfNeeded();
      await tab.page.waitForFunction((n) => document.querySelectorAll('pzi-chart[data-drawn]').length === n, count, { timeout: 30_000 });
      const painted = await paintedPixels(tab, 'pzi-chart[data-drawn] canvas');
      if (painted <= 500) failures.push(`${page.path}: the first chart painted only ${painted} pixels`);
      // the reserved height comes from data-height through the CSSOM, not from a style attribute in the HTML
      const [height, data] = await charts.first().evaluate((el) => [(el as HTMLElement).style.getPropertyValue('--h'), (el as HTMLElement).dataset.height]);
      if (height !== `${data}rem`) failures.push(`${page.path}: --h is ${JSON.stringify(height)}, data-height ${JSON.stringify(data)}`);
      const seen = await violations(tab);
      if (seen.length) failures.push(`${page.path}: ${seen.join('; ')}`);
    }
    expect(failures).toEqual([]);
  });
});

const APACHE_CASES = [
  { name: 'site' as const, label: 'root build, apache.conf' },
  { name: 'subpath' as const, label: 'sub-path build, apache-subpath.conf' },
];

if (!existsSync(APACHE)) console.log(`[nginx.test] ${APACHE} is missing: the Apache checks are skipped (apt-get install apache2 to run them).`);

describe.skipIf(!existsSync(APACHE)).each(APACHE_CASES)('Apache: $label', ({ name }) => {
  const v = variant(name);

  it.runIf(v)('passes apache2 -t', async () => {
    const { main } = prepareApache(CONFIGS[name].apache, v!.outDir, await freePort());
    const result = apacheSyntaxCheck(main);
    expect(result.output).toContain('Syntax OK');
    expect(result.status).toBe(0);
  });

  it.runIf(v)('types, charsets, caching, 404, redirects and security headers', async () => {
    const server = await startApache(CONFIGS[name].apache, v!.outDir, v!.base);
    try {
      expect(await httpFailures(server, v!, { serverName: 'Apache', relativeRedirects: false })).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

/** A tiny web root holding dot-files where a careless upload puts them, beside the site's 404 page. */
function dotFileRoot(v: { outDir: string }): { root: string; paths: string[] } {
  const root = mkdtempSync(path.join(tmpdir(), 'pzi-dotfiles-'));
  chmodSync(root, 0o755);
  const files: Record<string, string> = {
    '404.html': readFileSync(path.join(v.outDir, '404.html'), 'utf8'),
    'index.html': '<!doctype html><title>x</title>',
    '.git/x.html': 'git',
    '.draft.html': 'draft',
    '2022/bukti/berkas/.env': 'SECRET=1',
    'admin/.env': 'SECRET=1',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  spawnSync('chmod', ['-R', 'a+rX', root]);
  return { root, paths: ['.git/x.html', '.draft.html', '2022/bukti/berkas/.env', 'admin/.env'] };
}

async function dotFileFailures(server: WebServer, paths: string[]): Promise<string[]> {
  const failures: string[] = [];
  for (const relative of paths) {
    const response = await fetch(server.url + relative, { redirect: 'manual' });
    const body = await response.text();
    if (response.status !== 404 || /SECRET|git|draft/.test(body)) failures.push(`/${relative}: HTTP ${response.status} ${body.slice(0, 40)}`);
  }
  return failures;
}

const DOT_CASES = [
  { server: 'nginx' as const, name: 'site' as const },
  { server: 'nginx' as const, name: 'subpath' as const },
  ...(existsSync(APACHE) ? [{ server: 'apache' as const, name: 'site' as const }, { server: 'apache' as const, name: 'subpath' as const }, { server: 'htaccess' as const, name: 'site' as const }] : []),
];

describe.each(DOT_CASES)('$server ($name): dot-files are never served', ({ server: kind, name }) => {
  const v = variant(name);
  it.runIf(v)('/.git/x.html, /.draft.html, /2022/bukti/berkas/.env, /admin/.env → 404', async () => {
    const { root, paths } = dotFileRoot(v!);
    if (kind === 'htaccess') writeFileSync(path.join(root, '.htaccess'), readFileSync(path.join(v!.outDir, '.htaccess')));
    const server =
      kind === 'nginx' ? await startNginx(CONFIGS[name].nginx, root, v!.base)
      : kind === 'apache' ? await startApache(CONFIGS[name].apache, root, v!.base)
      : await startSharedApache(root);
    try {
      expect(await dotFileFailures(server, paths)).toEqual([]);
    } finally {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('nginx sub-path block beside a host regex location', () => {
  const v = variant('subpath');
  it.runIf(v)('a host rule for images and scripts does not take /zona-integritas/ files (their headers stay)', async () => {
    // a common host rule, placed before the site's block as a host's own server would have it
    const hostRule = 'location ~* \\.(png|svg|js|css|json)$ { expires 30d; add_header X-Host-Rule 1 always; }';
    const server = await startNginx(CONFIGS.subpath.nginx, v!.outDir, v!.base, [hostRule]);
    try {
      const failures: string[] = [];
      for (const relative of ['favicon.svg', 'pagefind/pagefind.js', 'data/versi.json']) {
        const response = await fetch(server.url + relative);
        await response.arrayBuffer();
        if (response.status !== 200 || response.headers.get('x-host-rule') || response.headers.get('content-security-policy') !== expectedCsp(relative) || response.headers.get('cache-control') !== expectedCache(relative)) {
          failures.push(`${relative}: ${response.status} host-rule=${response.headers.get('x-host-rule')} csp=${response.headers.get('content-security-policy')} cache=${response.headers.get('cache-control')}`);
        }
      }
      // the host rule still answers outside the sub-path (it is a real rule, so the test can fail)
      const outside = await fetch(`${server.origin}/lain.png`);
      await outside.arrayBuffer();
      expect(outside.headers.get('x-host-rule')).toBe('1');
      expect(failures).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe.skipIf(!existsSync(APACHE)).each(APACHE_CASES)('Apache with the build\'s .htaccess only (shared hosting): $label', ({ name }) => {
  const v = variant(name);
  it.runIf(v)('types, charsets, caching, 404, redirects and security headers', async () => {
    // the host's web root; a sub-path build lives in a folder of it named after the path
    const docRoot = mkdtempSync(path.join(tmpdir(), 'pzi-public-html-'));
    chmodSync(docRoot, 0o755);
    const segment = v!.base.replace(/^\/+|\/+$/g, '');
    if (segment) symlinkSync(v!.outDir, path.join(docRoot, segment));
    const server = await startSharedApache(segment ? docRoot : v!.outDir, v!.base);
    try {
      expect(await httpFailures(server, v!, { serverName: 'Apache', relativeRedirects: false })).toEqual([]);
    } finally {
      await server.close();
      rmSync(docRoot, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!existsSync(APACHE))('Apache sub-path configuration beside a host rule for file types', () => {
  const v = variant('subpath');
  it.runIf(v)('a host <FilesMatch> for images and scripts does not replace the site\'s headers', async () => {
    const hostRule = ['<FilesMatch "\\.(png|svg|js|css|json)$">', '    Header always set Cache-Control "max-age=2592000"', '    Header always set Content-Security-Policy "default-src *"', '</FilesMatch>'];
    const server = await startApache(CONFIGS.subpath.apache, v!.outDir, v!.base, hostRule);
    try {
      const failures: string[] = [];
      for (const relative of ['favicon.svg', 'pagefind/pagefind.js', 'data/versi.json']) {
        const response = await fetch(server.url + relative);
        await response.arrayBuffer();
        if (response.status !== 200 || response.headers.get('content-security-policy') !== expectedCsp(relative) || response.headers.get('cache-control') !== expectedCache(relative)) {
          failures.push(`${relative}: ${response.status} csp=${response.headers.get('content-security-policy')} cache=${response.headers.get('cache-control')}`);
        }
      }
      expect(failures).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
