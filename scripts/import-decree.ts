/**
 * Imports the Lampiran table of a Rencana Aksi decree into content files:
 *   content/<year>/komponen/<area>-<n>.mdx  (YAML frontmatter, empty body for staff to write)
 *   content/<year>/area/<area>.yaml
 *
 * Usage: ./node_modules/.bin/node scripts/import-decree.ts [--year 2022] [--source path] [--force]
 *
 * Existing files are never overwritten unless --force is given. Every file is checked against
 * the content schemas before anything is written; if one fails, nothing is written.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Document, isSeq, parse as parseYaml, type YAMLMap, type YAMLSeq } from 'yaml';
import {
  countTable,
  listCorrections,
  parseDecreeTable,
  type DecreeArea,
  type DecreeComponent,
  type DecreeTable,
  type ParseOptions,
  type ReadingNote,
} from './decree/decree-table.ts';
import { DECREE_2022_RULES } from './decree/rules-2022.ts';
import { areaSchema } from '../src/schemas/area.ts';
import { componentSchema } from '../src/schemas/component.ts';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

/** Each decree year's reading decisions, passed to the parser explicitly (see scripts/decree/rules-2022.ts). */
const RULES_BY_YEAR: Readonly<Record<number, ParseOptions>> = { 2022: DECREE_2022_RULES };

/**
 * Name and weight of each area in the Lembar Kerja Evaluasi (LKE) of PermenPANRB 90/2021.
 * Not in the decree: the decree only numbers the areas and gives its own headings.
 * Weights are out of the 60 points of the pengungkit.
 */
export const LKE_AREAS: Readonly<Record<string, { lkeName: string; weight: number }>> = {
  I: { lkeName: 'Manajemen Perubahan', weight: 8 },
  II: { lkeName: 'Penataan Tatalaksana', weight: 7 },
  III: { lkeName: 'Penataan Sistem Manajemen SDM', weight: 10 },
  IV: { lkeName: 'Penguatan Akuntabilitas Kinerja', weight: 10 },
  V: { lkeName: 'Penguatan Pengawasan', weight: 15 },
  VI: { lkeName: 'Peningkatan Kualitas Pelayanan Publik', weight: 10 },
};

/** A file to write, path relative to the content root (e.g. "2022/komponen/v-1.mdx"). */
export interface OutputFile {
  path: string;
  content: string;
  kind: 'component' | 'area';
}

/** No line folding: long decree sentences stay on one line, easier to diff against the source. */
const YAML_OPTIONS = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

const READING_KIND: Record<ReadingNote['kind'], 'gabung-baris' | 'perbaikan-baris' | 'baca-lembar'> = {
  'row-repair': 'perbaikan-baris',
  sheet: 'baca-lembar',
  'known-continuation': 'gabung-baris',
  continuation: 'gabung-baris',
};

/**
 * The reading decisions of one component, one per field: rows joined or repaired (from the
 * parser's readings), then every action whose months carry a note. Joined rows of one action
 * become one entry with all its lines.
 */
export function componentReadings(component: DecreeComponent, readings: readonly ReadingNote[]) {
  const byField = new Map<string, { kind: 'tanda-bulan' | 'gabung-baris' | 'perbaikan-baris' | 'baca-lembar'; field: string; lines: number[]; reason: string }>();
  for (const note of readings) {
    if (note.component !== component.code || !note.field) continue;
    const kind = READING_KIND[note.kind];
    const key = `${kind} ${note.field}`;
    const previous = byField.get(key);
    const lines = note.lines ?? [note.line];
    if (!previous) byField.set(key, { kind, field: note.field, lines, reason: note.reason });
    else {
      previous.lines = [...new Set([...previous.lines, ...lines])].sort((a, b) => a - b);
      if (!previous.reason.includes(note.reason)) previous.reason = `${previous.reason} ${note.reason}`;
    }
  }
  const monthNotes = component.indicators.flatMap((indicator, i) =>
    indicator.actions.flatMap((action, j) =>
      action.monthsNote
        ? [{ kind: 'tanda-bulan' as const, field: `indicators[${i}].actions[${j}].months`, lines: action.marks.map((mark) => mark.line), reason: action.monthsNote }]
        : [],
    ),
  );
  return [...byField.values(), ...monthNotes];
}

