import type { ContentSet } from './load.ts';
import type { Problem } from './problem.ts';

/** Checks that span files of a year's plan: codes unique, areas known, years consistent. */
export function checkPlan(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const { decrees, areas, components } = content.entries;
  const years = new Set(decrees.map((decree) => decree.id));

  for (const decree of decrees) {
    if (String(decree.data.year) !== decree.id) {
      problems.push({ file: decree.file, line: decree.lineOf(['year']), field: 'year', message: `Tahun keputusan (${decree.data.year}) harus sama dengan nama folder (${decree.id}).` });
    }
  }

  const areaCodes = new Map<string, Set<string>>();
  for (const area of areas) {
    const year = area.id.slice(0, 4);
    const codes = areaCodes.get(year) ?? new Set<string>();
    if (codes.has(area.data.code)) {
      problems.push({ file: area.file, line: area.lineOf(['code']), field: 'code', message: `Kode area "${area.data.code}" sudah dipakai berkas lain di tahun ${year}. Setiap kode area hanya boleh sekali.` });
    }
    codes.add(area.data.code);
    areaCodes.set(year, codes);
    if (!years.has(year)) {
      problems.push({ file: area.file, message: `Tidak ada keputusan untuk tahun ${year} (content/${year}/keputusan.yaml).` });
    }
  }

  const seen = new Map<string, string>();
  for (const component of components) {
    const year = component.id.slice(0, 4);
    const { code, area } = component.data;
    const known = areaCodes.get(year) ?? new Set<string>();
    if (!known.has(area) && !content.incomplete.has('areas')) {
      const allowed = [...known].join(', ') || '(belum ada area)';
      problems.push({ file: component.file, line: component.lineOf(['area']), field: 'area', message: `Area "${area}" tidak dikenal di rencana ${year}. Yang ada: ${allowed}.` });
    }
    if (code.split('.')[0] !== area) {
      problems.push({ file: component.file, line: component.lineOf(['code']), field: 'code', message: `Kode komponen "${code}" harus diawali kode areanya ("${area}."), misalnya "${area}.1".` });
    }
    const key = `${year}/${code}`;
    const other = seen.get(key);
    if (other) {
      problems.push({ file: component.file, line: component.lineOf(['code']), field: 'code', message: `Kode komponen "${code}" sudah dipakai di ${other}. Setiap kode hanya boleh sekali dalam satu tahun.` });
    }
    seen.set(key, component.file);
  }
  return problems;
}
