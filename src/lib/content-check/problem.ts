/** One thing wrong with the content, said so a staff member can fix it. */
export interface Problem {
  /** Path of the file, relative to the project. */
  file: string;
  /** Line in the file as an editor counts it (1-based), when known. */
  line?: number;
  /** The field, e.g. "indicators[2].actions[0].months". */
  field?: string;
  /** What is wrong and what is allowed, in Indonesian. */
  message: string;
  /** `warning`: reported, but the site is still built. Absent: an error. */
  level?: 'warning';
}

/** Problems that stop the build (everything except warnings). */
export function errorsOnly(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => problem.level !== 'warning');
}

/** "content/2022/komponen/v-1.mdx:12 · kolom indicators[0].actions[0].months[1]: …" */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` · kolom ${problem.field}` : '';
  return `${where}${field}\n    ${problem.message}`;
}

function numbered(problems: readonly Problem[]): string[] {
  return problems.map((problem, index) => `${index + 1}. ${formatProblem(problem)}`);
}

/** Warnings only, for a build or check that otherwise passes. */
export function formatWarnings(problems: readonly Problem[]): string {
  const warnings = problems.filter((problem) => problem.level === 'warning');
  if (!warnings.length) return '';
  return [`${warnings.length} peringatan (situs tetap dibangun):`, '', ...numbered(warnings)].join('\n');
}

/** The report printed by `npm run check` and by a failed build; warnings follow the errors. */
export function formatReport(problems: readonly Problem[]): string {
  const errors = errorsOnly(problems);
  const files = new Set(errors.map((problem) => problem.file)).size;
  const header = `Ditemukan ${errors.length} masalah di ${files} berkas. Situs TIDAK dibangun; perbaiki lalu jalankan lagi.`;
  const warnings = formatWarnings(problems);
  return [header, '', ...numbered(errors), ...(warnings ? ['', warnings] : [])].join('\n');
}
