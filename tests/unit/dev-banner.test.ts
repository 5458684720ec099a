import { afterEach, describe, expect, it, vi } from 'vitest';

// the preview's problem list, as the content guard's virtual module hands it to the middleware
vi.mock('virtual:pzi/content-problems', () => ({ devProblems: () => [{ file: 'content/2022/catatan/x.mdx', field: 'status', message: 'Status harus salah satu dari: selesai.' }] }));
import type { Plugin } from 'vite';
import { contentGuard } from '../../src/integrations/content-guard.ts';
import { withBanner } from '../../src/integrations/dev-problems.ts';
import { PROBLEMS_MODULE } from '../../src/integrations/dev-problems-module.ts';
import { isHarmlessBundlerWarning, summaryLine } from '../../src/integrations/build-report.ts';
import { copyOfContent } from './support/content-dir.ts';

let copy: ReturnType<typeof copyOfContent> | undefined;
const previous = process.env.PZI_CONTENT;
afterEach(() => {
  copy?.remove();
  if (previous === undefined) delete process.env.PZI_CONTENT;
  else process.env.PZI_CONTENT = previous;
});

/** Runs the guard's config hook for `command` on a copy of content with a bad note status. */
async function guard(command: 'dev' | 'build') {
  copy = copyOfContent();
  copy.edit('2022/catatan/2022-04-sk-tim-zona-integritas.mdx', (text) => text.replace(/^status: .*$/m, 'status: beres'));
  process.env.PZI_CONTENT = copy.root;
  const middleware: unknown[] = [];
  const plugins: Plugin[] = [];
  const warnings: string[] = [];
  const setup = contentGuard().hooks['astro:config:setup'] as (options: unknown) => Promise<void>;
  const run = setup({
    command,
    logger: { info() {}, warn: (text: string) => warnings.push(text) },
    addMiddleware: (entry: unknown) => middleware.push(entry),
    updateConfig: (config: { vite: { plugins: Plugin[] } }) => plugins.push(...config.vite.plugins),
  });
  return { run, middleware, plugins, warnings };
}

/** Evaluates the virtual module a Vite plugin serves for `id`, as the preview's middleware imports it. */
async function evaluate(plugin: Plugin, id: string): Promise<Record<string, unknown>> {
  const call = <T>(hook: unknown, ...args: unknown[]) => (hook as (...a: unknown[]) => T).call({}, ...args);
  const resolved = call<string>(plugin.resolveId, id, undefined, {});
  const code = call<string>(plugin.load, resolved, {});
  return import(`data:text/javascript,${encodeURIComponent(code)}`);
}

describe('preview banner', () => {
  it('in dev: does not stop, prints the report and hands the problems to the banner middleware', async () => {
    const { run, middleware, plugins, warnings } = await guard('dev');
    await run;
    expect(middleware).toHaveLength(1);
    expect(warnings.join('\n')).toMatch(/2022-04-sk-tim-zona-integritas\.mdx:\d+ · kolom status/);
    const module = await evaluate(plugins[0]!, PROBLEMS_MODULE);
    expect((module.devProblems as () => unknown)()).toEqual([expect.objectContaining({ field: 'status', file: expect.stringMatching(/2022-04-sk-tim-zona-integritas\.mdx$/) })]);
  });

  it('in a build: stops, and never adds the banner', async () => {
    const { run, middleware, plugins } = await guard('build');
    await expect(run).rejects.toThrow(/Situs TIDAK dibangun/);
    expect(middleware).toEqual([]);
    expect(plugins).toEqual([]);
  });

  it('puts the banner first in <body> and escapes what staff wrote', () => {
    const html = withBanner('<html><body class="x"><main>isi</main></body></html>', [{ file: 'content/a.mdx', line: 3, field: 'title', message: 'Judul "<script>" salah' }]);
    expect(html).toMatch(/^<html><body class="x"><aside id="pzi-masalah-isi" role="alert"/);
    expect(html).toContain('content/a.mdx:3 · kolom title');
    expect(html).toContain('Judul &quot;&lt;script&gt;&quot; salah');
    expect(html).not.toContain('<script>');
    expect(withBanner('<body></body>', [])).toBe('<body></body>');
  });
});

describe('build report', () => {
  it('silences only the head-inject directive warning', () => {
    expect(isHarmlessBundlerWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use astro:head-inject" in "x.mdx" may not be preserved' })).toBe(true);
    expect(isHarmlessBundlerWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'directive "use client" in "x.js"' })).toBe(false);
    expect(isHarmlessBundlerWarning({ code: 'CIRCULAR_DEPENDENCY', message: 'use astro:head-inject' })).toBe(false);
  });

  it('says what was built in one Indonesian line', () => {
    expect(summaryLine({ pages: 91, notes: 12, evidence: 30, surveys: 2, warnings: 1 })).toBe('Situs selesai dibangun: 91 halaman, 12 catatan, 30 bukti, 2 survei, 1 peringatan.');
  });
});

describe('the editor at /admin/ is never covered', () => {
  it('recognises the editor and its files under any base path, and nothing else', async () => {
    const { isAdminPath } = await import('../../src/lib/cms/admin-path.ts');
    expect(isAdminPath('/admin/')).toBe(true);
    expect(isAdminPath('/admin')).toBe(true);
    expect(isAdminPath('/admin/config.json')).toBe(true);
    expect(isAdminPath('/zi/admin/', '/zi')).toBe(true);
    expect(isAdminPath('/zi/admin/', '/zi/')).toBe(true);
    expect(isAdminPath('/administrasi/')).toBe(false);
    expect(isAdminPath('/kemajuan/admin/')).toBe(false);
    expect(isAdminPath('/admin/', '/zi/')).toBe(false);
  });

  it('the middleware passes /admin/ through untouched while other pages get the banner', async () => {
    const { onRequest } = await import('../../src/integrations/dev-banner-middleware.ts');
    const page = () => new Response('<html><body><div id="app"></div></body></html>', { headers: { 'content-type': 'text/html' } });
    const call = async (path: string) =>
      (await (onRequest as (c: unknown, n: () => Promise<Response>) => Promise<Response>)({ url: new URL(`http://127.0.0.1${path}`) }, async () => page())).text();
    expect(await call('/admin/')).not.toContain('pzi-masalah-isi');
    expect(await call('/kemajuan/')).toContain('pzi-masalah-isi');
  });
});
