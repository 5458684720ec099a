// `npm run check`: validates all content without building, and lists every problem at once.
import { checkContent, errorsOnly, formatReport, formatWarnings } from '../src/lib/content-check/index.ts';
import { contentRoot } from '../src/lib/content-root.ts';

const started = performance.now();
const problems = checkContent(contentRoot());
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (errorsOnly(problems).length) {
  console.error(formatReport(problems));
  process.exitCode = 1;
} else {
  const warnings = formatWarnings(problems);
  if (warnings) console.warn(`${warnings}\n`);
  console.log(`Semua isi di "${contentRoot()}" lolos pemeriksaan (${seconds} detik).`);
}
