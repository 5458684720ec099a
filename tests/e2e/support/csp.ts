/**
 * Content-Security-Policy checks in Chromium, shared by the every-page suite (every page of the
 * production build, served by the shipped nginx.conf) and the nginx suite (the sub-path build).
 *
 *   await recordViolations(tab.context);            // once per context, before the first visit
 *   await tab.goto(url);
 *   failures.push(...(await pagePolicyProblems(tab, path)));
 */
import type { BrowserContext } from 'playwright-core';
import type { Tab } from './browser.ts';

/** `script-src`/`style-src`… of a policy string, as a map of directive → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** Records every CSP violation of every page of a context in `window.__cspViolations`. */
export async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (event) => {
      list.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile || location.href}:${event.lineNumber} ${event.sample}`.trim());
    });
  });
}

/** The violations recorded on the tab's current page. */
export const violations = (tab: Tab): Promise<string[]> =>
  tab.page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);

/** Directives every page's <meta> policy must carry. */
const REQUIRED_DIRECTIVES = ['script-src', 'style-src', 'default-src', 'object-src', 'base-uri', 'form-action'];

/**
 * What is wrong with the policy of the page the tab shows: any violation recorded while it
 * loaded, not exactly one <meta> policy, a required directive missing from it, 'unsafe-inline'
 * or 'unsafe-eval' in it, or frame-ancestors in it (ignored in <meta>, and Chromium logs an error).
 */
export async function pagePolicyProblems(tab: Tab, pagePath: string): Promise<string[]> {
  const problems: string[] = [];
  const seen = await violations(tab);
  if (seen.length) problems.push(`${pagePath}: ${seen.length} CSP violation(s):\n  ${seen.join('\n  ')}`);
  // page.evaluate, not $$eval, which would inject Playwright's selector engine into every page (see browser.ts)
  const meta = await tab.page.evaluate(() => [...document.querySelectorAll('meta[http-equiv="content-security-policy" i]')].map((e) => e.getAttribute('content') ?? ''));
  if (meta.length !== 1) problems.push(`${pagePath}: ${meta.length} CSP <meta> elements, expected 1`);
  const metaPolicy = parsePolicy(meta[0] ?? '');
  for (const directive of REQUIRED_DIRECTIVES) {
    if (!metaPolicy.has(directive)) problems.push(`${pagePath}: the <meta> policy lacks ${directive}`);
  }
  if (/'unsafe-inline'|'unsafe-eval'/.test(meta[0] ?? '')) problems.push(`${pagePath}: the <meta> policy allows unsafe-inline/unsafe-eval`);
  if (metaPolicy.has('frame-ancestors')) problems.push(`${pagePath}: frame-ancestors in <meta> (ignored there, and Chromium logs an error)`);
  return problems;
}
