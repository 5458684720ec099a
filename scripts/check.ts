// `npm run check [-- --content <folder>]`: validates all content without building, and lists every problem at once.
import { parseArgs } from 'node:util';
import { errorsOnly, formatReport, formatWarnings, inspectContent } from '../src/lib/content-check/index.ts';
import { contentRoot } from '../src/lib/content-root.ts';

const started = performance.now();
try {
  const { values } = parseArgs({ options: { content: { type: 'string' } } });
  const root = values.content?.replace(/\/+$/, '') || contentRoot();
  const problems = await inspectContent(root);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (errorsOnly(problems).length) {
    console.error(formatReport(problems));
    process.exitCode = 1;
  } else {
    const warnings = formatWarnings(problems);
    if (warnings) console.warn(`${warnings}\n`);
    console.log(`Semua isi di "${root}" lolos pemeriksaan (${seconds} detik).`);
  }
} catch (error) {
  // A wrong PZI_CONTENT or flag: say it plainly, no stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
