import type { Problem } from '../lib/content-check/problem.ts';

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/** The id tests and staff can find the banner by. */
export const BANNER_ID = 'pzi-masalah-isi';

/**
 * The preview's banner: every problem in the check's own format (file:line · kolom · message).
 * Styled inline and self-contained: it exists only in `npm run dev`, never in a built page.
 */
export function bannerHtml(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.level !== 'warning');
  const warnings = problems.filter((problem) => problem.level === 'warning');
  const item = (problem: Problem) => {
    const where = `${problem.file}${problem.line ? `:${problem.line}` : ''}${problem.field ? ` · kolom ${problem.field}` : ''}`;
    return `<li style="margin:.4rem 0"><code style="font-weight:700;overflow-wrap:anywhere">${escape(where)}</code>${problem.level === 'warning' ? ' (peringatan)' : ''}<br>${escape(problem.message)}</li>`;
  };
  const title = errors.length
    ? `Pratinjau: ${errors.length} masalah di isi. Situs tidak dapat dibangun sampai semuanya diperbaiki; halaman ini mungkin belum memuat perubahan terakhir.`
    : `Pratinjau: ${warnings.length} peringatan di isi (situs tetap dapat dibangun).`;
  return `<aside id="${BANNER_ID}" role="alert" aria-label="Masalah isi" style="background:#fff4e5;color:#3d2400;border:3px solid #b54708;padding:1rem;margin:0;font:16px/1.5 system-ui,sans-serif;position:relative;z-index:1000"><p style="margin:0;font-weight:700">${escape(title)}</p><ol style="margin:.5rem 0 0;padding-left:1.5rem">${[...errors, ...warnings].map(item).join('')}</ol><p style="margin:.5rem 0 0;font-size:14px">Simpan perbaikannya; muat ulang halaman ini. Pesan yang sama ada di terminal dan di <code>npm run check</code>.</p></aside>`;
}

/** The page with the banner as the first thing in <body> (or the whole page when there is no body). */
export function withBanner(html: string, problems: readonly Problem[]): string {
  if (!problems.length) return html;
  const banner = bannerHtml(problems);
  const body = /<body[^>]*>/i.exec(html);
  if (!body) return `<!doctype html><html lang="id"><meta charset="utf-8"><title>Masalah isi</title><body>${banner}${html}</body></html>`;
  const at = body.index + body[0].length;
  return `${html.slice(0, at)}${banner}${html.slice(at)}`;
}
