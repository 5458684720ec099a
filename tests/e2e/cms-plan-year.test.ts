/**
 * The CMS with an imported plan year, without code change: a temporary copy of content/ gets the sample
 * 2023 through `npm run impor:rencana` (the generated Lampiran .xlsx); the local-mode editor built from it
 * offers "catatan-2023", a note for the indicator the import added (II.3.3, June 2023) is saved through
 * the form, and `npm run check` passes on the result. The real content/ is never written. One build,
 * one browser; the same local backend as tests/e2e/cms.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { noteSchema } from '../../src/schemas/note.ts';
import { startLocalProxy, type LocalProxy } from '../../src/lib/cms/local-proxy.ts';
import { astroBuild, nodeScript } from './support/astro-build.ts';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser.ts';
import { serve, type StaticServer } from './support/server.ts';
import { ADDED, lampiranXlsx } from '../fixtures/lampiran/make-lampiran.ts';

const git = (repo: string, ...args: string[]) => execFileSync('git', ['--no-optional-locks', ...args], { cwd: repo, encoding: 'utf8' });
const NOTE_TITLE = 'Evaluasi layanan informasi daring semester pertama';

describe('the CMS with an imported plan year (local mode)', () => {
  let repo: string;
  let root: string;
  let adminOut: string;
  let proxy: LocalProxy;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    repo = mkdtempSync(path.join(tmpdir(), 'pzi-cms-tahun-'));
    root = path.join(repo, 'content');
    cpSync('content', root, { recursive: true });
    const sheet = path.join(repo, 'lampiran-2023.xlsx');
    writeFileSync(sheet, await lampiranXlsx());
    const imported = await nodeScript('scripts/impor-rencana.ts', ['--tahun', '2023', '--ya', '--nomor', '3 Tahun 2023', '--konten', root, sheet]);
    if (imported.code !== 0) throw new Error(imported.output);
    rmSync(sheet);
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.name', 'Staf');
    git(repo, 'config', 'user.email', 'staf@example.invalid');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'isi awal dengan rencana 2023');
    adminOut = `${repo}-admin`;
    const build = await astroBuild(['--outDir', adminOut], { PZI_CONTENT: root, PZI_CMS_BACKEND: 'local', PZI_AS_OF: '2023-07-01' });
    if (build.code !== 0) throw new Error(build.output.slice(-3000));
    [proxy, server, browser] = await Promise.all([startLocalProxy(repo), serve(adminOut, '/'), launchBrowser()]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    page = await context.newPage();
    page.setDefaultTimeout(90_000);
  }, 300_000);

  afterAll(async () => {
    await Promise.all([proxy?.close(), server?.close(), browser?.close()]);
    if (repo) rmSync(repo, { recursive: true, force: true });
    if (adminOut) rmSync(adminOut, { recursive: true, force: true });
  });

  it('saves a note for the indicator the import added through the 2023 notes form; npm run check passes', async () => {
    await page.goto(`${server.url}admin/?proxy=${proxy.port}#/collections/catatan-2023`, { waitUntil: 'domcontentloaded' });
    const login = page.getByRole('button', { name: 'Masuk' });
    const add = page.getByRole('link', { name: /Tambah catatan kemajuan/ });
    await login.or(add).first().waitFor();
    if (await login.isVisible()) await login.click();
    await add.click();
    await page.getByLabel('Judul catatan').fill(NOTE_TITLE);
    const date = page.getByLabel('Tanggal', { exact: true });
    await date.fill('');
    await date.pressSequentially('20062023');
    const indicator = page.getByLabel('Indikator', { exact: true });
    await indicator.fill('II.3.3');
    // the form offers the imported year's own indicator, with its text
    await page.getByText(`II.3.3 — ${ADDED.text}`).first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByLabel('Status', { exact: true }).fill('berjalan');
    await page.keyboard.press('Enter');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Laporan evaluasi semester pertama sedang disusun.');
    await page.getByRole('button', { name: 'Terbitkan' }).click();
    await page.getByRole('menuitem', { name: 'Terbitkan sekarang' }).or(page.getByText('Terbitkan sekarang')).first().click();

    const folder = path.join(root, '2023/catatan');
    let file = '';
    for (let i = 0; i < 240 && !file; i++) {
      file = existsSync(folder) ? (readdirSync(folder).find((name) => name.endsWith('.mdx')) ?? '') : '';
      if (!file) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'admin-note-2023-1280.png'), fullPage: true });
    expect(file, 'a note file in content/2023/catatan/').toMatch(/^2023-06-[a-z0-9-]+\.mdx$/);
    const [, yaml] = readFileSync(path.join(folder, file), 'utf8').match(/^---\n([\s\S]*?)\n---/)!;
    expect(noteSchema.parse(parse(yaml!))).toMatchObject({ title: NOTE_TITLE, indicators: ['II.3.3'], status: 'berjalan' });
    const check = await nodeScript('scripts/check.ts', [], { PZI_CONTENT: root });
    expect(check.code, check.output).toBe(0);
  }, 300_000);
});
