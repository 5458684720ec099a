// `npm run dev` with broken content: the preview starts anyway, every page shows the
// problems in the check's format in an Indonesian banner, and the banner goes when the file is
// fixed. Runs `astro dev` on a free loopback port against a throwaway copy of content/; every
// wait is bounded, and the server's whole process group is stopped at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfContent } from '../unit/support/content-dir.ts';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser.ts';
import { privateProject, type PrivateProject } from './support/private-project.ts';

const NOTE = '2022/catatan/2022-04-sk-tim-zona-integritas.mdx';
const OTHER = '2022/catatan/2022-04-rencana-aksi-ditetapkan.mdx';
const BANNER = '#pzi-masalah-isi';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const started = Date.now();
/** Polls `probe` every 250 ms until it returns true; fails after `seconds` with `what` and the preview's log. */
async function until(what: string, seconds: number, probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    // each probe bounded too, whatever it waits on
    const answer = await Promise.race([probe().catch(() => false), new Promise<false>((give) => setTimeout(() => give(false), 12_000))]);
    if (answer) {
      // when each wait ended, for a run that gets slow under load
      console.log(`[dev-preview] ${((Date.now() - started) / 1000).toFixed(1)} s: ${what}`);
      return;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds}s: ${what}\n--- preview log (end, without the 404s of the polling) ---\n${quietLog().slice(-4000)}`);
    await new Promise((next) => setTimeout(next, 250));
  }
}

/** The preview's log without the lines a polled missing page adds (they filled the whole tail of a failure). */
const quietLog = () =>
  log
    .split('\n')
    .filter((line) => !/\[404\]|\[router\] A `getStaticPaths\(\)` route pattern was matched|^Possible dynamic routes being matched|^\s*$/.test(line))
    .join('\n');

let copy: ReturnType<typeof copyOfContent>;
let server: ChildProcess | undefined;
let origin = '';
let log = '';
let browser: Browser;
let project: PrivateProject | undefined;
const original: Record<string, string> = {};

// every request bounded: a stalled preview fails the wait that polls it, with the preview's log
const html = async (url = '/') => (await fetch(`${origin}${url}`, { signal: AbortSignal.timeout(10_000) })).text();

beforeAll(async () => {
  copy = copyOfContent();
  for (const file of [NOTE, OTHER]) original[file] = readFileSync(path.join(copy.root, file), 'utf8');
  // broken before the preview starts: a YAML slip in one note
  copy.write(OTHER, original[OTHER]!.replace(/^title: .*$/m, 'title: "Rencana aksi ditetapkan'));

  // its own copy of the project (its own content store and file watcher), so builds other e2e
  // files run meanwhile neither share its state nor make it resync
  project = privateProject('preview');
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const root = process.cwd();
  const node = existsSync(path.join(root, 'node_modules/.bin/node')) ? path.join(root, 'node_modules/.bin/node') : process.execPath;
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|VITEST.*|TEST|BASE_URL|MODE|DEV|PROD|SSR|SITE|PZI_AS_OF)$/.test(key)));
  server = spawn(node, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project.root,
    env: { ...env, PZI_CONTENT: copy.root, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  browser = await launchBrowser();
  await until(`astro dev answering on ${origin}`, 120, async () => (await fetch(`${origin}/`, { signal: AbortSignal.timeout(10_000) })).ok);
}, 480_000);

afterAll(async () => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  await browser?.close();
  copy?.remove();
  project?.remove();
});

// 240 s: on a 2-core machine this file shares the CPU with another e2e file; alone it takes ~15 s
describe('npm run dev with content problems', { timeout: 240_000 }, () => {
  it('starts although a note is broken, and names it on every page in the check’s format', async () => {
    expect(log).toMatch(/Pratinjau tetap berjalan/);
    for (const url of ['/', '/kemajuan/2022-04-sk-tim-zona-integritas/']) {
      const page = await html(url);
      expect(page, url).toContain('id="pzi-masalah-isi"');
      expect(page, url).toMatch(new RegExp(`${OTHER.replaceAll('.', '\\.')}:\\d+</code><br>Penulisan data \\(YAML\\) tidak sah: Ada tanda pembuka tanpa penutup`));
    }
  });

  it('shows a problem made while it runs, in Indonesian with file, line and field, and clears it after the fix', async () => {
    copy.write(OTHER, original[OTHER]!);
    await until('banner gone after fixing the YAML', 30, async () => !(await html()).includes('pzi-masalah-isi'));
    // the note left out while it was broken is loaded once fixed
    await until('note broken at the start served after its fix', 60, async () => (await fetch(`${origin}/kemajuan/2022-04-rencana-aksi-ditetapkan/`, { signal: AbortSignal.timeout(10_000) })).ok);

    copy.write(NOTE, original[NOTE]!.replace(/^status: .*$/m, 'status: beres'));
    await until('banner for the bad status', 30, async () => (await html()).includes('kolom status'));

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const width of [360, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${origin}/`, { waitUntil: 'load' });
      const banner = page.locator(BANNER);
      await expect.poll(() => banner.isVisible(), { timeout: 10_000 }).toBe(true);
      const text = (await banner.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain('Pratinjau: 1 masalah di isi.');
      expect(text).toMatch(new RegExp(`${NOTE.replaceAll('.', '\\.')}:\\d+ · kolom status Status harus salah satu dari: selesai, berjalan, tertunda\\.`));
      expect(await banner.getAttribute('role')).toBe('alert');
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `dev-banner-${width}.png`) });
      await page.close();
    }

    copy.write(NOTE, original[NOTE]!);
    await until('banner gone after fixing the status', 30, async () => !(await html()).includes('pzi-masalah-isi'));
    // (the banner is server-rendered: the page's HTML without it is the page without it)
    const served = async () => (await fetch(`${origin}/kemajuan/2022-04-sk-tim-zona-integritas/`, { signal: AbortSignal.timeout(10_000) })).ok;
    try {
      await until('fixed note served again', 30, served);
    } catch {
      // Astro's known preview limitation (docs/pengembang.md "Pratinjau"): a request that computed the
      // static paths while the content reloaded can keep the old list until the next change. The
      // documented remedy is one more save; the note must then be served.
      console.log('[dev-preview] the fixed note needed a second save (Astro preview limitation)');
      copy.write(NOTE, original[NOTE]!);
      await until('fixed note served after a second save', 60, served);
    }
    // every problem was said in the check's Indonesian; Astro's English reload error never appeared
    expect(log).not.toMatch(/Failed to reload/);
  });
});
