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
  /** A `peringatan` (warning) is printed but does not stop the build; absent means an error. */
  level?: 'peringatan';
}

/** True for a problem that stops the build. */
export function isError(problem: Problem): boolean {
  return problem.level !== 'peringatan';
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

/** The report printed by `npm run check` and by a failed build (errors only; see `formatWarnings`). */
export function formatReport(problems: readonly Problem[]): string {
  const errors = problems.filter(isError);
  const files = new Set(errors.map((problem) => problem.file)).size;
  const header = `Ditemukan ${errors.length} masalah di ${files} berkas. Situs TIDAK dibangun; perbaiki lalu jalankan lagi.`;
  return [header, '', ...numbered(errors)].join('\n');
}

/** Warnings: printed by `npm run check` and by the build, which still goes on. */
export function formatWarnings(problems: readonly Problem[]): string {
  const warnings = problems.filter((problem) => !isError(problem));
  if (!warnings.length) return '';
  return [`${warnings.length} peringatan (situs tetap dibangun, tetapi periksalah):`, '', ...numbered(warnings)].join('\n');
}
