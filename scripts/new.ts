// `npm run new -- catatan | bukti | survei [--judul … --indikator V.3.2,V.3.3 …]`:
// writes one valid content file from a few answers, never overwrites, then checks it.
// In a terminal it asks for what is missing, checks each answer as it is typed and asks again;
// with flags only (stdin not a terminal) a wrong value stops it. On any failure everything it
// wrote is removed again, so a retry starts clean.
import { copyFileSync, existsSync, mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { stringify } from 'yaml';
import { inspectContent, isError } from '../src/lib/content-check/index.ts';
import { formatProblem } from '../src/lib/content-check/problem.ts';
import { loadContent, type ContentSet } from '../src/lib/content-check/load.ts';
import { PLACEHOLDER_START, placeholder } from '../src/lib/content-check/placeholder-checks.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { noteSchema, noteStatus } from '../src/schemas/note.ts';
import { evidenceSchema, EVIDENCE_KINDS, SAFE_FILE_NAME } from '../src/schemas/evidence.ts';
import { surveySchema } from '../src/schemas/survey.ts';
import { UNSUR } from '../src/lib/survey/unsur.ts';
import { evidenceIndicatorPath, evidencePath } from '../src/lib/evidence/routes.ts';
import { indicatorPath } from '../src/lib/plan/routes.ts';
import { notePath, timelinePath } from '../src/lib/progress/routes.ts';
import { surveyPath } from '../src/lib/survey/routes.ts';
import { cleanDraggedPath, parseStaffDate, parseYear, pickMany, pickOne, type Answer } from './new-answers.ts';

const KINDS = ['catatan', 'bukti', 'survei'] as const;
type Kind = (typeof KINDS)[number];

const USAGE = `Pemakaian: npm run new -- catatan|bukti|survei [pilihan]
  --judul "…"            judul (wajib)
  --tanggal HH/BB/TTTT   tanggal pekerjaan/dokumen, atau TTTT-BB-HH (bawaan: hari ini, WIB)
  --indikator V.3.2,V.3.3  kode indikator rencana (catatan, bukti)
  --status selesai|berjalan|tertunda   (catatan)
  --tim "…"              tim pelaksana, seperti di rencana (catatan, pilihan)
  --bukti kode1,kode2    kode bukti yang sudah ada (catatan, pilihan)
  --foto path            foto yang disalin ke folder catatan dan ditampilkan di catatan (catatan, pilihan)
  --berkas path          berkas bukti, disalin ke folder bukti dengan nama aman (bukti)
  --url https://…        tautan bukti, sebagai ganti --berkas (bukti)
  --jenis dokumen|foto|tangkapan-layar|video|tautan   (bukti, pilihan)
  --mulai, --selesai HH/BB/TTTT   periode survei (survei)
  --tahun TTTT           tahun rencana (bawaan: tahun dari --tanggal)
  --nama slug            nama berkas (bawaan: dibentuk dari judul)
  --content folder       akar isi (bawaan: content, atau PZI_CONTENT)
Path berkas boleh diseret dari pengelola berkas (tanda kutip dan file:// dibuang).`;

/** Stops with a message for staff and a non-zero exit. */
class Stop extends Error {}

/** Today in Asia/Jakarta (WIB), YYYY-MM-DD. */
export function todayInJakarta(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "Rapat Evaluasi: Semester I (2022)" → "rapat-evaluasi-semester-i-2022". */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: Object.fromEntries(
    ['judul', 'tanggal', 'indikator', 'status', 'tim', 'bukti', 'foto', 'berkas', 'url', 'jenis', 'mulai', 'selesai', 'tahun', 'nama', 'content'].map((name) => [name, { type: 'string' as const }]),
  ),
});
const flags = values as Record<string, string | undefined>;

const interactive = Boolean(process.stdin.isTTY);
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

/** Files and folders this run created, newest last: removed again when anything fails. */
const created: { path: string; folder?: boolean }[] = [];

function rollback(): void {
  for (const { path, folder } of created.reverse()) {
    try {
      if (folder) rmdirSync(path);
      else rmSync(path, { force: true });
    } catch {
      // a folder that now holds someone else's file stays
    }
  }
  created.length = 0;
}

/** mkdir -p that remembers the folders it made, so a rollback removes them too. */
function makeFolder(path: string): void {
  const first = mkdirSync(path, { recursive: true });
  if (!first) return;
  const made = [first];
  for (let folder = path; folder !== first && folder.startsWith(first); folder = join(folder, '..')) made.push(folder);
  for (const folder of [...new Set(made)].sort((a, b) => a.length - b.length)) created.push({ path: folder, folder: true });
}

