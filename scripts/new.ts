// `npm run new -- catatan | bukti | survei [--judul … --indikator V.3.2,V.3.3 …]`:
// writes one valid content file from a few answers, never overwrites, then checks it.
// Asks for what is missing when run in a terminal; takes flags only when stdin is not a terminal.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { stringify } from 'yaml';
import { inspectContent, isError } from '../src/lib/content-check/index.ts';
import { formatProblem } from '../src/lib/content-check/problem.ts';
import { loadContent } from '../src/lib/content-check/load.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { noteSchema, noteStatus } from '../src/schemas/note.ts';
import { evidenceSchema, EVIDENCE_KINDS, SAFE_FILE_NAME } from '../src/schemas/evidence.ts';
import { surveySchema } from '../src/schemas/survey.ts';
import { UNSUR } from '../src/lib/survey/unsur.ts';
import { evidenceIndicatorPath, evidencePath, indicatorPath, notePath, surveyPath, timelinePath } from '../src/lib/url.ts';

const KINDS = ['catatan', 'bukti', 'survei'] as const;
type Kind = (typeof KINDS)[number];

const USAGE = `Pemakaian: npm run new -- catatan|bukti|survei [pilihan]
  --judul "…"            judul (wajib)
  --tanggal TTTT-BB-HH   tanggal pekerjaan/dokumen (bawaan: hari ini, WIB)
  --indikator V.3.2,V.3.3  kode indikator rencana (catatan, bukti)
  --status selesai|berjalan|tertunda   (catatan)
  --tim "…"              tim pelaksana, seperti di rencana (catatan, pilihan)
  --bukti kode1,kode2    kode bukti yang sudah ada (catatan, pilihan)
  --berkas path          berkas bukti, disalin ke folder bukti dengan nama aman (bukti)
  --url https://…        tautan bukti, sebagai ganti --berkas (bukti)
  --jenis dokumen|foto|tangkapan-layar|video|tautan   (bukti, pilihan)
  --mulai, --selesai TTTT-BB-HH   periode survei (survei)
  --tahun TTTT           tahun rencana (bawaan: tahun dari --tanggal)
  --nama slug            nama berkas (bawaan: dibentuk dari judul)
  --content folder       akar isi (bawaan: content, atau PZI_CONTENT)`;

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
    ['judul', 'tanggal', 'indikator', 'status', 'tim', 'bukti', 'berkas', 'url', 'jenis', 'mulai', 'selesai', 'tahun', 'nama', 'content'].map((name) => [name, { type: 'string' as const }]),
  ),
});
const flags = values as Record<string, string | undefined>;

const interactive = Boolean(process.stdin.isTTY);
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

/** The flag's value, or the answer to a question in a terminal; `fallback` when left empty. */
async function field(name: string, question: string, fallback?: string, required = true): Promise<string | undefined> {
  let value = flags[name]?.trim();
  if (!value && rl) value = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
  value ||= fallback;
  if (!value && required) throw new Stop(`Isian --${name} (${question.toLowerCase()}) wajib diisi.\n\n${USAGE}`);
  return value || undefined;
}

const list = (text: string | undefined) => (text ?? '').split(/[,\s]+/).map((item) => item.trim()).filter(Boolean);

/** Zod issues of a scaffolded file, said as the check says them. */
function schemaErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): void {
  if (result.success) return;
  const lines = result.error!.issues.map((issue) => `  - ${issue.path.join('.') || 'isian'}: ${issue.message}`);
  throw new Stop(`Berkas tidak ditulis, isiannya belum sah:\n${lines.join('\n')}`);
}

/** Indicator codes of a year's plan, loaded exactly as the check and build load it. */
function planIndicators(root: string, year: string): string[] {
  const { content } = loadContent(root);
  if (!content.entries.decrees.some((decree) => decree.id === year)) {
    const years = content.entries.decrees.map((decree) => decree.id).join(', ') || 'tidak ada';
    throw new Stop(`Tidak ada rencana aksi tahun ${year} (${join(root, year, 'keputusan.yaml')}). Tahun yang ada: ${years}.`);
  }
  return content.entries.components
    .filter((component) => component.id.startsWith(`${year}/`))
    .flatMap((component) => component.data.indicators.map((_, index) => `${component.data.code}.${index + 1}`));
}

