/**
 * Search: pagefind's index is built into the site, the header box and /cari/ find a note, an
 * evidence item and an indicator by words taken from the content files, pagefind is not fetched
 * before a visitor searches, and /cari/ without JavaScript lists the site's pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openTab, type Tab } from './support/browser.ts';
import { serve, type StaticServer } from './support/server.ts';
import { builtVariants, type SiteVariant } from './support/variants.ts';

const CONTENT_ROOT: Record<string, string> = { site: 'content', demo: 'tests/fixtures/demo' };

/** Frontmatter (MDX) or whole file (YAML) of the first content file in a folder, with its name. */
function firstEntry(root: string, folder: string, ext: string): { name: string; data: Record<string, unknown> } | undefined {
  const dir = path.join(root, folder);
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith(ext)).sort();
  } catch {
    return undefined;
  }
  for (const name of files) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const data = parse(ext === '.mdx' ? text.split(/^---$/m)[1]! : text) as Record<string, unknown>;
    if (data?.title || data?.indicators) return { name: name.slice(0, -ext.length), data };
  }
  return undefined;
}

/** Result links shown by /cari/ for a query. */
async function results(tab: Tab, server: StaticServer, query: string): Promise<string[]> {
  await tab.goto(`${server.url}cari/?q=${encodeURIComponent(query)}`);
  await tab.page.waitForFunction(() => {
    const element = document.querySelector<HTMLElement>('pzi-search-results');
    const status = element?.querySelector('[role=status]')?.textContent ?? '';
    return status !== '' && status !== element?.dataset.loading;
  });
  return tab.page.$$eval('.search-results a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const variants = builtVariants().filter((v) => v.name === 'site' || v.name === 'demo');

describe.each(variants.map((v) => [v.name, v] as const))('search on the %s build', (name, variant: SiteVariant) => {
  const root = CONTENT_ROOT[name]!;
  const base = variant.base;
  let server: StaticServer;
  let tab: Tab;
  beforeAll(async () => {
    server = await serve(variant.outDir, base);
    tab = await openTab(browser, server.origin);
  });
  afterAll(async () => {
    await tab?.close();
    await server?.close();
  });

  it('finds a progress note by its title', async (context) => {
    const year = readdirSync(root).filter((dir) => /^\d{4}$/.test(dir)).sort().at(-1)!;
    const note = firstEntry(root, `${year}/catatan`, '.mdx');
    if (!note) return context.skip();
    expect(await results(tab, server, String(note.data.title))).toContain(`${base}kemajuan/${note.name}/`);
  });

  it('finds an evidence item by its title, on an evidence register page', async (context) => {
    const year = readdirSync(root).filter((dir) => /^\d{4}$/.test(dir)).sort().at(-1)!;
    const item = firstEntry(root, `${year}/bukti`, '.yaml');
    if (!item?.data.title) return context.skip();
    const found = await results(tab, server, String(item.data.title));
    expect(found.some((url) => url.startsWith(`${base}${year}/bukti/`)), found.join('\n')).toBe(true);
  });

  it('finds an indicator by its text, on its component page', async () => {
    const component = firstEntry(root, '2022/komponen', '.mdx')!;
    const indicator = (component.data.indicators as { text: string }[])[0]!;
    const [area, position] = component.name.split('-');
    expect(await results(tab, server, indicator.text)).toContain(`${base}2022/${area}/${position}/`);
  });

  it('indexes pages with kind, area and year filters', async () => {
    await tab.goto(`${server.url}cari/`);
    // a string, so the test runner does not rewrite `import()`
    const filters = (await tab.page.evaluate(`import(${JSON.stringify(`${server.url}pagefind/pagefind.js`)}).then((pagefind) => pagefind.filters())`)) as Record<string, Record<string, number>>;
    expect(Object.keys(filters.jenis ?? {})).toEqual(expect.arrayContaining(['rencana', 'komponen', 'kanal']));
    expect(Object.keys(filters.area ?? {})).toContain('II');
    expect(Object.keys(filters.tahun ?? {})).toContain('2022');
  });

  it('loads pagefind only once the visitor starts typing in the header box, then shows results on /cari/', async () => {
    const requested: string[] = [];
    const listener = (request: { url(): string }) => requested.push(request.url());
    tab.page.on('request', listener);
    try {
      await tab.goto(server.url);
      await tab.settle();
      expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);

      const component = firstEntry(root, '2022/komponen', '.mdx')!;
      const word = String((component.data.indicators as { text: string }[])[0]!.text);
      const loaded = tab.page.waitForRequest((request) => request.url().includes('/pagefind/pagefind.js'));
      // typing preloads the word's index chunk; leaving before it arrives would abort that request
      const preloaded = tab.page.waitForEvent('requestfinished', (request) => request.url().includes('/pagefind/index/'));
      await tab.page.fill('#cari-situs', word);
      await loaded;
      await preloaded;
      await tab.settle();
      await Promise.all([tab.page.waitForURL(/\/cari\/\?q=/), tab.page.press('#cari-situs', 'Enter')]);
      await tab.page.waitForSelector('.search-results a');
      expect(new URL(tab.page.url()).pathname).toBe(`${base}cari/`);
    } finally {
      tab.page.off('request', listener);
    }
  });

  it('lists the site pages, grouped, on /cari/ without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}cari/?q=apa+saja`);
      const groups = await page.$$eval('details', (all) => all.map((d) => ({ label: d.querySelector('summary')!.textContent!, links: d.querySelectorAll('a').length })));
      expect(groups.length).toBeGreaterThanOrEqual(4);
      for (const group of groups) expect(group.links, group.label).toBeGreaterThan(0);
      const hrefs = await page.$$eval('details a', (links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain(`${base}2022/i/1/`);
      expect(hrefs).toContain(`${base}pengaduan/`);
      expect(await page.$$eval('.search-results li', (items) => items.length)).toBe(0);
    } finally {
      await context.close();
    }
  });
});
