/**
 * npm run impor:rencana -- --tahun 2023 [--ya] [--nomor "3 Tahun 2023"] [--tanggal 2023-01-16] [--judul "…"] FILE
 *
 * Imports a plan year's Lampiran as the office keeps it (.xlsx, or .csv saved by Excel) into
 * content/<year>/: areas, components, the decree particulars given, and the sheet as read. Shows
 * the hierarchy and the month grid first and asks before writing; a refusal names sheet, row and
 * column as Excel does. Re-importing a corrected sheet replaces the plan files and keeps the staff's
 * own text (component narratives, notes, evidence, particulars not given again).
 * The 2022 decree keeps its own importer (scripts/import-decree.ts).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { parse as parseYaml } from 'yaml';
import { readSheetFile, SheetReadError } from './rencana/read-sheet.ts';
import { LampiranError, readLampiran, sheetSourceText, type SheetPlan } from './rencana/lampiran.ts';
import { particularProblems, yearFiles, type Particulars, type YearFile } from './rencana/year-files.ts';
import { planPreview } from './rencana/preview.ts';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

const USAGE = `Penggunaan: npm run impor:rencana -- --tahun 2023 [pilihan] BERKAS.xlsx|BERKAS.csv
  --tahun           tahun rencana aksi (wajib)
  --ya              tulis tanpa bertanya (untuk skrip); tanpa ini, importir bertanya dulu
  --nomor           nomor keputusan, mis. "3 Tahun 2023"
  --tanggal         tanggal penetapan, TTTT-BB-HH
  --judul           judul keputusan (tentang …)
  --tempat          tempat penetapan, mis. Magelang
  --penandatangan   nama penanda tangan (bersama --jabatan)
  --jabatan         jabatan penanda tangan
  --mengingat       dasar hukum; ulangi untuk setiap butir
  --lembar          nama lembar Excel, bila berkas memuat lebih dari satu tabel
  --konten          folder konten (bawaan: content/)
Yang tidak diberikan (dan tidak dijawab) tampil "belum diisi" di situs.`;

const QUESTIONS: [keyof Particulars, string][] = [
  ['number', 'Nomor keputusan (mis. "3 Tahun 2023")'],
  ['date', 'Tanggal penetapan (TTTT-BB-HH)'],
  ['title', 'Judul keputusan (tentang …)'],
  ['place', 'Tempat penetapan'],
  ['signatory', 'Nama penanda tangan'],
  ['signatoryOffice', 'Jabatan penanda tangan'],
];

type Ask = (question: string) => Promise<string>;

/** The files a write would add, replace and remove, against what the year's folder holds now. */
function plannedChanges(contentDir: string, year: number, files: readonly YearFile[]) {
  const yearDir = path.join(contentDir, String(year));
  const wanted = new Set(files.map((file) => file.path));
  const added: string[] = [];
  const replaced: string[] = [];
  for (const file of files) {
    const target = path.join(contentDir, file.path);
    if (!existsSync(target)) added.push(file.path);
    else if (readFileSync(target, 'utf8') !== file.content) replaced.push(file.path);
  }
  // only the plan's own folders: notes (catatan/) and evidence (bukti/) are the staff's and stay
  const removed = ['area', 'komponen'].flatMap((folder) => {
    const dir = path.join(yearDir, folder);
    return existsSync(dir) ? readdirSync(dir).map((name) => `${year}/${folder}/${name}`).filter((file) => !wanted.has(file)) : [];
  });
  return { added, replaced, removed };
}

function previousState(contentDir: string, year: number) {
  const decreeFile = path.join(contentDir, String(year), 'keputusan.yaml');
  const decree = existsSync(decreeFile) ? (parseYaml(readFileSync(decreeFile, 'utf8')) as Record<string, unknown>) : undefined;
  const bodies = new Map<string, string>();
  const componentDir = path.join(contentDir, String(year), 'komponen');
  if (existsSync(componentDir)) {
    for (const name of readdirSync(componentDir)) {
      const text = readFileSync(path.join(componentDir, name), 'utf8');
      const end = text.indexOf('\n---\n', 4);
      const body = end >= 0 ? text.slice(end + 5) : '';
      if (body.trim()) bodies.set(`${year}/komponen/${name}`, body);
    }
  }
  return { decree, bodies };
}