interface Question<T> {
  /** Flag name without "--". */
  flag: string;
  question: string;
  /** Used when the answer is left empty. */
  fallback?: string;
  /** False: an empty answer gives undefined. */
  required?: boolean;
  /** Shown as a numbered list before the question. */
  choices?: readonly string[];
  /** Labels for the numbered list, when longer than the choice itself. */
  labels?: readonly string[];
  parse: (answer: string) => Answer<T>;
}

/**
 * The flag's value or, in a terminal, the answer to a question, checked by `parse`. A wrong
 * answer in a terminal is explained and asked again; a wrong flag stops the run.
 */
async function ask<T>(q: Question<T>): Promise<T | undefined> {
  const given = flags[q.flag]?.trim();
  if (given || !rl) {
    const answer = given || q.fallback;
    if (!answer) {
      if (q.required === false) return undefined;
      throw new Stop(`Isian --${q.flag} (${q.question.toLowerCase()}) wajib diisi.\n\n${USAGE}`);
    }
    const parsed = q.parse(answer);
    if ('error' in parsed) throw new Stop(`--${q.flag}: ${parsed.error}`);
    return parsed.value;
  }
  if (q.choices?.length) {
    const labels = q.labels ?? q.choices;
    console.log(labels.map((label, index) => `  ${String(index + 1).padStart(2)}. ${label}`).join('\n'));
  }
  for (;;) {
    const answer = (await rl.question(`${q.question}${q.fallback ? ` [${q.fallback}]` : ''}: `)).trim() || q.fallback || '';
    if (!answer && q.required === false) return undefined;
    const parsed: Answer<T> = answer ? q.parse(answer) : { error: 'Wajib diisi.' };
    if ('value' in parsed) return parsed.value;
    console.log(`  ✗ ${parsed.error} Coba lagi.`);
  }
}

const text = (label: string) => (answer: string): Answer<string> => (answer.trim().length >= 3 ? { value: answer.trim() } : { error: `${label} paling sedikit 3 huruf.` });
const list = (value: string | undefined) => (value ?? '').split(/[,\s]+/).map((item) => item.trim()).filter(Boolean);

/** Zod issues of a scaffolded file, said as the check says them. */
function schemaErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): void {
  if (result.success) return;
  const lines = result.error!.issues.map((issue) => `  - ${issue.path.join('.') || 'isian'}: ${issue.message}`);
  throw new Stop(`Berkas tidak ditulis, isiannya belum sah:\n${lines.join('\n')}`);
}

/** What the plan of a year offers as choices, loaded exactly as the check and build load it. */
interface Plan {
  years: string[];
  indicators: (year: string) => { code: string; text: string }[];
  teams: (year: string) => string[];
  evidence: string[];
}

function planOf(content: ContentSet): Plan {
  return {
    years: content.entries.decrees.map((decree) => decree.id).sort(),
    indicators: (year) =>
      content.entries.components
        .filter((component) => component.id.startsWith(`${year}/`))
        .flatMap((component) => component.data.indicators.map((indicator, index) => ({ code: `${component.data.code}.${index + 1}`, text: indicator.text }))),
    teams: (year) => [...new Set(content.entries.areas.filter((area) => area.id.startsWith(`${year}/`)).map((area) => area.data.team))],
    evidence: content.entries.evidence.map((entry) => entry.id).sort(),
  };
}

const short = (value: string, length = 70) => (value.length > length ? `${value.slice(0, length - 1)}…` : value);

async function askDateAndYear(plan: Plan, question: string): Promise<{ date: string; year: string }> {
  const date = (await ask({ flag: 'tanggal', question: `${question} (HH/BB/TTTT)`, fallback: todayInJakarta(), parse: parseStaffDate }))!;
  const fallback = plan.years.includes(date.slice(0, 4)) ? date.slice(0, 4) : plan.years.at(-1);
  const year = (await ask({
    flag: 'tahun',
    question: 'Tahun rencana',
    fallback,
    parse: (answer) => {
      const parsed = parseYear(answer, plan.years);
      // checked now, not after writing: the check refuses a date outside its plan year
      return 'value' in parsed && parsed.value !== date.slice(0, 4) ? { error: `Tanggal ${date} tidak berada di tahun ${parsed.value}. Catatan dan bukti rencana ${parsed.value} bertanggal di tahun itu; perbaiki tanggalnya (--tanggal) atau tahunnya.` } : parsed;
    },
  }))!;
  return { date, year };
}

