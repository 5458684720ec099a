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
}

/** "content/2022/komponen/v-1.mdx:12 · kolom indicators[0].actions[0].months[1]: …" */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` · kolom ${problem.field}` : '';
  return `${where}${field}\n    ${problem.message}`;
}

/** The report printed by `npm run check` and by a failed build. */
export function formatReport(problems: readonly Problem[]): string {
  const files = new Set(problems.map((problem) => problem.file)).size;
  const header = `Ditemukan ${problems.length} masalah di ${files} berkas. Situs TIDAK dibangun; perbaiki lalu jalankan lagi.`;
  return [header, '', ...problems.map((problem, index) => `${index + 1}. ${formatProblem(problem)}`)].join('\n');
}