/** Plain data of a component's frontmatter, in schema field order. */
export function componentData(component: DecreeComponent, readings: readonly ReadingNote[] = []) {
  const componentReadingList = componentReadings(component, readings);
  return {
    code: component.code,
    area: component.area,
    title: component.title,
    indicators: component.indicators.map((indicator) => ({
      text: indicator.text,
      actions: indicator.actions.map((action) => ({
        step: action.step,
        ...(action.evidence ? { evidence: action.evidence } : {}),
        months: action.months,
        ...(action.monthsNote ? { monthsNote: action.monthsNote } : {}),
      })),
    })),
    ...(component.corrections.length > 0
      ? { corrections: component.corrections.map(({ field, original, corrected, reason, kind }) => ({ field, original, corrected, reason, kind })) }
      : {}),
    ...(componentReadingList.length > 0 ? { readings: componentReadingList } : {}),
  };
}

/** Component MDX: frontmatter with a "# V.1.1" comment before each indicator, then an empty body. */
export function componentMdx(component: DecreeComponent, readings: readonly ReadingNote[] = []): string {
  const doc = new Document(componentData(component, readings));
  const indicators = doc.get('indicators') as YAMLSeq;
  indicators.items.forEach((item, index) => {
    const indicator = item as YAMLMap;
    indicator.commentBefore = ` ${component.code}.${index + 1}`;
    for (const action of (indicator.get('actions') as YAMLSeq).items) {
      // Months read best as one short list: months: [6, 7, 8].
      const months = (action as YAMLMap).get('months');
      if (isSeq(months)) months.flow = true;
    }
  });
  const readingSeq = doc.get('readings');
  if (isSeq(readingSeq)) {
    for (const reading of readingSeq.items) {
      const lines = (reading as YAMLMap).get('lines');
      if (isSeq(lines)) lines.flow = true;
    }
  }
  return `---\n${doc.toString(YAML_OPTIONS)}---\n`;
}

/** Plain data of an area file, in schema field order. */
export function areaData(area: DecreeArea) {
  const lke = LKE_AREAS[area.code];
  if (!lke) throw new Error(`Area ${area.code} tidak ada dalam tabel LKE (PermenPANRB 90/2021) di scripts/import-decree.ts.`);
  return {
    code: area.code,
    title: area.title,
    lkeName: lke.lkeName,
    weight: lke.weight,
    team: area.team,
    corrections: area.corrections.map(({ field, original, corrected, reason, kind }) => ({ field, original, corrected, reason, kind })),
  };
}

export function areaYaml(area: DecreeArea): string {
  return new Document(areaData(area)).toString(YAML_OPTIONS);
}

/** All files for a parsed table, paths relative to the content root. */
export function buildFiles(table: DecreeTable, year: number): OutputFile[] {
  const files: OutputFile[] = [];
  for (const area of table.areas) {
    const slug = area.code.toLowerCase();
    for (const component of area.components) {
      files.push({ path: `${year}/komponen/${slug}-${component.number}.mdx`, content: componentMdx(component, table.readings), kind: 'component' });
    }
    files.push({ path: `${year}/area/${slug}.yaml`, content: areaYaml(area), kind: 'area' });
  }
  return files;
}

/** The YAML frontmatter of an MDX file. */
export function frontmatter(mdx: string): string {
  const match = /^---\n([\s\S]*?\n)---\n/.exec(mdx);
  if (!match) throw new Error('Frontmatter YAML tidak ditemukan.');
  return match[1]!;
}

/** Reads a written file back and validates it with its content schema; throws on failure. */
export function validateFile(file: OutputFile): void {
  try {
    if (file.kind === 'component') {
      const data: unknown = parseYaml(frontmatter(file.content));
      componentSchema.parse(data);
      if (file.content.slice(file.content.indexOf('\n---\n') + 5).trim() !== '') throw new Error('Isi MDX harus kosong.');
    } else {
      areaSchema.parse(parseYaml(file.content));
    }
  } catch (error) {
    throw new Error(`Berkas ${file.path} tidak lolos skema: ${(error as Error).message}`);
  }
}

