import { existsSync } from 'node:fs';
import { fileSafety, readContentFile } from '../content-file.ts';
import { relative } from 'node:path';
import { isoDate } from '../format.ts';
import { lineRanges, parseResponses, responsesPath, responsesSizeIssue } from '../survey/responses.ts';
import type { ContentSet } from './load.ts';
import type { Problem } from './problem.ts';

/**
 * Survey checks: an SKM has exactly one source of results (`responses.csv` or `summary`), its
 * CSV is valid line by line, IPAK/IPKP have no CSV, and follow-ups point at real indicators.
 */
export function checkSurveys(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const indicators = new Set(
    content.entries.components.flatMap((component) => component.data.indicators.map((_, index) => `${component.data.code}.${index + 1}`)),
  );

  for (const survey of content.entries.surveys) {
    const csvPath = responsesPath(content.root, survey.id, survey.data.responses);
    const csvFile = relative(process.cwd(), csvPath) || csvPath;
    const hasCsv = existsSync(csvPath);
    const { type, summary, followUps } = survey.data;
    const name = `Survei "${survey.id}"`;

    if (type !== 'skm' && hasCsv) {
      problems.push({ file: csvFile, message: `${name} berjenis ${type.toUpperCase()}: nilainya ditulis di score, bukan di responses.csv. Hapus berkas ini atau ubah type menjadi skm.` });
    } else if (type === 'skm' && hasCsv && summary) {
      problems.push({ file: survey.file, line: survey.lineOf(['summary']), field: 'summary', message: `${name} punya berkas jawaban (responses.csv) sekaligus ringkasan hasil (summary). Pakai salah satu saja: hapus ringkasan hasil (summary) bila jawaban lengkap ada di berkas jawaban.` });
    } else if (type === 'skm' && !hasCsv && !summary) {
      problems.push({ file: survey.file, message: `${name} belum punya hasil. Letakkan responses.csv (kolom U1–U9, satu baris per responden) di folder yang sama, atau tulis summary (respondents dan nrr U1–U9) bila hanya ringkasan yang ada.` });
    } else if (type === 'skm' && hasCsv && !fileSafety(content.root, csvPath).ok) {
      // A symlink or special file: reported once by file-kind-checks.ts, never read.
    } else if (type === 'skm' && hasCsv) {
      // a huge file is refused from its size, before it is read
      const safety = fileSafety(content.root, csvPath);
      const tooLarge = safety.ok ? responsesSizeIssue(safety.size) : undefined;
      const { issues, responses } = tooLarge ? { issues: [tooLarge], responses: undefined } : parseResponses(readContentFile(content.root, csvPath));
      for (const issue of issues) {
        problems.push({ file: csvFile, line: issue.line, field: issue.column, message: `${name}: ${issue.message}`, ...(issue.level ? { level: issue.level } : {}) });
      }
      const [start, end] = [isoDate(survey.data.start), isoDate(survey.data.end)];
      // One warning for all rows outside the period: they usually share one cause (a wrong start or end).
      const outside = (responses?.dates ?? []).filter(({ date }) => date < start || date > end);
      if (outside.length) {
        const first = outside[0]!;
        const where = outside.length === 1 ? '' : `baris ${lineRanges(outside.map(({ line }) => line))} (${outside.length} baris): `;
        problems.push({ level: 'warning', file: csvFile, line: first.line, field: 'tanggal', message: `${name}: ${where}tanggal ${first.date} di luar periode survei (${start} s.d. ${end}). Periksa tanggalnya, atau start dan end di index.mdx.` });
      }
    }

    if (content.incomplete.has('components')) continue;
    followUps.forEach((followUp, index) => {
      if (followUp.indicator && !indicators.has(followUp.indicator)) {
        const path = ['followUps', index, 'indicator'];
        problems.push({ file: survey.file, line: survey.lineOf(path), field: `followUps[${index}].indicator`, message: `Indikator "${followUp.indicator}" tidak ada di rencana aksi. Tulis kode indikator yang ada, misalnya "VI.3.3".` });
      }
    });
  }
  return problems;
}
