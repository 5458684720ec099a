/**
 * The staff CMS at /admin/, end to end, in real headless Chromium:
 * - the production build without CMS settings (global-setup's `site`) says the editor is not set up,
 *   loads no script and makes no request beyond its own page;
 * - /admin/ of a build with `PZI_CMS_BACKEND=local` talks to the local backend as `npm run cms` runs
 *   it (decap-server in git mode behind the content/ gate, src/lib/cms/local-proxy.ts) on a random
 *   loopback port, over a TEMPORARY copy of the content in its own git repository: the real content/
 *   is never written; the gate refuses writes to src/ and .github/ through its HTTP API;
 * - a note for V.3.2 (June 2022, selesai) and an evidence item with an uploaded PDF under II.1.1 are
 *   made through the forms; each save is its own commit naming what changed;
 * - `npm run check` passes on that root, and ONE build from it shows the note on /kemajuan/,
 *   /2022/v/3/ and in the June cell of /2022/linimasa/, and lists the PDF in bukti.json with the
 *   uploaded file's SHA-256;
 * - the CI path: the same check refuses the CMS's note once it breaks a rule (date outside the year,
 *   `{` in the body);
 * - under the admin page's CSP (Astro's <meta>, widened for /admin/ only: src/lib/cms/csp.ts) no request leaves the site and the
 *   proxy, no console error (a CSP violation is one); screenshots at 1280 and 390 px.
 * Each test sets up what it reads: the note and the evidence item are made through their forms on
 * first use (by their own test, or by a later one run alone with -t). One browser, one context for
 * the editor, one build of the editor and one of the CMS output (the plain site is global setup's);
 * no sleeps (waits for conditions).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { noteSchema } from '../../src/schemas/note.ts';
import { evidenceSchema } from '../../src/schemas/evidence.ts';
import { cellClass } from '../../src/lib/status-class.ts';
import { astroBuild, nodeScript } from './support/astro-build.ts';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser.ts';
import { serve, type StaticServer } from './support/server.ts';
import { variant } from './support/variants.ts';
import { startLocalProxy, type LocalProxy } from '../../src/lib/cms/local-proxy.ts';

const site = variant('site');
/**
 * Screenshots the staff guide shows (content/PANDUAN.md): written to docs/panduan/ when
 * PZI_PANDUAN_SCREENSHOTS=1 (to refresh the guide's pictures), else beside the other screenshots.
 */
const guideShot = (name: string) => path.join(process.env.PZI_PANDUAN_SCREENSHOTS === '1' ? path.resolve('docs/panduan') : SCREENSHOT_DIR, name);
const NOTE_TITLE = 'Tanggapan atas daftar pengaduan dari Inspektorat';
const EVIDENCE_TITLE = 'Notulen sosialisasi SOP kepada pegawai';
const UPLOAD_NAME = 'Notulen Sosialisasi SOP.pdf';
const SURVEY_TITLE = 'Survei Kepuasan Masyarakat Semester II 2022';
/**
 * A responses export as a clerk saves it from a spreadsheet: written here (the sample survey's own file
 * is refused as sample data), one row per respondent, U1–U9 answered 1–4, one row left blank.
 */
const SURVEY_ROWS = 12;
const SURVEY_CSV = Buffer.from(
  [
    'tanggal,layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9',
    ...Array.from({ length: SURVEY_ROWS }, (_, row) => `2022-12-${String(row + 1).padStart(2, '0')},Help desk,${Array.from({ length: 9 }, (_, u) => ((row * 7 + u * 3) % 4) + 1).join(',')}`),
    '2022-12-20,Help desk,,,,,,,,,',
  ].join('\r\n') + '\r\n',
);
const SURVEY_UPLOAD_NAME = 'Jawaban SKM Semester II.csv';

// --no-optional-locks: the test's own `git status` must never hold the index lock while decap-server
// commits in the same repository (its commit would fail with a 500 in the browser's console)
const git = (repo: string, ...args: string[]) => execFileSync('git', ['--no-optional-locks', ...args], { cwd: repo, encoding: 'utf8' });

function frontmatter(file: string): { data: unknown; body: string } {
  const [, yaml, body] = readFileSync(file, 'utf8').match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/)!;
  return { data: parse(yaml!), body: body! };
}

