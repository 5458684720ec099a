import type { ContentSet, LoadedEntry } from './load.ts';
import type { Problem } from './problem.ts';
import type { NoteData } from '../../schemas/note.ts';
import { noteSlug } from '../progress/notes.ts';

/** URL segments under /kemajuan/ that a note's file name may not take. */
const RESERVED_SLUGS = new Set(['area']);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface YearPlan {
  indicators: Set<string>;
  teams: string[];
}

function plansByYear(content: ContentSet): Map<string, YearPlan> {
  const plans = new Map<string, YearPlan>();
  for (const decree of content.entries.decrees) plans.set(decree.id, { indicators: new Set(), teams: [] });
  for (const area of content.entries.areas) plans.get(area.id.slice(0, 4))?.teams.push(area.data.team);
  for (const component of content.entries.components) {
    const plan = plans.get(component.id.slice(0, 4));
    component.data.indicators.forEach((_, index) => plan?.indicators.add(`${component.data.code}.${index + 1}`));
  }
  return plans;
}

/** "V.3.1, V.3.2" for a component code, or the area's components when the component does not exist either. */
function nearby(code: string, known: ReadonlySet<string>): string {
  const component = code.split('.').slice(0, 2).join('.');
  const siblings = [...known].filter((id) => id.startsWith(`${component}.`));
  if (siblings.length) return `Komponen ${component} berisi: ${siblings.join(', ')}.`;
  const area = code.split('.')[0];
  const components = [...new Set([...known].filter((id) => id.startsWith(`${area}.`)).map((id) => id.split('.').slice(0, 2).join('.')))];
  return components.length ? `Komponen area ${area}: ${components.join(', ')}.` : `Area yang ada: ${[...new Set([...known].map((id) => id.split('.')[0]))].join(', ')}.`;
}

function checkIndicators(note: LoadedEntry<NoteData>, year: string, plans: Map<string, YearPlan>): Problem[] {
  const known = plans.get(year)!.indicators;
  const where = `Lihat /${year}/ di situs atau content/${year}/komponen/.`;
  return note.data.indicators.flatMap((code, index) => {
    if (known.has(code)) return [];
    const otherYears = [...plans].filter(([other, plan]) => other !== year && plan.indicators.has(code)).map(([other]) => other);
    const message = otherYears.length
      ? `Kode indikator "${code}" berasal dari rencana ${otherYears.join(', ')}, bukan rencana ${year}. Catatan di folder ${year}/catatan/ hanya memakai kode rencana ${year}; pindahkan berkas ke folder tahunnya atau perbaiki kodenya. ${where}`
      : `Kode indikator "${code}" tidak ada di rencana ${year}. ${nearby(code, known)} ${where}`;
    return [{ file: note.file, line: note.lineOf(['indicators', index]), field: `indicators[${index}]`, message }];
  });
}

/** Notes cite indicators of their own year's plan, are dated in that year, and have unique, URL-safe file names. */
export function checkNotes(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const plans = plansByYear(content);
  const planComplete = !content.incomplete.has('components') && !content.incomplete.has('decrees');
  const slugs = new Map<string, string>();

  for (const note of content.entries.notes) {
    const year = note.id.slice(0, 4);
    const slug = noteSlug(note.id);
    const plan = plans.get(year);

    if (!SLUG.test(slug) || /^\d+$/.test(slug) || RESERVED_SLUGS.has(slug)) {
      problems.push({ file: note.file, message: `Nama berkas "${slug}.mdx" menjadi alamat halaman: pakai huruf kecil, angka, dan tanda hubung, paling sedikit satu huruf, dan bukan "area". Contoh: 2022-05-rapat-evaluasi.mdx.` });
    }
    const other = slugs.get(slug);
    if (other) {
      problems.push({ file: note.file, message: `Nama berkas "${slug}.mdx" sudah dipakai oleh ${other}. Alamat /kemajuan/${slug}/ harus unik untuk semua tahun; ganti salah satu nama berkas.` });
    }
    slugs.set(slug, note.file);

    if (!plan) {
      if (!content.incomplete.has('decrees')) problems.push({ file: note.file, message: `Tidak ada rencana aksi untuk tahun ${year} (content/${year}/keputusan.yaml). Catatan harus berada di folder tahun rencananya.` });
      continue;
    }
    if (String(note.data.date.getUTCFullYear()) !== year) {
      problems.push({ file: note.file, line: note.lineOf(['date']), field: 'date', message: `Tanggal ${note.data.date.toISOString().slice(0, 10)} tidak berada di tahun ${year}, padahal catatan ini ada di folder ${year}/catatan/. Perbaiki tanggalnya atau pindahkan berkas ke folder tahun yang benar.` });
    }
    if (planComplete) problems.push(...checkIndicators(note, year, plans));
    const team = note.data.team;
    if (team && !content.incomplete.has('areas') && !plan.teams.some((known) => known.toLowerCase() === team.toLowerCase())) {
      problems.push({ file: note.file, line: note.lineOf(['team']), field: 'team', message: `Tim "${team}" tidak ada di rencana ${year}. Yang ada: ${plan.teams.join('; ')}. Kosongkan kolom team bila ragu.` });
    }
  }
  return problems;
}