/** The decree text of a year: the only keputusan-*.txt in content/<year>/sumber/. */
function defaultSource(contentDir: string, year: number): string {
  const dir = path.join(contentDir, String(year), 'sumber');
  const candidates = existsSync(dir) ? readdirSync(dir).filter((name) => /^keputusan-.*\.txt$/.test(name)) : [];
  if (candidates.length !== 1) {
    throw new Error(
      `Tidak dapat memilih teks keputusan di ${path.relative(process.cwd(), dir) || dir}: ` +
        `ditemukan ${candidates.length} berkas keputusan-*.txt. Sebutkan dengan --source.`,
    );
  }
  return path.join(dir, candidates[0]!);
}

const USAGE = `Penggunaan: node scripts/import-decree.ts [--year 2022] [--source berkas.txt] [--force] [--content folder]
  --year     tahun rencana aksi (bawaan: 2022)
  --source   teks keputusan (bawaan: satu-satunya content/<tahun>/sumber/keputusan-*.txt)
  --force    timpa berkas yang sudah ada
  --content  folder konten (bawaan: content/ di akar proyek)`;

export function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        year: { type: 'string', default: '2022' },
        source: { type: 'string' },
        force: { type: 'boolean', default: false },
        content: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`Argumen tidak dikenal: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const year = Number(args.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    console.error(`Tahun tidak sah: "${args.year}".`);
    return 2;
  }

  try {
    const contentDir = path.resolve(args.content ?? path.join(PROJECT_ROOT, 'content'));
    const source = args.source ? path.resolve(args.source) : defaultSource(contentDir, year);
    console.log(`Membaca ${path.relative(process.cwd(), source)}`);
    const rules = RULES_BY_YEAR[year];
    if (!rules) {
      console.error(`Belum ada aturan pembacaan untuk keputusan tahun ${year} (hanya ${Object.keys(RULES_BY_YEAR).join(', ')}). Aturan dibuat setelah salinan keputusannya dibaca; lihat scripts/decree/rules-2022.ts.`);
      return 2;
    }
    const table = parseDecreeTable(readFileSync(source, 'utf8'), rules);

    const counts = countTable(table);
    console.log(`Terbaca ${counts.areas} area, ${counts.components} komponen, ${counts.indicators} indikator.`);
    for (const area of table.areas) {
      const perComponent = area.components.map((c) => `${c.code}: ${c.indicators.length}`).join(', ');
      console.log(`  Area ${area.code} (${area.team}): ${counts.indicatorsPerArea[area.code]} indikator — ${perComponent}`);
    }
    for (const note of table.readings) console.log(`  Keputusan pembacaan, baris ${note.line}: ${note.reason}`);
    const notedActions = table.areas.flatMap((area) => area.components.flatMap((c) => c.indicators.flatMap((i) => i.actions.filter((a) => a.monthsNote))));
    console.log(`Langkah aksi dengan tanda √ di luar kolom bulan: ${notedActions.length} (tercatat di monthsNote dan readings).`);
    console.log(`Koreksi ekstraksi teks: ${listCorrections(table).length} (tercatat di kolom corrections setiap berkas).`);

    const files = buildFiles(table, year);
    // Validate everything first: a schema failure writes nothing.
    files.forEach(validateFile);

    let written = 0;
    let skipped = 0;
    for (const file of files) {
      const target = path.join(contentDir, file.path);
      const shown = path.relative(process.cwd(), target);
      const exists = existsSync(target);
      if (exists && !args.force) {
        console.log(`dilewati (sudah ada): ${shown}`);
        skipped++;
        continue;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content, 'utf8');
      console.log(`${exists ? 'ditimpa' : 'ditulis'}: ${shown}`);
      written++;
    }
    console.log(`Selesai: ${written} berkas ditulis, ${skipped} dilewati${skipped > 0 && !args.force ? ' (pakai --force untuk menimpa)' : ''}.`);
    return 0;
  } catch (error) {
    console.error(`Gagal mengimpor keputusan: ${(error as Error).message}`);
    return 1;
  }
}

if (import.meta.main) {
  process.exitCode = main(process.argv.slice(2));
}