/** Indicator texts by code in the year's current component files (before a re-import). */
function currentIndicators(contentDir: string, year: number): Map<string, string> {
  const texts = new Map<string, string>();
  const dir = path.join(contentDir, String(year), 'komponen');
  if (!existsSync(dir)) return texts;
  for (const name of readdirSync(dir)) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const data = parseYaml(text.split('---\n')[1] ?? '') as { code?: string; indicators?: { text?: string }[] } | null;
    data?.indicators?.forEach((indicator, index) => texts.set(`${data.code}.${index + 1}`, indicator.text ?? ''));
  }
  return texts;
}

/**
 * Codes that would name another indicator after the re-import (an indicator added or dropped before
 * them), with the notes and evidence files of the year that cite them: those need checking by hand.
 */
function shiftedCodes(contentDir: string, year: number, plan: SheetPlan): string[] {
  const before = currentIndicators(contentDir, year);
  const lines: string[] = [];
  const citing = ['catatan', 'bukti'].flatMap((folder) => {
    const dir = path.join(contentDir, String(year), folder);
    return existsSync(dir) ? readdirSync(dir).filter((name) => /\.(mdx|ya?ml)$/.test(name)).map((name) => ({ name: `${folder}/${name}`, text: readFileSync(path.join(dir, name), 'utf8') })) : [];
  });
  for (const area of plan.areas) {
    for (const component of area.components) {
      component.indicators.forEach((indicator, index) => {
        const code = `${component.code}.${index + 1}`;
        const old = before.get(code);
        if (old === undefined || old === indicator.text) return;
        const pattern = new RegExp(`(^|[^0-9.])${code.replaceAll('.', '\\.')}(?![0-9.])`, 'm');
        const files = citing.filter((file) => pattern.test(file.text)).map((file) => file.name);
        lines.push(`  kode ${code} kini berarti "${indicator.text}" (sebelumnya "${old}")${files.length ? `; periksa ${files.join(', ')}` : ''}`);
      });
    }
  }
  return lines;
}

function unitName(contentDir: string): string {
  const unit = parseYaml(readFileSync(path.join(contentDir, 'unit.yaml'), 'utf8')) as { name?: string };
  if (!unit?.name) throw new Error(`${path.join(contentDir, 'unit.yaml')} tidak memuat name (nama satuan kerja, penerbit keputusan).`);
  return unit.name;
}

