/**
 * Imports Lampiran III of PermenPANRB 90/2021 (the LKE) into src/data/lke.json, the data the build
 * reads (validated by src/schemas/lke.ts) and publishes as /data/lke.json.
 *
 * Usage: ./node_modules/.bin/node scripts/import-lke.ts [--pdf path] [--check]
 *   --check  fails when the committed src/data/lke.json differs from a fresh import (nothing written)
 *
 * Needs `pdftotext` (poppler-utils). Nothing is written when the parse leaves a line unplaced or a
 * row without weight, type or rule.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readWords, toLines } from './lke/lke-pdf.ts';
import { parseLke } from './lke/lke-structure.ts';
import { buildLke } from './lke/lke-build.ts';
import { lkeSchema, type Lke } from '../src/schemas/lke.ts';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
/** The regulation's PDF in the sources folder that sits beside the repository (`../shared/`). */
export const LKE_PDF = path.resolve(PROJECT_ROOT, '../shared/sources/permenpanrb-90-2021/permenpanrb-90-2021.pdf');
export const LKE_JSON = path.join(PROJECT_ROOT, 'src/data/lke.json');
/** Lampiran III runs from page 66 to page 87 of the signed copy. */
const FIRST_PAGE = 66;
const LAST_PAGE = 87;

export function importLke(pdf: string): { lke: Lke; problems: string[] } {
  const html = execFileSync('pdftotext', ['-f', String(FIRST_PAGE), '-l', String(LAST_PAGE), '-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const raw = parseLke(toLines(readWords(html, FIRST_PAGE)));
  const source = {
    title: 'Peraturan Menteri PANRB Nomor 90 Tahun 2021',
    lampiran: 'Lampiran III: Lembar Kerja Evaluasi (LKE); persyaratan dari Lampiran II, Tabel 6',
    pdfSha256: createHash('sha256').update(readFileSync(pdf)).digest('hex'),
    pages: [FIRST_PAGE, LAST_PAGE] as [number, number],
  };
  const { lke, problems } = buildLke(raw, source);
  const parsed = lkeSchema.safeParse(lke);
  return {
    lke: parsed.success ? parsed.data : lke,
    problems: [
      ...raw.unplaced.map((line) => `baris tidak terbaca: ${line}`),
      ...problems.map(({ where, what }) => `${where}: ${what}`),
      ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)),
    ],
  };
}

export const serialise = (lke: Lke) => `${JSON.stringify(lke, null, 1)}\n`;

if (import.meta.main) {
  const { values } = parseArgs({ options: { pdf: { type: 'string', default: LKE_PDF }, check: { type: 'boolean', default: false } } });
  const { lke, problems } = importLke(values.pdf!);
  if (problems.length) {
    console.error(`Impor LKE gagal, tidak ada berkas yang ditulis:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    process.exit(1);
  }
  if (values.check) {
    const same = readFileSync(LKE_JSON, 'utf8') === serialise(lke);
    console.log(same ? 'src/data/lke.json sama dengan hasil impor.' : 'src/data/lke.json BERBEDA dengan hasil impor.');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(LKE_JSON, serialise(lke));
  const questions = lke.subcomponents.reduce((n, s) => n + s.questions.length, 0);
  console.log(`Ditulis ${path.relative(PROJECT_ROOT, LKE_JSON)}: ${lke.subcomponents.length} sub-komponen, ${questions} pertanyaan, ${lke.corrections.length} koreksi.`);
}
