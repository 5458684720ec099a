// `npm run check`: validates all content without building, and lists every problem at once.
import { errorsOnly, formatReport, formatWarnings, inspectContent } from '../src/lib/content-check/index.ts';
import { contentRoot } from '../src/lib/content-root.ts';

const started = performance.now();
const problems = await inspectContent(contentRoot());
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (errorsOnly(problems).length) {
  console.error(formatReport(problems));
  process.exitCode = 1;
} else {
  const warnings = formatWarnings(problems);
  if (warnings) console.warn(`${warnings}\n`);
  console.log(`Semua isi di "${contentRoot()}" lolos pemeriksaan (${seconds} detik).`);
}
