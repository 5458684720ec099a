/**
 * Runs axe-core (node_modules/axe-core/axe.min.js) in a Playwright page with EVERY rule axe ships
 * enabled by default — WCAG 2.0/2.1/2.2 A and AA, and the best-practice rules such as `region`
 * (all content inside landmarks), `landmark-unique` or `heading-order` — and formats the
 * violations readably. Only EXCLUDED_RULES are switched off, each with its reason.
 *
 *   const violations = await runAxe(page);
 *   expect(violations, formatViolations(violations)).toEqual([]);
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import type { AxeResults, Result, RunOptions } from 'axe-core';

/**
 * Rules switched off for the whole site. Every entry MUST say why; keep this list empty unless
 * a rule is wrong for this site (not merely inconvenient).
 *
 *   'rule-id': 'reason',
 */
export const EXCLUDED_RULES: Record<string, string> = {
  // (none)
};

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: string | undefined;
function source(): string {
  axeSource ??= readFileSync(AXE_PATH, 'utf8');
  return axeSource;
}

/**
 * Makes axe available in every document the context loads (an init script), instead of
 * injecting it on each `runAxe` call: much faster when one tab visits many pages
 * (injecting the 550 kB script costs 0.2-0.6 s per page on this machine). axe only defines
 * `window.axe`; it does nothing until `axe.run` is called.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: AXE_PATH });
}

export type AxeViolation = Result;

export async function runAxe(page: Page, options: { include?: string; exclude?: string[] } = {}): Promise<AxeViolation[]> {
  const alreadyLoaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // page.evaluate is not subject to the page's Content-Security-Policy (unlike a <script> tag)
  if (!alreadyLoaded) await page.evaluate(source());

  // no `runOnly`: a tag filter (e.g. only WCAG tags) silently drops the best-practice rules
  const runOptions: RunOptions = {
    rules: Object.fromEntries(Object.keys(EXCLUDED_RULES).map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  };
  const context = { include: options.include ? [options.include] : undefined, exclude: options.exclude ?? [] };
  // only the violations cross the protocol: the whole result (every rule that passed or did not
  // apply, with its metadata) cost ~0.15 CPU-s per run to serialise and was thrown away here
  return page.evaluate(
    async ([ctx, opts]) => {
      const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe;
      const target = ctx.include ? { include: ctx.include, exclude: ctx.exclude } : ctx.exclude.length ? { exclude: ctx.exclude } : document;
      return (await axe.run(target, opts)).violations;
    },
    [context, runOptions] as const,
  );
}

/** One block per violated rule: id, impact, help, help URL, then each failing node's selector and summary. */
export function formatViolations(violations: AxeViolation[], heading = ''): string {
  if (violations.length === 0) return `${heading}no axe violations`;
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => {
          const summary = (n.failureSummary ?? '').split('\n').map((l) => l.trim()).filter(Boolean).slice(1, 3).join(' / ');
          const html = n.html.length > 160 ? `${n.html.slice(0, 157)}...` : n.html;
          return `    - ${n.target.map(String).join(' >> ')}\n      ${html}${summary ? `\n      ${summary}` : ''}`;
        })
        .join('\n');
      return `${heading}[axe ${v.id}] (${v.impact ?? 'n/a'}) ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
}
