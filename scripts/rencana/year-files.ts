/**
 * The files of an imported plan year, as text, before anything is written: the areas and components
 * (the 2022 importer's writers, so both years' files look alike), the decree particulars staff gave,
 * and the sheet as read (the source the reading notes quote). Pure; the CLI decides what to write.
 */
import { Document } from 'yaml';
import { buildFiles, validateFile, type OutputFile } from '../import-decree.ts';
import { decreeSchema } from '../../src/schemas/decree.ts';
import type { SheetPlan } from './lampiran.ts';

/** Decree particulars from flags or answers; what is absent stays absent ("belum diisi" on the site). */
export interface Particulars {
  /** "3 Tahun 2023" or "3". */
  number?: string;
  /** YYYY-MM-DD. */
  date?: string;
  title?: string;
  place?: string;
  signatory?: string;
  signatoryOffice?: string;
  /** Legal basis (Mengingat), one entry per clause. */
  recalling?: string[];
}

export type YearFile = OutputFile | { path: string; content: string; kind: 'decree' | 'source' };

const YAML_OPTIONS = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

export const sourceName = (year: number) => `sumber/lampiran-rencana-aksi-${year}.txt`;

/** Checks the particulars; returns the problems in Indonesian, naming the flag. */
export function particularProblems(particulars: Particulars, year: number): string[] {
  const problems: string[] = [];
  if (particulars.number !== undefined) {
    const match = /^(\d+)(?:\s+Tahun\s+(\d{4}))?$/i.exec(particulars.number.trim());
    if (!match) problems.push(`--nomor ditulis seperti "3 Tahun ${year}" atau "3"; tertulis "${particulars.number}".`);
    else if (match[2] && Number(match[2]) !== year) problems.push(`--nomor "${particulars.number}" menyebut tahun ${match[2]}, sedangkan --tahun ${year}.`);
  }
  if (particulars.date !== undefined) {
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(particulars.date);
    const valid = date && !Number.isNaN(Date.parse(particulars.date)) && new Date(particulars.date).toISOString().slice(0, 10) === particulars.date;
    if (!valid) problems.push(`--tanggal ditulis TTTT-BB-HH, misalnya ${year}-01-16; tertulis "${particulars.date}".`);
  }
  if ((particulars.signatory === undefined) !== (particulars.signatoryOffice === undefined)) {
    problems.push('--penandatangan dan --jabatan diisi bersama (nama dan jabatan penanda tangan), atau keduanya dikosongkan.');
  }
  for (const [flag, value] of [['--judul', particulars.title], ['--tempat', particulars.place], ['--penandatangan', particulars.signatory], ['--jabatan', particulars.signatoryOffice]] as const) {
    if (value !== undefined && value.trim().length < 3) problems.push(`${flag} terlalu pendek: "${value}".`);
  }
  return problems;
}

/** The decree file's data: the particulars given, nothing invented; the Lampiran's own title from the sheet. */
export function decreeData(plan: SheetPlan, year: number, issuer: string, particulars: Particulars) {
  const number = particulars.number ? Number(/^\d+/.exec(particulars.number.trim())![0]) : undefined;
  return {
    issuer,
    ...(number !== undefined ? { number } : {}),
    year,
    ...(particulars.title ? { title: particulars.title.trim() } : {}),
    ...(particulars.recalling?.length ? { recalling: particulars.recalling.map((text, index) => ({ label: String(index + 1), text: text.trim() })) } : {}),
    ...(particulars.place ? { place: particulars.place.trim() } : {}),
    ...(particulars.date ? { date: particulars.date } : {}),
    ...(particulars.signatory && particulars.signatoryOffice ? { signedBy: { office: particulars.signatoryOffice.trim(), name: particulars.signatory.trim() } } : {}),
    annexTitle: plan.annexTitle || `Lampiran rencana aksi tahun ${year}`,
    source: sourceName(year),
    sourceKind: 'lembar-lampiran',
  };
}

/** Every file of the year, validated against the content schemas (throws, in Indonesian, on the first failure). */
export function yearFiles(
  plan: SheetPlan,
  year: number,
  issuer: string,
  particulars: Particulars,
  sourceText: string,
  /** On a re-import: the year's current keputusan.yaml (its particulars stay unless a flag changes them) and component bodies. */
  previous: { decree?: Record<string, unknown>; bodies?: ReadonlyMap<string, string> } = {},
): YearFile[] {
  const built = buildFiles(plan, year);
  built.forEach(validateFile);
  // a component's narrative (its MDX body) is the staff's own text: a re-import keeps it
  const files: YearFile[] = built.map((file) => {
    const body = previous.bodies?.get(file.path);
    return body ? { ...file, content: file.content + body } : file;
  });
  const decree = { ...previous.decree, ...decreeData(plan, year, issuer, particulars) };
  const parsed = decreeSchema.safeParse(decree);
  if (!parsed.success) throw new Error(`keputusan.yaml tidak lolos skema: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const header = `# Keputusan rencana aksi ${year}: ditulis oleh npm run impor:rencana dari lembar Lampiran kantor.\n# Bagian yang belum diisi tampil "belum diisi" di situs; lengkapi dari salinan yang ditandatangani.\n`;
  files.push({ path: `${year}/keputusan.yaml`, content: header + new Document(decree).toString(YAML_OPTIONS), kind: 'decree' });
  files.push({ path: `${year}/${sourceName(year)}`, content: sourceText, kind: 'source' });
  return files;
}