async function askIndicators(plan: Plan, year: string): Promise<string[]> {
  const known = plan.indicators(year);
  const codes = known.map(({ code }) => code);
  return (await ask({
    flag: 'indikator',
    question: 'Indikator: nomor atau kode, pisahkan dengan koma (mis. 3,5 atau I.3.1)',
    choices: codes,
    labels: known.map(({ code, text: indicator }) => `${code.padEnd(7)} ${short(indicator)}`),
    parse: (answer) => {
      const picked = pickMany(answer, codes, `indikator rencana ${year}`);
      if ('value' in picked) return picked;
      // Name the component's real codes: "I.3.9" → "komponen I.3 berisi I.3.1, I.3.2".
      const near = list(answer)
        .filter((part) => !/^\d+$/.test(part) && !codes.includes(part.toUpperCase()))
        .map((part) => {
          const component = part.toUpperCase().split('.').slice(0, 2).join('.');
          const siblings = codes.filter((code) => code.startsWith(`${component}.`));
          return siblings.length ? `${part}: komponen ${component} berisi ${siblings.join(', ')}` : `${part}: lihat daftar di halaman /${year}/ situs`;
        });
      return { error: `Kode indikator tidak ada di rencana ${year}. ${near.join('; ')}.` };
    },
  }))!;
}

/** A file given as a path (typed, pasted or dragged in): must exist and be a file. */
function existingFile(what: string) {
  return (answer: string): Answer<string> => {
    const path = cleanDraggedPath(answer, homedir());
    if (!existsSync(path)) return { error: `${what} "${path}" tidak ditemukan. Seret berkasnya ke jendela ini, atau ketik path lengkapnya.` };
    if (!extname(path)) return { error: `${what} "${path}" perlu berakhiran jenis berkas (mis. .pdf, .jpg).` };
    return { value: path };
  };
}

