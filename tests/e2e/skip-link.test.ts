/**
 * The skip link by keyboard, in Chromium, on a built page: the first Tab reaches it (and shows
 * it), Enter moves focus into <main> (which needs tabindex="-1"), and the next Tab continues
 * inside the main content, not back in the header.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openTab } from './support/browser.ts';
import { serve, type StaticServer } from './support/server.ts';
import { variant } from './support/variants.ts';

const site = variant('site');

describe.skipIf(!site)('skip link (site)', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([serve(site!.outDir, site!.base), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([server?.close(), browser?.close()]);
  });

  it.each([1280, 360])('moves keyboard focus into <main> at %i px', async (width) => {
    const tab = await openTab(browser, server.origin, { width });
    await tab.goto(`${server.url}2022/`);
    const { page } = tab;

    await page.keyboard.press('Tab');
    const link = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      const box = active.getBoundingClientRect();
      return { className: active.className, text: active.textContent, width: box.width, height: box.height };
    });
    expect(link.className).toMatch(/\bskip-link\b/);
    expect(link.text).toBe('Langsung ke konten utama');
    // visible once focused (1 × 1 px while hidden)
    expect(link.width).toBeGreaterThan(40);
    expect(link.height).toBeGreaterThan(20);

    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('konten');

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement!.closest('main')?.id)).toBe('konten');
    await tab.close();
  });
});
