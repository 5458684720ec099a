/**
 * Headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core.
 *
 *   const browser = await launchBrowser();               // once per file (beforeAll)
 *   const { page } = await openPage(browser, server.url, { width: 360 });
 *   ...                                                  // the test fails at its end if the page
 *                                                        // contacted another origin or logged errors
 *   await browser.close();                               // afterAll
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { onTestFinished } from 'vitest';

export const CHROMIUM_PATH = process.env.PZI_CHROMIUM ?? '/usr/bin/chromium';

/**
 * The machine's network is closed; without these flags Chromium keeps trying to reach
 * Google services (updates, sync, safe browsing, QUIC probing...) and floods it.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // CI containers (GitLab's Docker runners) give /dev/shm only 64 MB; Chromium then crashes on large pages
  '--disable-dev-shm-usage',
];

export const SCREENSHOT_DIR = path.resolve('tests/.output/screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
}

export interface TabOptions {
  /** Viewport width in CSS px (default 1280). */
  width?: number;
  /** Viewport height in CSS px (default 800). */
  height?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /**
   * `false`: the tab's HTTP cache is off (CDP Network.setCacheDisabled), so every visit requests
   * every script, stylesheet and font again, as a first visit would. For a tab that visits many
   * pages where a test counts or weighs what a page loads.
   */
  cache?: boolean;
}

export interface GotoOptions {
  /**
   * HTTP status expected for the page itself (default: any 2xx). Set e.g. 404 when
   * deliberately opening a missing path.
   */
  expectStatus?: number;
  /**
   * What to wait for after navigation. `settled` (default): the `load` event, then no request
   * in flight for 200 ms (like Playwright's `networkidle`, which always waits 500 ms, but faster).
   */
  waitUntil?: 'settled' | 'load' | 'domcontentloaded' | 'networkidle';
  /**
   * Viewport to load the page at (`openTab`'s tabs only). Default: the size the tab was opened
   * with, so a test that resized the tab leaves no trace in the next visit.
   */
  viewport?: { width: number; height: number };
}

export type OpenPageOptions = TabOptions & GotoOptions;

/** One navigation of a tab and the problems seen since it started. */
export interface Visit {
  url: string;
  /**
   * Other-origin requests, console errors, page errors, failed same-origin requests seen
   * since this navigation started. The test fails at its end if this is not empty; a test
   * that provokes a problem on purpose may inspect and then empty it (`problems.length = 0`).
   */
  problems: string[];
}