async function indicators(root: string, year: string): Promise<string[]> {
  const known = planIndicators(root, year);
  const codes = list(await field('indikator', 'Kode indikator, pisahkan dengan koma (mis. V.3.2,V.3.3)')).map((code) => code.toUpperCase());
  const unknown = codes.filter((code) => !known.includes(code));
  if (unknown.length) {
    const near = unknown.map((code) => {
      const component = code.split('.').slice(0, 2).join('.');
      const siblings = known.filter((other) => other.startsWith(`${component}.`));
      return `  - ${code}: ${siblings.length ? `komponen ${component} berisi ${siblings.join(', ')}` : `lihat daftar di halaman /${year}/ situs atau ${join(root, year, 'komponen')}/`}`;
    });
    throw new Stop(`Kode indikator tidak ada di rencana ${year}:\n${near.join('\n')}`);
  }
  return codes;
}

/** Writes a new file; an existing one is never replaced. */
function create(path: string, text: string | Buffer): void {
  try {
    writeFileSync(path, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Stop(`${path} sudah ada dan tidak ditimpa. Pakai judul lain atau --nama dengan nama lain.`);
    throw error;
  }
}

function frontmatter(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${body}\n`;
}

interface Written {
  files: string[];
  where: string[];
}

async function newNote(root: string): Promise<Written> {
  const title = (await field('judul', 'Judul catatan'))!;
  const date = (await field('tanggal', 'Tanggal pekerjaan (TTTT-BB-HH)', todayInJakarta()))!;
  const year = (await field('tahun', 'Tahun rencana', date.slice(0, 4)))!;
  const codes = await indicators(root, year);
  const status = (await field('status', `Status (${noteStatus.options.join(', ')})`, 'selesai'))!;
  const team = await field('tim', 'Tim pelaksana (boleh kosong)', undefined, false);
  const evidence = list(await field('bukti', 'Kode bukti terkait, pisahkan dengan koma (boleh kosong)', undefined, false));
  const data = { title, date, indicators: codes, status, ...(team ? { team } : {}), ...(evidence.length ? { evidence } : {}) };
  schemaErrors(noteSchema.safeParse(data));
  const slug = flags.nama ?? `${date.slice(0, 7)}-${slugOf(title)}`;
  const folder = join(root, year, 'catatan');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${slug}.mdx`);
  create(path, frontmatter(data, 'Tuliskan di sini apa yang dikerjakan, siapa yang terlibat, dan hasilnya.'));
  return { files: [path], where: [notePath(slug), timelinePath(Number(year)), ...codes.map((code) => indicatorPath(Number(year), code))] };
}

async function newEvidence(root: string): Promise<Written> {
  const title = (await field('judul', 'Judul bukti'))!;
  const date = (await field('tanggal', 'Tanggal dokumen/kegiatan (TTTT-BB-HH)', todayInJakarta()))!;
  const year = (await field('tahun', 'Tahun rencana', date.slice(0, 4)))!;
  const codes = await indicators(root, year);
  if (flags.berkas && flags.url) throw new Stop('Isi salah satu saja: --berkas (berkas yang disalin) ATAU --url (tautan).');
  let source = flags.berkas ?? flags.url;
  let isUrl = Boolean(flags.url);
  if (!source && rl) {
    source = (await rl.question('Path berkas bukti, atau tautan https://…: ')).trim();
    isUrl = /^https?:\/\//.test(source);
  }
  if (!source) throw new Stop(`Bukti memerlukan --berkas path (berkas yang disalin) atau --url https://… (tautan).\n\n${USAGE}`);
  const kind = await field('jenis', `Jenis (${EVIDENCE_KINDS.join(', ')}; kosong = ditebak)`, undefined, false);
  const slug = flags.nama ?? slugOf(title);
  const folder = join(root, year, 'bukti');
  let fileName: string | undefined;
  if (!isUrl) {
    if (!existsSync(source)) throw new Stop(`Berkas "${source}" tidak ditemukan.`);
    fileName = `${slug}${extname(source).toLowerCase().replace(/[^.a-z0-9]/g, '')}`;
    if (!SAFE_FILE_NAME.test(fileName)) throw new Stop(`Berkas "${source}" perlu berakhiran jenis berkas (mis. .pdf, .jpg).`);
  }
  const data = { title, date, indicators: codes, ...(fileName ? { file: fileName } : { url: source }), ...(kind ? { kind } : {}) };
  schemaErrors(evidenceSchema.safeParse(data));
  mkdirSync(folder, { recursive: true });
  const yamlPath = join(folder, `${slug}.yaml`);
  const files = [yamlPath];
  if (existsSync(yamlPath)) throw new Stop(`${yamlPath} sudah ada dan tidak ditimpa. Pakai judul lain atau --nama dengan nama lain.`);
  if (fileName) {
    const target = join(folder, fileName);
    if (existsSync(target)) throw new Stop(`${target} sudah ada dan tidak ditimpa. Pakai judul lain atau --nama dengan nama lain.`);
    copyFileSync(source!, target);
    files.push(target);
  }
  create(yamlPath, stringify(data, { lineWidth: 0 }));
  return { files, where: [evidencePath(Number(year)), ...codes.map((code) => evidenceIndicatorPath(Number(year), code))] };
}

