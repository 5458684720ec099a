import type { ContentSet } from './load.ts';
import type { Problem } from './problem.ts';

/**
 * A year's LKE mapping names indicators of that year's plan, each once; its self-assessment cites
 * evidence items of that year.
 */
export function checkLke(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const indicators = new Map<string, Set<string>>();
  for (const component of content.entries.components) {
    const year = component.id.slice(0, 4);
    const known = indicators.get(year) ?? new Set<string>();
    component.data.indicators.forEach((_, index) => known.add(`${component.data.code}.${index + 1}`));
    indicators.set(year, known);
  }
  if (!content.incomplete.has('components')) {
    for (const mapping of content.entries.lkeMappings) {
      const known = indicators.get(mapping.id) ?? new Set<string>();
      const seen = new Set<string>();
      mapping.data.mappings.forEach(({ indicator }, index) => {
        const where = { file: mapping.file, line: mapping.lineOf(['mappings', index, 'indicator']), field: `mappings[${index}].indicator` };
        if (!known.has(indicator)) problems.push({ ...where, message: `Indikator "${indicator}" tidak ada di rencana ${mapping.id}. Lihat /${mapping.id}/ di situs atau content/${mapping.id}/komponen/.` });
        else if (seen.has(indicator)) problems.push({ ...where, message: `Indikator "${indicator}" dipetakan lebih dari sekali; gabungkan kode pertanyaannya dalam satu baris.` });
        seen.add(indicator);
      });
    }
  }
  if (!content.incomplete.has('evidence')) {
    const evidenceYear = new Map(content.entries.evidence.map((item) => [item.id, /(\d{4})[\\/]bukti[\\/]/.exec(item.file)?.[1]]));
    for (const assessment of content.entries.lkeAssessments) {
      assessment.data.answers.forEach((answer, index) => {
        answer.evidence.forEach((id, at) => {
          const year = evidenceYear.get(id);
          if (year === assessment.id) return;
          problems.push({
            file: assessment.file,
            line: assessment.lineOf(['answers', index, 'evidence', at]),
            field: `answers[${index}].evidence[${at}]`,
            message: year
              ? `Bukti "${id}" milik rencana ${year}, bukan ${assessment.id}; penilaian mandiri hanya merujuk bukti tahunnya sendiri.`
              : `Bukti "${id}" tidak ada. Id bukti adalah nama berkas di content/${assessment.id}/bukti/ tanpa ".yaml".`,
          });
        });
      });
    }
  }
  return problems;
}
