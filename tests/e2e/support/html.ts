/**
 * Validates built HTML with html-validate's Node API.
 *
 * Presets: `html-validate:recommended` (markup + a11y rules) and `html-validate:document`
 * (rules that only make sense for whole documents: doctype, heading levels, labels,
 * missing id references, SRI).
 *
 *   const messages = await validateHtmlFile(page.file);
 *   expect(messages, formatHtmlMessages(messages)).toEqual([]);
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';

/**
 * Every rule changed from the presets, with a one-line reason.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // SRI guards against a compromised third-party host; this site loads nothing from other
    // origins (the browser tests enforce it), and same-origin hashed assets gain nothing from it.
    'require-sri': ['error', { target: 'crossorigin' }],
    // A length limit is search-engine advice, not validity: titles carry the decree's own wording
    // (e.g. a component's full name), and cutting them would make them ambiguous. Uniqueness is
    // what matters for sharing, and the sharing tests check it.
    'long-title': 'off',
    // Markdown tables that staff write in MDX align columns with `style="text-align:…"`; that is
    // the renderer's output, not ours, and carries no other styling.
    'no-inline-style': ['error', { allowedProperties: ['display', 'text-align'] }],
  },
};

const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);

export type HtmlMessage = Pick<Message, 'ruleId' | 'message' | 'line' | 'column' | 'selector' | 'severity'>;

/** Errors and warnings for an HTML file; empty when the file is valid. */
export async function validateHtmlFile(file: string): Promise<HtmlMessage[]> {
  return validateHtml(readFileSync(file, 'utf8'), file);
}

export async function validateHtml(html: string, filename = 'inline.html'): Promise<HtmlMessage[]> {
  const report = await validator.validateString(html, filename);
  return report.results.flatMap((r) =>
    r.messages.map(({ ruleId, message, line, column, selector, severity }) => ({ ruleId, message, line, column, selector, severity })),
  );
}

export function formatHtmlMessages(messages: HtmlMessage[], heading = ''): string {
  if (messages.length === 0) return `${heading}html-validate: no problems`;
  return messages
    .map((m) => `${heading}[html-validate ${m.ruleId}] ${m.line}:${m.column} ${m.message}${m.selector ? `\n    at ${m.selector}` : ''}`)
    .join('\n');
}