describe.skipIf(!site)('staff CMS at /admin/ (local mode)', () => {
  let repo: string;
  let root: string;
  let proxyPort: number;
  let proxy: LocalProxy;
  let server: StaticServer;
  let adminOut: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pdf: Buffer;
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  /**
   * The note and the evidence item saved through the forms: each made on first use, by its own test or
   * by any later test that needs it (so a test run alone, e.g. with -t, sets up what it reads).
   */
  const lazy = <T>(make: () => Promise<T>) => {
    let made: Promise<T> | undefined;
    return () => (made ??= make());
  };

  beforeAll(async () => {
    repo = mkdtempSync(path.join(tmpdir(), 'pzi-cms-e2e-'));
    root = path.join(repo, 'content');
    cpSync('content', root, { recursive: true });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.name', 'Staf');
    git(repo, 'config', 'user.email', 'staf@example.invalid');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'isi awal');
    // the editor's own build: local mode asked for explicitly (a build never guesses it)
    adminOut = `${repo}-admin`;
    const build = await astroBuild(['--outDir', adminOut], { PZI_CONTENT: root, PZI_CMS_BACKEND: 'local' });
    if (build.code !== 0) throw new Error(build.output.slice(-3000));
    [proxy, server, browser] = await Promise.all([startLocalProxy(repo), serve(adminOut, '/'), launchBrowser()]);
    proxyPort = proxy.port;
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    const allowed = new Set([server.origin, `http://127.0.0.1:${proxyPort}`]);
    await context.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      return /^(https?|wss?):/.test(url) && !allowed.has(new URL(url).origin) ? route.abort() : route.continue();
    });
    const other = await browser.newPage();
    await other.setContent(`<h1>Notulen sosialisasi SOP</h1><p>Dibuat untuk uji CMS, ${Date.now()}.</p>`);
    pdf = await other.pdf({ format: 'A4' });
    await other.close();
  }, 300_000);

  afterAll(async () => {
    await Promise.all([proxy?.close(), server?.close(), browser?.close()]);
    if (repo) for (const dir of [repo, `${repo}-upload`]) rmSync(dir, { recursive: true, force: true });
    if (adminOut) rmSync(adminOut, { recursive: true, force: true });
  });

  /** A fresh tab for each form (a full load, as a staff member opening /admin/), watched for console errors. */
  async function openNew(collection: string, singular: RegExp) {
    await openList(collection, singular);
    await page.getByRole('link', { name: singular }).click().catch(async (error: Error) => {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `admin-failed-${collection}.png`) });
      throw error;
    });
  }

  /** A collection's list in a fresh tab, signed in. */
  async function openList(collection: string, singular: RegExp) {
    await page?.close();
    page = await context.newPage();
    page.setDefaultTimeout(90_000);
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(`${server.url}admin/?proxy=${proxyPort}#/collections/${collection}`, { waitUntil: 'domcontentloaded' });
    const login = page.getByRole('button', { name: 'Masuk' });
    const add = page.getByRole('link', { name: singular });
    await login.or(add).first().waitFor().catch(async (error: Error) => {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `admin-failed-${collection}.png`) });
      throw new Error(`${error.message}\n${(await page.locator('body').innerText()).slice(0, 500)}`);
    });
    if (await login.isVisible()) await login.click();
    await add.waitFor();
  }

  /** Types a date as a clerk does (digits only, day first) into an emptied field. */
  async function typeDate(input: Locator, digits: string) {
    await input.fill('');
    await input.pressSequentially(digits);
  }

  async function choose(label: string, text: string) {
    const input = page.getByLabel(label, { exact: true });
    await input.fill(text);
    await page.keyboard.press('Enter');
  }

  async function publish() {
    await page.getByRole('button', { name: 'Terbitkan' }).click();
    await page.getByRole('menuitem', { name: 'Terbitkan sekarang' }).or(page.getByText('Terbitkan sekarang')).first().click();
  }

  async function waitForFile(folder: string, test: (name: string) => boolean): Promise<string> {
    for (let i = 0; i < 240; i++) {
      const found = existsSync(folder) ? readdirSync(folder).find(test) : undefined;
      if (found) return path.join(folder, found);
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`no new file in ${folder}`);
  }

  /** Everything /admin/ did so far stayed on the site and the local proxy, with no console error. */
  function expectQuietAdmin() {
    const origins = new Set(requests.map((url) => new URL(url).origin));
    for (const origin of origins) expect([server.origin, `http://127.0.0.1:${proxyPort}`]).toContain(origin);
    expect(consoleErrors).toEqual([]);
  }

  it('a build without CMS settings: /admin/ says the editor is not set up, loads no script, asks nothing of anyone', async () => {
    const plain = await serve(site!.outDir, site!.base);
    const tab = await browser.newContext({ locale: 'id-ID' });
    const seen: string[] = [];
    tab.on('request', (request) => seen.push(request.url()));
    try {
      const page = await tab.newPage();
      await page.goto(`${plain.url}admin/`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Penyunting isi belum disiapkan untuk situs ini');
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.getByRole('button').count(), 'no sign-in button').toBe(0);
      const html = readFileSync(path.join(site!.outDir, 'admin/index.html'), 'utf8');
      expect(html).toMatch(/connect-src 'none'/);
      expect(html).not.toMatch(/127\.0\.0\.1|localhost|decap-cms\.js|config\.json/);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `admin-not-set-up-${width}.png`) });
      }
      expect(seen.every((url) => new URL(url).origin === plain.origin)).toBe(true);
      expect(seen.filter((url) => !url.endsWith('favicon.svg'))).toEqual([`${plain.url}admin/`]);
    } finally {
      await tab.close();
      await plain.close();
    }
  });

  it('the local backend refuses, through its API, a write to src/ or .github/: no file, no commit', async () => {
    const head = git(repo, 'rev-parse', 'HEAD');
    const api = `http://127.0.0.1:${proxyPort}/api/v1`;
    const persist = (file: string) => ({
      action: 'persistEntry',
      params: { branch: 'main', entry: { slug: 'x', path: file, raw: 'console.log(1)\n' }, assets: [], options: { commitMessage: 'lewat CMS' } },
    });
    for (const file of ['src/pages/bocor.astro', '.github/workflows/bocor.yml', 'content/../src/bocor.ts']) {
      const answer = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(persist(file)) });
      expect(answer.status, file).toBe(403);
      expect(((await answer.json()) as { error: string }).error).toContain('hanya boleh mengubah isi di folder content/');
      expect(existsSync(path.join(repo, file)), file).toBe(false);
    }
    const media = await fetch(api, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'persistMedia', params: { branch: 'main', asset: { path: '.github/x.yml', content: 'eA==', encoding: 'base64' }, options: { commitMessage: 'x' } } }),
    });
    expect(media.status).toBe(403);
    // a delete names its paths too: one outside content/ refuses the whole request, the file inside stays
    const post = (body: unknown) => fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const commitMessage = 'hapus lewat CMS';
    for (const body of [
      { action: 'deleteFile', params: { branch: 'main', path: '.github/workflows/deploy.yml', options: { commitMessage } } },
      { action: 'deleteFiles', params: { branch: 'main', paths: ['content/kanal/wbs.yaml', 'src/pages/index.astro'], options: { commitMessage } } },
    ]) {
      const answer = await post(body);
      expect(answer.status, body.action).toBe(403);
      expect(((await answer.json()) as { error: string }).error).toContain('hanya boleh mengubah isi di folder content/');
    }
    expect(existsSync(path.join(root, 'kanal/wbs.yaml'))).toBe(true);
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(head);
    // the gate forwards what is inside content/: decap-server answers
    const list = await fetch(api, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'entriesByFolder', params: { branch: 'main', folder: 'content/kanal', extension: 'yaml', depth: 1 } }),
    });
    expect(list.status).toBe(200);
    expect(JSON.stringify(await list.json())).toContain('wbs.yaml');

    // a delete inside content/ goes through: an unpublished draft of the clerk's own, gone in one commit
    const draft = 'content/2022/catatan/2022-07-draf-staf.mdx';
    writeFileSync(path.join(repo, draft), '---\ntitle: Draf yang batal\n---\n');
    git(repo, 'add', draft);
    git(repo, 'commit', '-q', '-m', 'draf staf');
    const deleted = await post({ action: 'deleteFiles', params: { branch: 'main', paths: [draft], options: { commitMessage } } });
    expect(deleted.status).toBe(200);
    expect(existsSync(path.join(repo, draft))).toBe(false);
    expect(git(repo, 'log', '-1', '--format=%s').trim()).toBe(commitMessage);
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('the local-mode /admin/ carries ONE policy, widened for Decap only; a public page stays strict', () => {
    const policies = (file: string) =>
      [...readFileSync(path.join(adminOut, file), 'utf8').matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)].map((m) => m[1]!);
    const [admin, ...more] = policies('admin/index.html');
    expect(more).toEqual([]);
    expect(admin).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'/);
    // 'unsafe-inline' works only where no style hash is listed: none on this page
    expect(admin).toMatch(/style-src 'self' 'unsafe-inline' ;/);
    expect(admin).toMatch(/style-src-attr 'unsafe-hashes' 'unsafe-inline';/);
    expect(admin).toContain("connect-src 'self' blob: data: http://127.0.0.1:* http://localhost:*;");
    for (const file of ['index.html', '2022/linimasa/index.html']) {
      const [policy] = policies(file);
      expect(policy, file).toMatch(/style-src 'self' 'sha256-/);
      expect(policy, file).not.toMatch(/'unsafe-eval'|'unsafe-inline'|blob:|127\.0\.0\.1/);
    }
  });

  /** A note for V.3.2 made through the form, with the refusals on the way; resolves to its file. */
  const savedNote = lazy(async (): Promise<string> => {
    const before = new Set(readdirSync(path.join(root, '2022/catatan')));
    // a broken note elsewhere in content/ (as a colleague may leave one): the editor and this save carry on
    const broken = path.join(root, '2022/catatan/2022-03-rusak.mdx');
    writeFileSync(broken, '---\ntitle: x\nstatus: beres\n---\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'catatan rusak dari rekan');
    const head = git(repo, 'rev-parse', 'HEAD');
    try {
      await openNew('catatan-2022', /Tambah catatan kemajuan/);
      await page.getByLabel('Judul catatan').fill(NOTE_TITLE);
      const date = page.getByLabel('Tanggal', { exact: true });
      await typeDate(date, '20062023');
      await choose('Indikator', 'V.3.2');
      await choose('Status', 'selesai');
      await page.locator('[data-slate-editor="true"]').click();
      await page.keyboard.type('Tanggapan dikirim ke Inspektorat untuk {3} aduan, <3 hari. Semua sudah ditindaklanjuti.');
      // the preview pane wears the site's own stylesheet, served from the site itself
      const preview = page.locator('#preview-pane').contentFrame();
      await preview.getByText('Semua sudah ditindaklanjuti.').waitFor();
      const sheets = await preview.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
      expect(sheets.length).toBeGreaterThan(0);
      for (const sheet of sheets) expect(new URL(sheet).origin).toBe(server.origin);
      await expect.poll(() => preview.locator('body').evaluate((body) => getComputedStyle(body).fontFamily)).toMatch(/^system-ui/);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'admin-preview-1280.png') });
      const logged = consoleErrors.length;
      await publish();
      // refused in the form, in the form's words, before anything is written
      await page.getByText('Tanggal: Tanggal harus di tahun 2022, ditulis seperti 30/06/2022.').waitFor();
      // Decap logs the save its own validation refused (an empty rejection): the refusal, not a fault
      await expect.poll(() => consoleErrors.length).toBeGreaterThan(logged);
      consoleErrors.splice(logged);
      expect(git(repo, 'rev-parse', 'HEAD')).toBe(head);
      expect(readdirSync(path.join(root, '2022/catatan')).filter((name) => !before.has(name))).toEqual(['2022-03-rusak.mdx']);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'admin-note-refused-1280.png') });

      await typeDate(date, '20062022');
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `admin-note-${width}.png`), fullPage: true });
        if (width === 390) await page.screenshot({ path: guideShot('catatan-390.png') });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `horizontal scroll at ${width}px`).toBeLessThanOrEqual(0);
        await expect.poll(() => page.getByRole('button', { name: 'Terbitkan' }).isVisible(), { message: `top bar at ${width}px` }).toBe(true);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      await publish();

      const noteFile = await waitForFile(path.join(root, '2022/catatan'), (name) => !before.has(name) && name.endsWith('.mdx') && name !== '2022-03-rusak.mdx');
      expect(path.basename(noteFile)).toMatch(/^2022-06-[a-z0-9-]+\.mdx$/);
      const { data, body } = frontmatter(noteFile);
      const parsed = noteSchema.parse(data);
      expect(parsed).toMatchObject({ title: NOTE_TITLE, indicators: ['V.3.2'], status: 'selesai', evidence: [] });
      expect(readFileSync(noteFile, 'utf8')).toMatch(/^date: 2022-06-20$/m);
      expect(body).toContain('Tanggapan dikirim ke Inspektorat untuk \\{3\\} aduan, \\<3 hari.');
      await expect.poll(() => git(repo, 'log', '-1', '--format=%s'), { timeout: 20_000 }).toContain(path.basename(noteFile, '.mdx'));
      // after the save: where it stands (local: on this computer, not live) and a link to its page
      const status = page.locator('#pzi-status');
      await status.waitFor();
      expect(await status.innerText()).toContain('Tersimpan di komputer ini, belum tayang.');
      expect(await status.getByRole('link', { name: 'Lihat di pratinjau' }).getAttribute('href')).toBe(`/kemajuan/${path.basename(noteFile, '.mdx')}/`);
      return noteFile;
    } finally {
      git(repo, 'rm', '-q', broken);
      git(repo, 'commit', '-q', '-m', 'catatan rusak dihapus');
      expect(git(repo, 'status', '--porcelain')).toBe('');
    }
  });

  it('creates a note for V.3.2 through the form: a date typed as the clerk writes it, a wrong year refused in the form, "{" and "<" kept as text; a broken entry elsewhere does not get in the way', async () => {
    await savedNote();
    expectQuietAdmin();
  }, 300_000);

  /** An evidence item under II.1.1 with an uploaded PDF, made through the form; resolves to its file. */
  const savedEvidence = lazy(async (): Promise<string> => {
    const folder = path.join(root, '2022/bukti');
    const before = new Set(readdirSync(folder));
    const upload = path.join(repo, '..', `${path.basename(repo)}-upload`);
    mkdirSync(upload, { recursive: true });
    writeFileSync(path.join(upload, UPLOAD_NAME), pdf);
    await openNew('bukti-2022', /Tambah bukti fisik/);
    await page.getByLabel('Judul bukti').fill(EVIDENCE_TITLE);
    await typeDate(page.getByLabel('Tanggal dokumen'), '12052022');
    await choose('Indikator', 'II.1.1');
    await page.getByRole('button', { name: 'Pilih berkas' }).click();
    await page.locator('input[type="file"]').setInputFiles(path.join(upload, UPLOAD_NAME));
    await page.getByRole('button', { name: 'Pakai yang dipilih' }).click();
    // personal data, not yet redacted: the content check refuses it before anything is written
    const head = git(repo, 'rev-parse', 'HEAD');
    await page.getByLabel('Memuat data pribadi').click();
    const logged = consoleErrors.length;
    await publish();
    const panel = page.locator('#pzi-penolakan');
    await panel.waitFor();
    await page.getByText('Gagal menyimpan: periksa daftar di bagian bawah layar').waitFor();
    // Decap logs the save it was told to refuse; that is the refusal itself, not a fault
    await expect.poll(() => consoleErrors.length).toBeGreaterThan(logged);
    consoleErrors.splice(logged);
    expect(await panel.innerText()).toContain('Data pribadi sudah disamarkan: Bukti ini memuat data pribadi ("Memuat data pribadi" dicentang) tetapi belum disamarkan.');
    expect(await panel.innerText()).not.toMatch(/personalData|redacted|YAML/);
    await page.screenshot({ path: guideShot('bukti-ditolak-1280.png') });
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(head);
    expect(readdirSync(folder).filter((name) => !before.has(name))).toEqual([]);
    await page.getByLabel('Data pribadi sudah disamarkan').click();
    await publish();
    await panel.waitFor({ state: 'detached' });

    const evidenceFile = await waitForFile(folder, (name) => !before.has(name) && name.endsWith('.yaml'));
    const data = evidenceSchema.parse(parse(readFileSync(evidenceFile, 'utf8')));
    expect(data).toMatchObject({ title: EVIDENCE_TITLE, indicators: ['II.1.1'], personalData: true, redacted: true });
    expect(readFileSync(evidenceFile, 'utf8')).toMatch(/^date: 2022-05-12$/m);
    expect(data.file).toMatch(/^[a-z0-9][a-z0-9_.-]*\.pdf$/);
    // the upload is written with the entry, in the same commit
    await expect.poll(() => git(repo, 'log', '-1', '--format=%s'), { timeout: 20_000 }).toContain(path.basename(evidenceFile, '.yaml'));
    expect(readFileSync(path.join(folder, data.file!)).equals(pdf)).toBe(true);
    rmSync(upload, { recursive: true, force: true });
    return evidenceFile;
  });

  it('creates an evidence item under II.1.1 with an uploaded PDF, saved next to its YAML', async () => {
    await savedEvidence();
    expectQuietAdmin();
  }, 300_000);

  /**
   * A survey made through its form with an uploaded responses CSV and no summary; on the way, the
   * summary filled in as well is refused in the form's words. Resolves to the survey's folder.
   */
  const savedSurvey = lazy(async (): Promise<string> => {
    const folder = path.join(root, 'survei');
    const upload = `${repo}-upload`;
    mkdirSync(upload, { recursive: true });
    writeFileSync(path.join(upload, SURVEY_UPLOAD_NAME), SURVEY_CSV);
    await openNew('survei', /Tambah survei/);
    await page.getByLabel('Judul survei').fill(SURVEY_TITLE);
    await typeDate(page.getByLabel('Tanggal mulai'), '01072022');
    await typeDate(page.getByLabel('Tanggal selesai'), '31122022');
    await page.getByRole('button', { name: 'Pilih berkas' }).click();
    await page.locator('input[type="file"]').setInputFiles(path.join(upload, SURVEY_UPLOAD_NAME));
    await page.getByRole('button', { name: 'Pakai yang dipilih' }).click();
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Sebagian besar responden puas dengan waktu penyelesaian layanan.');

    // the summary as well: the two cannot both stand, and the form says so in its own words
    // the optional group opens with the arrow button in its heading
    await page.locator('[class*="-ExpandButtonContainer"]', { hasText: 'Ringkasan hasil (bila tidak ada berkas jawaban)' }).getByRole('button').first().click();
    const summaryInputs = [page.getByLabel('Jumlah responden'), ...Array.from({ length: 9 }, (_, i) => page.getByLabel(new RegExp(`^U${i + 1}\\b`)))];
    for (const input of summaryInputs) await input.fill('3');
    const head = git(repo, 'rev-parse', 'HEAD');
    const logged = consoleErrors.length;
    await publish();
    const panel = page.locator('#pzi-penolakan');
    await panel.waitFor().catch(async (error: Error) => {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'admin-failed-survey.png') });
      throw new Error(`${error.message}\n${git(repo, 'log', '-2', '--stat', '--format=%s')}\n${(await page.locator('body').innerText()).slice(0, 800)}`);
    });
    await expect.poll(() => consoleErrors.length).toBeGreaterThan(logged);
    consoleErrors.splice(logged);
    const refusal = await panel.innerText();
    expect(refusal).toContain(`Ringkasan hasil (bila tidak ada berkas jawaban): Survei "`);
    expect(refusal).toContain('punya berkas jawaban sekaligus ringkasan hasil. Pakai salah satu saja: kosongkan isian ringkasan hasil');
    expect(refusal).not.toMatch(/summary|responses|\.csv|YAML/);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'admin-survey-refused-1280.png') });
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(head);
    expect(existsSync(folder)).toBe(false);

    // emptied again, the summary is no longer there: the survey saves with its CSV alone
    for (const input of summaryInputs) await input.fill('');
    await publish();
    await panel.waitFor({ state: 'detached' });
    const survey = await waitForFile(folder, () => true);
    const index = path.join(survey, 'index.mdx');
    await expect.poll(() => existsSync(index)).toBe(true);
    const { data } = frontmatter(index);
    expect(data).toMatchObject({ title: SURVEY_TITLE });
    expect(data).not.toHaveProperty('summary');
    const csvName = (data as { responses: string }).responses;
    expect(csvName).toMatch(/^[a-z0-9][a-z0-9_-]*\.csv$/);
    expect(readFileSync(path.join(survey, csvName)).equals(SURVEY_CSV)).toBe(true);
    await expect.poll(() => git(repo, 'log', '-1', '--format=%s'), { timeout: 20_000 }).toContain(path.basename(survey));
    expect(git(repo, 'status', '--porcelain')).toBe('');
    return survey;
  });

  it('a survey through its form: a responses CSV uploaded without a summary is saved beside it; CSV and summary together are refused in the form\'s words', async () => {
    await savedSurvey();
    expectQuietAdmin();
  }, 300_000);

  it('npm run check passes on the CMS output, and one build shows the note, the evidence and the survey', async () => {
    const noteFile = await savedNote();
    const evidenceFile = await savedEvidence();
    const survey = await savedSurvey();
    const check = await nodeScript('scripts/check.ts', [], { PZI_CONTENT: root });
    expect(check.code, check.output).toBe(0);

    const outDir = path.join(repo, 'dist');
    const build = await astroBuild(['--outDir', outDir], { PZI_CONTENT: root });
    console.log(`[cms e2e] build of the CMS output: ${build.seconds.toFixed(1)} s`);
    expect(build.code, build.output.slice(-3000)).toBe(0);

    const slug = path.basename(noteFile, '.mdx');
    const href = `/kemajuan/${slug}/`;
    expect(readFileSync(path.join(outDir, 'kemajuan/index.html'), 'utf8')).toContain(NOTE_TITLE);
    expect(readFileSync(path.join(outDir, '2022/v/3/index.html'), 'utf8')).toContain(href);

    const notesServer = await serve(outDir, '/');
    try {
      const plain = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
      const tab = await plain.newPage();
      await tab.goto(`${notesServer.url}2022/linimasa/`);
      const row = tab.locator('tr').filter({ has: tab.locator('th a.code', { hasText: /^V\.3\.2$/ }) });
      const june = row.locator('td').nth(5);
      expect(await june.getAttribute('class')).toBe(cellClass('reported'));
      // the cell's own link (a.rm is the reading-note mark beside it)
      const link = june.locator('a:not(.rm)');
      expect(await link.getAttribute('href')).toBe(href);
      expect(await link.getAttribute('aria-label')).toContain(NOTE_TITLE);
      await plain.close();
    } finally {
      await notesServer.close();
    }

    // bukti.json: per indicator of the year, the evidence items listed under it
    const register = JSON.parse(readFileSync(path.join(outDir, 'data/2022/bukti.json'), 'utf8')) as {
      indicators: { id: string; items: { id: string; sha256: string | null }[] }[];
    };
    const item = register.indicators.find((indicator) => indicator.id === 'II.1.1')?.items.find((entry) => entry.id === path.basename(evidenceFile, '.yaml'));
    expect(item, 'the new evidence item is in bukti.json under II.1.1').toBeDefined();
    expect(item!.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));

    // survei.json: the survey, its respondents counted from the uploaded CSV (the blank row is no respondent)
    const surveys = JSON.parse(readFileSync(path.join(outDir, 'data/survei.json'), 'utf8')) as { id: string; title: string; respondents: number | null }[];
    expect(surveys.find((entry) => entry.id === path.basename(survey))).toMatchObject({
      title: SURVEY_TITLE,
      respondents: SURVEY_ROWS,
    });
  }, 600_000);

  it("the clerk's path reads in Indonesian: no English word and no developer hint anywhere on screen (390 px)", async () => {
    const seen: string[] = [];
    const read = async (where: string) => seen.push(`${where}\n${await page.locator('body').innerText()}`);
    // one load of the editor; then its own navigation between screens, as a clerk clicks through
    await openList('catatan-2022', /Tambah catatan kemajuan/);
    await page.setViewportSize({ width: 390, height: 844 });
    await read('daftar catatan');
    // leaving a form asks first (a browser dialog): its words are read too, then the clerk agrees
    page.on('dialog', (dialog) => {
      seen.push(`dialog\n${dialog.message()}`);
      void dialog.accept();
    });
    const go = async (hash: string, ready: Locator) => {
      await page.evaluate((to) => (location.hash = to), hash);
      await ready.waitFor();
    };
    for (const [collection, first] of [
      ['catatan-2022', 'Judul catatan'],
      ['survei', 'Judul survei'],
    ] as const) {
      await go(`#/collections/${collection}/new`, page.getByText(first, { exact: true }).first());
      await read(collection);
    }
    // the file picker of an evidence item, and an indicator search with no match
    await openNew('bukti-2022', /Tambah bukti fisik/);
    await page.setViewportSize({ width: 390, height: 844 });
    await read('bukti-2022');
    await page.getByLabel('Indikator', { exact: true }).fill('zzz');
    await read('pilihan indikator kosong');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Pilih berkas' }).click();
    await page.getByRole('button', { name: 'Pakai yang dipilih' }).waitFor();
    await read('pemilih berkas');

    const ENGLISH = /\b(the|and|of|to|is|are|no|not|options?|loading|save|saved|publish|published|delete|copy|path|name|error|failed|search|upload|choose|cancel|close|new|edit|entries|entry|collections?|draft|required|select|file|files|image|images|view|sort|filter|group|log ?out|undefined|null|NaN)\b/i;
    const DEVELOPER = /src\/|\.tsx?\b|YAML|i18n|npm run|personalData|redacted|lokasiBoleh|belum ada label|\bkolom [a-z]+[A-Z]/;
    const offending = seen.flatMap((screen) => {
      const [where, ...lines] = screen.split('\n');
      return lines.filter((line) => ENGLISH.test(line) || DEVELOPER.test(line)).map((line) => `${where}: ${line.trim()}`);
    });
    expect(offending).toEqual([]);
    expectQuietAdmin();
  }, 300_000);

  it('CI path: the same check refuses the CMS note once it breaks a rule (date outside the year, "{" in the body)', async () => {
    const noteFile = await savedNote();
    const original = readFileSync(noteFile, 'utf8');
    // three copies of the CMS note, each with one mistake, checked in ONE run that must name each file:
    // a date outside the year; a brace in the body, unclosed (MDX does not compile) or closed (an
    // expression that would run at build time: refused by the safe-MDX rules), as a staff member types them
    const broken = {
      [noteFile.replace(/\.mdx$/, '-tahun.mdx')]: original.replace(/^date: .*$/m, 'date: 2023-01-05'),
      [noteFile.replace(/\.mdx$/, '-kurung.mdx')]: `${original}\nNilai {nama belum diisi.\n`,
      [noteFile.replace(/\.mdx$/, '-ekspresi.mdx')]: `${original}\nNilai {nama} belum diisi.\n`,
    };
    try {
      for (const [file, text] of Object.entries(broken)) writeFileSync(file, text);
      const check = await nodeScript('scripts/check.ts', [], { PZI_CONTENT: root });
      expect(check.code).not.toBe(0);
      for (const file of Object.keys(broken)) expect(check.output, file).toContain(path.basename(file));
      expect(check.output).toMatch(/2022/);
      expect(check.output).toMatch(/\{/);
    } finally {
      for (const file of Object.keys(broken)) rmSync(file, { force: true });
    }
  }, 300_000);

  it("a clerk deletes an entry of their own from its form, after a confirmation: cancelled, it stays; confirmed, it is gone in one commit", async () => {
    const draft = '2022/catatan/2022-07-rapat-batal.mdx';
    writeFileSync(path.join(root, draft), '---\ntitle: Rapat evaluasi yang dibatalkan\ndate: 2022-07-05\nindicators: [V.3.2]\nstatus: berjalan\n---\n\nRapat tidak jadi diadakan.\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'catatan staf');
    const head = git(repo, 'rev-parse', 'HEAD');
    await openList('catatan-2022', /Tambah catatan kemajuan/);
    await page.goto(`${server.url}admin/?proxy=${proxyPort}#/collections/catatan-2022/entries/2022-07-rapat-batal`);
    await page.getByLabel('Judul catatan').waitFor();
    const asked: string[] = [];
    const answer = (accept: boolean) => page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void (accept ? dialog.accept() : dialog.dismiss());
    });
    const remove = page.getByRole('button', { name: 'Hapus isian', exact: true });
    answer(false);
    await remove.click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toBe('Hapus isian yang sudah terbit?');
    expect(existsSync(path.join(root, draft))).toBe(true);
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(head);
    answer(true);
    await remove.click();
    await expect.poll(() => existsSync(path.join(root, draft)), { timeout: 30_000 }).toBe(false);
    await expect.poll(() => git(repo, 'rev-parse', 'HEAD~1').trim()).toBe(head.trim());
    expect(git(repo, 'status', '--porcelain')).toBe('');
    expectQuietAdmin();
  }, 300_000);
});
