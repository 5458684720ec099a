/**
 * Self-test of the e2e support helpers on a tiny throwaway site, so a broken guard
 * (e.g. one that stops noticing third-party requests) cannot silently pass every page.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from './support/axe.ts';
import { horizontalOverflow, launchBrowser, openPage, openTab, screenshots, type Tab } from './support/browser.ts';
import { validateHtml } from './support/html.ts';
import { listPages } from './support/pages.ts';
import { serve, type StaticServer } from './support/server.ts';

const doc = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Uji</title>${head}</head><body><main><h1>Uji</h1>${body}</main></body></html>`;

const FILES: Record<string, string> = {
  'index.html': doc('<p>Beranda</p>'),
  '404.html': doc('<p>Halaman tidak ditemukan</p>'),
  'tentang/index.html': doc('<p>Tentang</p>'),
  'asing/index.html': doc('<p>Gambar dari luar</p><img src="https://example.invalid/x.png" alt="x">'),
  'petunjuk/index.html': doc('<p>Petunjuk</p>', '<link rel="preconnect" href="https://fonts.example.invalid">'),
  'galat/index.html': doc('<p>Galat</p><script>console.error("rusak")</script>'),
  'hilang/index.html': doc('<p>Berkas hilang</p><script src="./tidak-ada.js"></script>'),
  'lebar/index.html': doc('<div class="lebar" style="width: 900px">lebar</div>'),
  // wide and pale only on a narrow screen: what the every-page suite must see after a resize
  'sempit/index.html': doc('<p class="pucat">Teks</p><div class="melebar">lebar</div>', '<style>@media (max-width: 40rem) { .pucat { color: #bbb; } .melebar { width: 900px; } }</style>'),
  'tanpa-alt/index.html': doc('<img src="../gambar.svg">'),
  // content outside every landmark: only axe's best-practice `region` rule (no WCAG tag) catches it
  'di-luar/index.html': doc('<p>Di dalam</p>').replace('<body>', '<body><p>Di luar landmark</p>'),
  'gambar.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>',
  'data/isi.csv': 'a,b\n1,2\n',
  'pagefind/index/en_abc.pf_index': 'x',
};

let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pzi-e2e-support-'));
  for (const [name, content] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  [server, browser] = await Promise.all([serve(dir, '/zona-integritas'), launchBrowser()]);
});
afterAll(async () => {
  await Promise.all([server?.close(), browser?.close()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('server', () => {
  it('serves under the base path with content types, index.html, redirects and 404.html', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/zona-integritas\/$/);
    const get = (p: string) => fetch(server.origin + p, { redirect: 'manual' });

    const home = await get('/zona-integritas/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toContain('Beranda');

    expect((await get('/zona-integritas')).headers.get('location')).toBe('/zona-integritas/');
    const noSlash = await get('/zona-integritas/tentang');
    expect(noSlash.status).toBe(301);
    expect(noSlash.headers.get('location')).toBe('/zona-integritas/tentang/');

    expect((await get('/zona-integritas/data/isi.csv')).headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await get('/zona-integritas/gambar.svg')).headers.get('content-type')).toBe('image/svg+xml');
    expect((await get('/zona-integritas/pagefind/index/en_abc.pf_index')).headers.get('content-type')).toBe(
      'application/octet-stream',
    );

    for (const missing of ['/zona-integritas/tidak-ada/', '/', '/tentang/', '/zona-integritas/../etc/passwd', '/zona-integritas/%2e%2e/%2e%2e/etc/passwd']) {
      const res = await get(missing);
      expect(res.status, missing).toBe(404);
      expect(await res.text(), missing).toContain('Halaman tidak ditemukan');
    }
  });
});

describe('listPages', () => {
  it('lists every HTML file as a site path under the base', () => {
    expect(listPages(dir, '/zona-integritas/').map((p) => p.path)).toEqual([
      '/zona-integritas/',
      '/zona-integritas/404.html',
      '/zona-integritas/asing/',
      '/zona-integritas/di-luar/',
      '/zona-integritas/galat/',
      '/zona-integritas/hilang/',
      '/zona-integritas/lebar/',
      '/zona-integritas/petunjuk/',
      '/zona-integritas/sempit/',
      '/zona-integritas/tanpa-alt/',
      '/zona-integritas/tentang/',
    ]);
  });
});

describe('openPage and openTab', () => {
  // One tab for the detection cases (openPage is openTab plus one goto; a fresh context per case
  // cost ~1.4 CPU-s): each goto reports the problems of its own visit.
  let tab: Tab;
  beforeAll(async () => {
    tab = await openTab(browser, server.origin);
  });
  afterAll(async () => {
    await tab?.close();
  });

  it('openPage passes a clean page (in a fresh context)', async () => {
    const { problems } = await openPage(browser, `${server.url}tentang/`);
    expect(problems).toEqual([]);
  });

  it('catches (and blocks) a request to another origin', async () => {
    const { problems } = await tab.goto(`${server.url}asing/`);
    expect(problems.join('\n')).toContain('request to another origin: https://example.invalid/x.png');
    problems.length = 0; // expected: do not fail this test
  });

  it('catches a resource hint to another origin', async () => {
    const { problems } = await tab.goto(`${server.url}petunjuk/`);
    expect(problems.join('\n')).toContain('<link rel="preconnect"> to another origin');
    problems.length = 0;
  });

  it('catches console errors', async () => {
    const { problems } = await tab.goto(`${server.url}galat/`);
    expect(problems.join('\n')).toContain('console error: rusak');
    problems.length = 0;
  });

  it('catches same-origin HTTP errors', async () => {
    const { problems } = await tab.goto(`${server.url}hilang/`);
    expect(problems.join('\n')).toMatch(/HTTP 404 for .*tidak-ada\.js/);
    problems.length = 0;
  });

  it('checks the status of the page itself', async () => {
    const missing = await tab.goto(`${server.url}tidak-ada/`);
    expect(missing.problems.join('\n')).toContain('page answered HTTP 404 (expected 2xx)');
    missing.problems.length = 0;
    const expected = await tab.goto(`${server.url}tidak-ada/`, { expectStatus: 404 });
    expect(expected.problems).toEqual([]);
  });

  it('loads each page at the tab\'s own size unless the visit names another, whatever an earlier test resized', async () => {
    await tab.goto(`${server.url}tentang/`, { viewport: { width: 360, height: 640 } });
    expect(await tab.page.evaluate(() => [innerWidth, innerHeight])).toEqual([360, 640]);
    await tab.page.setViewportSize({ width: 500, height: 500 });
    await tab.goto(`${server.url}tentang/`);
    expect(await tab.page.evaluate(() => [innerWidth, innerHeight])).toEqual([1280, 800]);
  });

  it('a clean visit after a faulty one reports nothing: problems belong to their own visit', async () => {
    const faulty = await tab.goto(`${server.url}galat/`);
    faulty.problems.length = 0;
    expect((await tab.goto(`${server.url}tentang/`)).problems).toEqual([]);
  });
});

describe('checks', () => {
  let tab: Tab;
  beforeAll(async () => {
    tab = await openTab(browser, server.origin);
  });
  afterAll(async () => {
    await tab?.close();
  });

  /** The page at `pagePath` in the shared tab, at the given width (default 1280). */
  async function visit(pagePath: string, width = 1280): Promise<Page> {
    await tab.goto(`${server.url}${pagePath}`, { viewport: { width, height: 800 } });
    return tab.page;
  }

  it('axe reports a missing alt text readably', async () => {
    const page = await visit('tanpa-alt/');
    const violations = await runAxe(page);
    expect(violations.map((v) => v.id)).toContain('image-alt');
    expect(formatViolations(violations)).toMatch(/\[axe image-alt\] \(critical\) .+\n.+\n\s+- img/);
  });

  it('axe runs the best-practice rules too, not only the WCAG-tagged ones', async () => {
    const page = await visit('di-luar/');
    expect((await runAxe(page)).map((v) => v.id)).toEqual(['region']);
  });

  it('axe passes a clean page', async () => {
    const page = await visit('');
    expect(formatViolations(await runAxe(page))).toBe('no axe violations');
  });

  it('horizontalOverflow finds the element that is too wide at 360 px', async () => {
    const page = await visit('lebar/', 360);
    const o = await horizontalOverflow(page);
    expect(o.overflow).toBeGreaterThan(0);
    expect(o.culprits.join('\n')).toContain('div.lebar');
    const narrowOk = await visit('', 360);
    expect((await horizontalOverflow(narrowOk)).overflow).toBe(0);
  });

  it('a page loaded at 1280 px and resized to 360 px is checked in its narrow layout (every-page does this)', async () => {
    const page = await visit('sempit/', 1280);
    expect((await horizontalOverflow(page)).overflow).toBe(0);
    expect((await runAxe(page)).map((v) => v.id)).not.toContain('color-contrast');
    await page.setViewportSize({ width: 360, height: 800 });
    expect((await horizontalOverflow(page)).culprits.join('\n')).toContain('div.melebar');
    expect((await runAxe(page)).map((v) => v.id)).toContain('color-contrast');
  });

  it('html-validate flags invalid markup and passes valid markup', async () => {
    expect(await validateHtml(FILES['index.html']!)).toEqual([]);
    const messages = await validateHtml(doc('<p><div>salah</div></p><img src="x.png">'));
    expect(messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['close-order', 'wcag/h37']));
  });

  it('screenshots are written at 360 px and 1280 px', async () => {
    const page = await visit('');
    const files = await screenshots(page, 'support-selftest');
    expect(files.map((f) => path.basename(f))).toEqual(['support-selftest-360.png', 'support-selftest-1280.png']);
    for (const f of files) expect(existsSync(f)).toBe(true);
  });
});