/** Writes a new file; an existing one is never replaced. */
function create(path: string, content: string | Buffer): void {
  try {
    writeFileSync(path, content, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Stop(`${path} sudah ada dan tidak ditimpa. Pakai judul lain atau --nama dengan nama lain.`);
    throw error;
  }
  created.push({ path });
}

/** Copies a file under a new name; an existing one is never replaced. */
function copyNew(source: string, target: string): void {
  if (existsSync(target)) throw new Stop(`${target} sudah ada dan tidak ditimpa. Pakai judul lain atau --nama dengan nama lain.`);
  created.push({ path: target });
  copyFileSync(source, target);
}

function frontmatter(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${body}\n`;
}

interface Written {
  files: string[];
  where: string[];
}

const IMAGE = /\.(?:jpe?g|png|webp|gif|avif)$/i;

async function newNote(root: string, plan: Plan): Promise<Written> {
  const title = (await ask({ flag: 'judul', question: 'Judul catatan', parse: text('Judul') }))!;
  const { date, year } = await askDateAndYear(plan, 'Tanggal pekerjaan');
  const codes = await askIndicators(plan, year);
  const statuses = noteStatus.options;
  const status = (await ask({ flag: 'status', question: 'Status: nomor atau nama', fallback: 'selesai', choices: statuses, parse: (answer) => pickOne(answer, statuses, 'status') }))!;
  const teams = plan.teams(year);
  const team = await ask({ flag: 'tim', question: 'Tim pelaksana: nomor atau nama (boleh kosong)', required: false, choices: teams, parse: (answer) => pickOne(answer, teams, `tim di rencana ${year}`) });
  const evidence = await ask({
    flag: 'bukti',
    question: 'Kode bukti terkait, pisahkan dengan koma (boleh kosong)',
    required: false,
    choices: plan.evidence.length <= 40 ? plan.evidence : undefined,
    parse: (answer) => pickMany(answer, plan.evidence, 'kode bukti'),
  });
  const photo = await ask({ flag: 'foto', question: 'Foto kegiatan: seret berkasnya ke sini (boleh kosong)', required: false, parse: (answer) => {
    const file = existingFile('Foto')(answer);
    if ('value' in file && !IMAGE.test(file.value)) return { error: `"${file.value}" bukan foto (.jpg, .png, .webp).` };
    return file;
  } });
  const data = { title, date, indicators: codes, status, ...(team ? { team } : {}), ...(evidence?.length ? { evidence } : {}) };
  schemaErrors(noteSchema.safeParse(data));
  const slug = flags.nama ?? `${date.slice(0, 7)}-${slugOf(title)}`;
  const folder = join(root, year, 'catatan');
  makeFolder(folder);
  const path = join(folder, `${slug}.mdx`);
  const files = [path];
  let picture = '';
  if (photo) {
    // The photo sits next to the note under the note's own safe name; the build resizes it.
    const name = `${slug}${extname(photo).toLowerCase().replace('.jpeg', '.jpg')}`;
    if (!SAFE_FILE_NAME.test(name)) throw new Stop(`Nama catatan "${slug}" tidak dapat dipakai untuk foto; pakai --nama dengan huruf kecil, angka dan tanda hubung.`);
    picture = `![${title.replace(/[[\]]/g, '')}](./${name})\n\n`;
    const target = join(folder, name);
    if (existsSync(path)) throw new Stop(`${path} sudah ada dan tidak ditimpa. Pakai judul lain atau --nama dengan nama lain.`);
    copyNew(photo, target);
    files.push(target);
  }
  create(path, frontmatter(data, `${picture}${placeholder('Tuliskan di sini apa yang dikerjakan, siapa yang terlibat, dan hasilnya.')}`));
  return { files, where: [notePath(slug), timelinePath(Number(year)), ...codes.map((code) => indicatorPath(Number(year), code))] };
}

async function newEvidence(root: string, plan: Plan): Promise<Written> {
  const title = (await ask({ flag: 'judul', question: 'Judul bukti', parse: text('Judul') }))!;
  const { date, year } = await askDateAndYear(plan, 'Tanggal dokumen/kegiatan');
  const codes = await askIndicators(plan, year);
  if (flags.berkas && flags.url) throw new Stop('Isi salah satu saja: --berkas (berkas yang disalin) ATAU --url (tautan).');
  let source: string | undefined;
  let url: string | undefined;
  if (flags.url) {
    url = flags.url.trim();
  } else if (flags.berkas || !rl) {
    if (!flags.berkas) throw new Stop(`Bukti memerlukan --berkas path (berkas yang disalin) atau --url https://… (tautan).\n\n${USAGE}`);
    source = await ask({ flag: 'berkas', question: 'Berkas bukti', parse: existingFile('Berkas') });
  } else {
    const answer = (await ask({
      flag: 'berkas',
      question: 'Berkas bukti (seret berkasnya ke sini) atau tautan https://…',
      parse: (value) => (/^https?:\/\//.test(value.trim()) ? { value: value.trim() } : existingFile('Berkas')(value)),
    }))!;
    if (/^https?:\/\//.test(answer)) url = answer;
    else source = answer;
  }
  const kind = await ask({ flag: 'jenis', question: 'Jenis: nomor atau nama (kosong = ditebak)', required: false, choices: EVIDENCE_KINDS, parse: (answer) => pickOne(answer, EVIDENCE_KINDS, 'jenis bukti') });
  const slug = flags.nama ?? slugOf(title);
  const folder = join(root, year, 'bukti');
  let fileName: string | undefined;
  if (source) {
    fileName = `${slug}${extname(source).toLowerCase().replace(/[^.a-z0-9]/g, '')}`;
    if (!SAFE_FILE_NAME.test(fileName)) throw new Stop(`Berkas "${source}" perlu berakhiran jenis berkas (mis. .pdf, .jpg).`);
  }
  const data = { title, date, indicators: codes, ...(fileName ? { file: fileName } : { url }), ...(kind ? { kind } : {}) };
  schemaErrors(evidenceSchema.safeParse(data));
  const yamlPath = join(folder, `${slug}.yaml`);
  if (existsSync(yamlPath)) throw new Stop(`${yamlPath} sudah ada dan tidak ditimpa. Pakai judul lain atau --nama dengan nama lain.`);
  makeFolder(folder);
  const files = [yamlPath];
  if (fileName) {
    const target = join(folder, fileName);
    copyNew(source!, target);
    files.push(target);
  }
  create(yamlPath, stringify(data, { lineWidth: 0 }));
  return { files, where: [evidencePath(Number(year)), ...codes.map((code) => evidenceIndicatorPath(Number(year), code))] };
}

async function newSurvey(root: string): Promise<Written> {
  const title = (await ask({ flag: 'judul', question: 'Judul survei (mis. Survei Kepuasan Masyarakat Semester II 2022)', parse: text('Judul') }))!;
  const start = (await ask({ flag: 'mulai', question: 'Tanggal mulai (HH/BB/TTTT)', parse: parseStaffDate }))!;
  const end = (await ask({
    flag: 'selesai',
    question: 'Tanggal selesai (HH/BB/TTTT)',
    fallback: todayInJakarta(),
    parse: (answer) => {
      const parsed = parseStaffDate(answer);
      return 'value' in parsed && parsed.value < start ? { error: `Tanggal selesai ${parsed.value} sebelum tanggal mulai ${start}.` } : parsed;
    },
  }))!;
  const data = { title, start, end, type: 'skm' };
  schemaErrors(surveySchema.safeParse(data));
  const id = flags.nama ?? slugOf(title);
  const folder = join(root, 'survei', id);
  if (existsSync(folder)) throw new Stop(`${folder} sudah ada dan tidak ditimpa. Pakai judul lain atau --nama dengan nama lain.`);
  makeFolder(folder);
  const index = join(folder, 'index.mdx');
  const csv = join(folder, 'responses.csv');
  create(index, frontmatter(data, placeholder('Tuliskan di sini analisis hasil survei dan rencana tindak lanjutnya.')));
  create(csv, `tanggal,${UNSUR.map(({ code }) => code).join(',')}\n`);
  return { files: [index, csv], where: [surveyPath(id)] };
}

async function main(): Promise<void> {
  const kind = positionals[0] as Kind | undefined;
  if (!kind || !KINDS.includes(kind)) throw new Stop(`Sebutkan jenis isi: ${KINDS.join(', ')}.\n\n${USAGE}`);
  // --nama becomes a file or folder name inside content/: never a path ("../../x", "a/b")
  if (flags.nama !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(flags.nama)) {
    throw new Stop(`--nama "${flags.nama}" tidak dapat dipakai: nama berkas hanya boleh huruf kecil a–z, angka dan tanda hubung (-), tanpa garis miring atau titik, misalnya --nama 2022-06-rapat-evaluasi. Tidak ada berkas yang ditulis.`);
  }
  const root = flags.content?.replace(/\/+$/, '') || contentRoot();
  if (!existsSync(root)) throw new Stop(`Folder isi "${root}" tidak ada.`);
  const plan = planOf(loadContent(root).content);
  if (kind !== 'survei' && !plan.years.length) throw new Stop(`Tidak ada rencana aksi di ${root}/<tahun>/keputusan.yaml.`);
  const written = await (kind === 'catatan' ? newNote(root, plan) : kind === 'bukti' ? newEvidence(root, plan) : newSurvey(root));
  const shown = written.files.map((file) => relative(process.cwd(), file) || file);

  const problems = (await inspectContent(root)).filter((problem) => shown.includes(problem.file));
  // What the scaffold leaves for staff to write next is not a mistake yet: the placeholder text,
  // and a new survey's responses.csv that holds only its header.
  const pending = problems.filter((problem) => problem.message.includes(PLACEHOLDER_START) || (kind === 'survei' && problem.file === shown[1]));
  const real = problems.filter((problem) => !pending.includes(problem));
  for (const problem of real) console.log(`${isError(problem) ? 'MASALAH' : 'Peringatan'}: ${formatProblem(problem)}`);
  if (real.some(isError)) throw new Stop('Berkas yang baru ditulis dihapus lagi; tidak ada yang berubah. Perbaiki isiannya lalu jalankan lagi.');

  console.log(`Dibuat:\n${shown.map((file) => `  ${file}`).join('\n')}`);
  if (kind === 'survei') {
    console.log(`Langkah berikutnya: isi ${shown[1]} dengan jawaban responden (satu baris per responden, U1–U9 berisi 1–4), atau hapus berkas itu dan tulis summary di index.mdx. Ganti juga teks [[ISI: …]] di ${shown[0]}. Sebelum itu situs tidak dapat dibangun.`);
    console.log(`Setelah itu tampil di:\n${written.where.map((path) => `  ${path}`).join('\n')}`);
    return;
  }
  if (pending.length) console.log(`Langkah berikutnya: ganti teks [[ISI: …]] di ${shown[0]} dengan isi yang sebenarnya; sebelum itu situs tidak dapat dibangun.`);
  console.log(`Setelah build, tampil di:\n${written.where.map((path) => `  ${path}`).join('\n')}`);
  console.log('Pratinjau dengan npm run dev (lihat content/PANDUAN.md).');
}

try {
  await main();
} catch (error) {
  rollback();
  if ((error as NodeJS.ErrnoException).code === 'ABORT_ERR') {
    console.error('\nDibatalkan; tidak ada berkas yang ditulis.');
  } else if (error instanceof Stop) {
    console.error(error.message);
  } else {
    console.error('Terjadi kesalahan tak terduga; tidak ada berkas yang ditulis.');
    if (process.env.PZI_DEBUG === '1') console.error(error);
    else console.error(error instanceof Error ? error.message : String(error));
  }
  process.exitCode = 1;
} finally {
  rl?.close();
}