export interface Tab {
  page: Page;
  context: BrowserContext;
  /** The only origin the tab may contact. */
  origin: string;
  /**
   * Navigates to `url` (must be called inside a test). The calling test FAILS when it
   * finishes if the visit saw any problem (see `openPage`).
   */
  goto(url: string, options?: GotoOptions): Promise<Visit>;
  /** Waits until no request has been in flight for `quietMs`. */
  settle(quietMs?: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const RESOURCE_HINT_SELECTOR = [
  'link[rel~="preconnect"][href]',
  'link[rel~="dns-prefetch"][href]',
  'link[rel~="prefetch"][href]',
  'link[rel~="prerender"][href]',
  'link[rel~="preload"][href]',
  'link[rel~="modulepreload"][href]',
].join(',');

/**
 * A long-lived page (own browser context) allowed to talk to `origin` only. Cheaper than
 * `openPage` when a test file visits many pages (e.g. every page of the site): create it in
 * `beforeAll`, call `tab.goto()` in each test, close it in `afterAll`.
 */
export async function openTab(browser: Browser, origin: string, options: TabOptions = {}): Promise<Tab> {
  const { width = 1280, height = 800 } = options;
  const allowed = new URL(origin).origin;
  let visit: Visit & { label: string } = { url: '', label: `(no page) @${width}px`, problems: [] };
  const report = (problem: string) => visit.problems.push(`${visit.label}: ${problem}`);
  const isForeign = (u: string) => {
    let parsed: URL;
    try {
      parsed = new URL(u);
    } catch {
      return false;
    }
    return /^(https?|wss?|ftp):$/.test(parsed.protocol) && parsed.origin !== allowed;
  };

  const context = await browser.newContext({
    viewport: { width, height },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  // Abort (and report, below) anything for another origin: nothing may leave the machine.
  await context.route(
    (u) => isForeign(u.href),
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  if (options.cache === false) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  }

  let inFlight = 0;
  let lastActivity = Date.now();
  const started = () => {
    inFlight++;
    lastActivity = Date.now();
  };
  const ended = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };

  context.on('request', (request) => {
    if (isForeign(request.url())) report(`request to another origin: ${request.url()}`);
  });
  context.on('requestfailed', (request) => {
    if (isForeign(request.url())) return; // reported as a request to another origin
    // The browser fetches the favicon on its own, late; the test's next navigation may cancel that
    // fetch (ERR_ABORTED). A missing favicon would still show as an HTTP error below.
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && /\/favicon\.[a-z]+$/.test(new URL(request.url()).pathname)) return;
    report(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`);
  });
  context.on('response', (response) => {
    if (isForeign(response.url())) return;
    const request = response.request();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) return; // checked in goto
    if (response.status() >= 400) report(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const location = message.location();
    // Chromium also logs the page's own non-2xx status; goto() checks that against expectStatus.
    if (location?.url === page.url() && message.text().startsWith('Failed to load resource:')) return;
    report(`console error: ${message.text()}${location?.url ? ` (${location.url}:${location.lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => report(`page error: ${error.stack ?? error.message}`));
  page.on('websocket', (ws) => {
    if (isForeign(ws.url())) report(`websocket to another origin: ${ws.url()}`);
  });

  const settle = async (quietMs = 200, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (inFlight === 0 && Date.now() - lastActivity >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const goto = async (url: string, gotoOptions: GotoOptions = {}): Promise<Visit> => {
    const { expectStatus, waitUntil = 'settled', viewport = { width, height } } = gotoOptions;
    const size = page.viewportSize();
    if (size?.width !== viewport.width || size?.height !== viewport.height) await page.setViewportSize(viewport);
    const current = { url, label: `${new URL(url).pathname} @${viewport.width}px`, problems: [] as string[] };
    visit = current;
    onTestFinished(() => {
      if (current.problems.length > 0) {
        throw new Error(`${current.problems.length} browser problem(s):\n- ${current.problems.join('\n- ')}`);
      }
    });

    inFlight = 0;
    const response = await page.goto(url, { waitUntil: waitUntil === 'settled' ? 'load' : waitUntil });
    if (waitUntil === 'settled') await settle();
    if (!response) {
      report('navigation returned no response');
    } else if (expectStatus !== undefined ? response.status() !== expectStatus : !response.ok()) {
      report(`page answered HTTP ${response.status()} (expected ${expectStatus ?? '2xx'})`);
    }

    // page.evaluate, not $$eval: a selector query makes Playwright inject its selector engine (a large script)
    // into the document first, which cost ~0.08 CPU-s per visit (measured on the demo pages)
    const hints = await page.evaluate((selector) =>
      [...document.querySelectorAll<HTMLLinkElement>(selector)].map((l) => ({ rel: l.getAttribute('rel') ?? '', href: l.href })),
    RESOURCE_HINT_SELECTOR);
    for (const hint of hints) {
      if (isForeign(hint.href)) report(`<link rel="${hint.rel}"> to another origin: ${hint.href}`);
    }
    return current;
  };

  return { page, context, origin: allowed, goto, settle, close: () => context.close() };
}

export interface OpenedPage extends Visit {
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Opens `url` in a fresh browser context (closed automatically when the test ends).
 * The calling test FAILS (when it finishes) if the page, while open:
 * - requests any origin other than `url`'s (such requests are also aborted, so nothing leaves
 *   the machine) or declares a resource hint (preconnect, dns-prefetch, ...) to one;
 * - logs a console error or throws an uncaught page error;
 * - gets an HTTP error (>= 400) or a network failure for a same-origin request;
 * - itself answers other than 2xx (or `expectStatus`).
 * Whistle-blowers use this site: it must not tell any third party that they visited it.
 */
export async function openPage(browser: Browser, url: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const tab = await openTab(browser, url, options);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await tab.close();
  };
  onTestFinished(close);
  const visit = await tab.goto(url, options);
  return { ...visit, problems: visit.problems, page: tab.page, context: tab.context, close };
}

export interface HorizontalOverflow {
  scrollWidth: number;
  innerWidth: number;
  /** `scrollWidth - innerWidth`, 0 when the page does not scroll sideways. */
  overflow: number;
  /** Up to 5 of the outermost elements sticking out past the right edge, as short CSS paths. */
  culprits: string[];
}

/** Page-level horizontal scroll (`document.documentElement.scrollWidth > innerWidth`) and what causes it. */
export async function horizontalOverflow(page: Page): Promise<HorizontalOverflow> {
  return page.evaluate(() => {
    const scrollWidth = document.documentElement.scrollWidth;
    const innerWidth = window.innerWidth;
    const culprits: string[] = [];
    if (scrollWidth > innerWidth) {
      const describe = (el: Element) => {
        const parts: string[] = [];
        for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
          const cls = [...e.classList].filter((c) => !c.startsWith('astro-')).slice(0, 2).map((c) => `.${c}`).join('');
          parts.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${cls}`);
        }
        return parts.join(' > ');
      };
      const sticking = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5);
      const stickingSet = new Set(sticking);
      for (const el of sticking) {
        if (el.parentElement && stickingSet.has(el.parentElement)) continue; // report the outermost only
        culprits.push(`${describe(el)} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`);
        if (culprits.length === 5) break;
      }
    }
    return { scrollWidth, innerWidth, overflow: Math.max(0, scrollWidth - innerWidth), culprits };
  });
}

/**
 * Full-page screenshots of `page` at 360 px and 1280 px (or `widths`) into
 * `tests/.output/screenshots/<name>-<width>.png`. Restores the viewport afterwards.
 * Returns the written paths.
 */
export async function screenshots(page: Page, name: string, widths: number[] = [360, 1280]): Promise<string[]> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize();
  const safeName = name.replace(/[^a-zA-Z0-9._-]+/g, '_');
  const written: string[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: original?.height ?? 800 });
    // let layout, resize observers and lazy images settle
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const file = path.join(SCREENSHOT_DIR, `${safeName}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
    written.push(file);
  }
  if (original) await page.setViewportSize(original);
  return written;
}