export async function main(argv: string[], ask?: Ask, log: (line: string) => void = console.log): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        tahun: { type: 'string' },
        ya: { type: 'boolean', default: false },
        nomor: { type: 'string' },
        tanggal: { type: 'string' },
        judul: { type: 'string' },
        tempat: { type: 'string' },
        penandatangan: { type: 'string' },
        jabatan: { type: 'string' },
        mengingat: { type: 'string', multiple: true },
        lembar: { type: 'string' },
        konten: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values: args, positionals } = parsed;
  if (args.help) {
    log(USAGE);
    return 0;
  }
  const year = Number(args.tahun);
  if (!args.tahun || !/^\d{4}$/.test(args.tahun) || year < 2000 || year > 2100) {
    console.error(`--tahun wajib diisi dengan tahun empat angka, mis. --tahun 2023; tertulis "${args.tahun ?? ''}".\n${USAGE}`);
    return 2;
  }
  if (positionals.length !== 1) {
    console.error(`Berikan tepat satu berkas Lampiran (.xlsx atau .csv); diberikan ${positionals.length}.\n${USAGE}`);
    return 2;
  }
  if (year === 2022) {
    console.error('Rencana aksi 2022 dibaca dari teks keputusannya dengan importirnya sendiri (npm run import:decree); importir lembar ini tidak menggantinya.');
    return 2;
  }
  const contentDir = path.resolve(args.konten ?? path.join(PROJECT_ROOT, 'content'));
  const particulars: Particulars = {
    number: args.nomor,
    date: args.tanggal,
    title: args.judul,
    place: args.tempat,
    signatory: args.penandatangan,
    signatoryOffice: args.jabatan,
    recalling: args.mengingat,
  };

  try {
    const grid = await readSheetFile(path.resolve(positionals[0]!), args.lembar);
    const plan: SheetPlan = readLampiran(grid);
    if (plan.titleYear !== undefined && plan.titleYear !== year) {
      console.error(`Judul Lampiran menyebut tahun ${plan.titleYear}, sedangkan --tahun ${year}. Periksa berkas atau --tahun.`);
      return 1;
    }
    for (const line of planPreview(plan)) log(line);

    const interactive = !args.ya;
    if (interactive && !ask) {
      if (!process.stdin.isTTY) {
        console.error('Tidak ada yang ditulis: importir perlu jawaban "ya" sebelum menulis. Dari skrip, tambahkan --ya.');
        return 1;
      }
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      ask = (question) => rl.question(question);
      process.once('exit', () => rl.close());
    }
    if (interactive) {
      for (const [key, question] of QUESTIONS) {
        if (particulars[key] !== undefined) continue;
        const answer = (await ask!(`${question} — kosongkan bila belum ada: `)).trim();
        if (answer) (particulars as Record<string, string>)[key] = answer;
      }
    }
    const problems = particularProblems(particulars, year);
    if (problems.length > 0) {
      console.error(`Tidak ada yang ditulis:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      return 1;
    }

    const files = yearFiles(plan, year, unitName(contentDir), particulars, sheetSourceText(grid), previousState(contentDir, year));
    const changes = plannedChanges(contentDir, year, files);
    const shown = (file: string) => path.relative(process.cwd(), path.join(contentDir, file));
    if (changes.added.length + changes.replaced.length + changes.removed.length === 0) {
      log(`${shown(String(year))}/ sudah sama persis dengan lembar ini; tidak ada yang ditulis.`);
      return 0;
    }
    log('');
    for (const file of changes.added) log(`  akan ditulis:  ${shown(file)}`);
    for (const file of changes.replaced) log(`  akan diganti:  ${shown(file)}`);
    for (const file of changes.removed) log(`  akan dihapus:  ${shown(file)} (tidak ada lagi di lembar)`);
    const shifted = shiftedCodes(contentDir, year, plan);
    if (shifted.length > 0) {
      log('Perhatian: kode indikator adalah urutannya; setelah impor ulang, kode berikut menunjuk indikator lain.');
      log('Catatan dan bukti yang menyebutnya harus diperiksa (npm run check tidak dapat mengetahuinya):');
      for (const line of shifted) log(line);
    }
    if (interactive) {
      const answer = (await ask!(`Tulis ${changes.added.length + changes.replaced.length} berkas${changes.removed.length ? ` dan hapus ${changes.removed.length}` : ''}? Ketik "ya" untuk melanjutkan: `)).trim().toLowerCase();
      if (answer !== 'ya' && answer !== 'y') {
        log('Dibatalkan; tidak ada yang ditulis.');
        return 1;
      }
    }
    for (const file of files) {
      const target = path.join(contentDir, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content, 'utf8');
    }
    for (const file of changes.removed) rmSync(path.join(contentDir, file));
    log(`Selesai: ${shown(String(year))}/ ditulis (${changes.added.length} baru, ${changes.replaced.length} diganti, ${changes.removed.length} dihapus). Periksa dengan npm run check, lalu npm run build.`);
    return 0;
  } catch (error) {
    if (error instanceof LampiranError || error instanceof SheetReadError) {
      console.error(`Lampiran ditolak; tidak ada yang ditulis.\n${error.message}`);
      return 1;
    }
    console.error(`Gagal mengimpor rencana aksi ${year}; tidak ada yang ditulis: ${(error as Error).message}`);
    return 1;
  }
}

if (import.meta.main) {
  process.exitCode = await main(process.argv.slice(2));
  process.stdin.unref?.();
}