async function newSurvey(root: string): Promise<Written> {
  const title = (await field('judul', 'Judul survei (mis. Survei Kepuasan Masyarakat Semester II 2022)'))!;
  const start = (await field('mulai', 'Tanggal mulai (TTTT-BB-HH)'))!;
  const end = (await field('selesai', 'Tanggal selesai (TTTT-BB-HH)', todayInJakarta()))!;
  const data = { title, start, end, type: 'skm' };
  schemaErrors(surveySchema.safeParse(data));
  const id = flags.nama ?? slugOf(title);
  const folder = join(root, 'survei', id);
  mkdirSync(join(root, 'survei'), { recursive: true });
  try {
    mkdirSync(folder);
  } catch {
    throw new Stop(`${folder} sudah ada dan tidak ditimpa. Pakai judul lain atau --nama dengan nama lain.`);
  }
  const index = join(folder, 'index.mdx');
  const csv = join(folder, 'responses.csv');
  create(index, frontmatter(data, 'Tuliskan di sini analisis hasil survei dan rencana tindak lanjutnya.'));
  create(csv, `tanggal,${UNSUR.map(({ code }) => code).join(',')}\n`);
  return { files: [index, csv], where: [surveyPath(id)] };
}

async function main(): Promise<void> {
  const kind = positionals[0] as Kind | undefined;
  if (!kind || !KINDS.includes(kind)) throw new Stop(`Sebutkan jenis isi: ${KINDS.join(', ')}.\n\n${USAGE}`);
  const root = flags.content?.replace(/\/+$/, '') || contentRoot();
  if (!existsSync(root)) throw new Stop(`Folder isi "${root}" tidak ada.`);
  const written = await (kind === 'catatan' ? newNote(root) : kind === 'bukti' ? newEvidence(root) : newSurvey(root));
  const shown = written.files.map((file) => relative(process.cwd(), file) || file);
  console.log(`Dibuat:\n${shown.map((file) => `  ${file}`).join('\n')}`);

  const problems = (await inspectContent(root)).filter((problem) => shown.includes(problem.file));
  // A new survey's responses.csv holds only its header: filling it in is the next step, not a mistake.
  const pending = kind === 'survei' ? problems.filter((problem) => problem.file === shown[1]) : [];
  for (const problem of problems.filter((problem) => !pending.includes(problem))) {
    console.log(`${isError(problem) ? 'MASALAH' : 'Peringatan'}: ${formatProblem(problem)}`);
  }
  if (problems.some((problem) => isError(problem) && !pending.includes(problem))) {
    process.exitCode = 1;
    return;
  }
  if (kind === 'survei') {
    console.log(`Langkah berikutnya: isi ${shown[1]} dengan jawaban responden (satu baris per responden, U1–U9 berisi 1–4), atau hapus berkas itu dan tulis summary di index.mdx. Sebelum itu situs tidak dapat dibangun.`);
    console.log(`Setelah itu tampil di:\n${written.where.map((path) => `  ${path}`).join('\n')}`);
    return;
  }
  console.log(`Lolos pemeriksaan. Setelah build, tampil di:\n${written.where.map((path) => `  ${path}`).join('\n')}`);
  console.log('Sunting teksnya, lalu pratinjau dengan npm run dev (lihat content/PANDUAN.md).');
}

try {
  await main();
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'ABORT_ERR') {
    console.error('\nDibatalkan; tidak ada berkas yang ditulis.');
  } else if (error instanceof Stop) {
    console.error(error.message);
  } else {
    throw error;
  }
  process.exitCode = 1;
} finally {
  rl?.close();
}
