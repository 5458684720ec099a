/**
 * `npm run bench [-- --scale small|full] [--runs N] [--keep]`: builds synthetic content at scale and prints
 * build time, peak memory, pages, dist size, search index size and, per page type, the critical
 * bytes, total transfer and JavaScript; then builds the same notes with a bare Astro + MDX project
 * (one minimal page per note) and prints our overhead as ratios, overall and per published HTML page
 * (`pages` ours, `baseline.pages` its). The builds people run are measured: cold (caches wiped),
 * unchanged (warm) and one note edited; the two projects alternate, N builds of each kind (default 3),
 * and every figure is a median. Plain Node 24.
 *
 * Content: the real plan (content/), copied to N plan-years (2023… renumbered), notes spread over
 * the years, evidence items with small files, surveys of 400 respondents. Nothing is written
 * outside a temporary folder (deleted at the end unless --keep).
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { loadContent } from '../src/lib/content-check/load.ts';
import {
  blockingStylesheets,
  formatTable,
  gzipSize,
  imageProblems,
  imageTags,
  isChartPage,
  moduleImports,
  pageType,
  scriptSources,
} from '../tests/support/perf/page-weight.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

interface Scale {
  years: number;
  notes: number[];
  evidence: number;
  surveys: number;
  respondents: number;
}

const SCALES: Record<string, Scale> = {
  small: { years: 1, notes: [200], evidence: 100, surveys: 2, respondents: 400 },
  full: { years: 5, notes: [1000, 5000], evidence: 2000, surveys: 20, respondents: 400 },
};

const args = process.argv.slice(2);
const flag = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? (args[index + 1] ?? '') : args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
};
const scaleName = flag('scale') ?? 'small';
const scale = SCALES[scaleName];
if (!scale) {
  console.error(`--scale ${scaleName}: pakai small atau full`);
  process.exit(2);
}
if (flag('years')) scale.years = Number(flag('years'));
if (flag('notes')) scale.notes = flag('notes')!.split(',').map(Number);
const keep = args.includes('--keep');
const skipBaseline = args.includes('--no-baseline');
/** `--json FILE`: also write the figures as JSON (see `BenchJson`), to compare runs over time. */
const jsonFile = flag('json');
if (args.includes('--json') && !jsonFile) {
  console.error('--json memerlukan nama berkas, mis. --json bench.json');
  process.exit(2);
}
/**
 * `--runs N`: how many cold and how many warm builds of each project (default 3); the figures are
 * the medians. `--runs 1` for a quick look.
 */
const runs = Number(flag('runs') ?? 3);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs ${flag('runs')}: pakai bilangan bulat 1 atau lebih`);
  process.exit(2);
}
type Run = 'dingin' | 'hangat' | 'diubah';
/**
 * Cold (every cache wiped) first, then warm (the caches of the builds before, nothing changed), then
 * warm after one note was edited: the month's usual update.
 */
const RUNS: readonly Run[] = ['dingin', 'hangat', 'diubah'];
/** Only generate the content (kept), e.g. to time `npm run check` on it. */
const contentOnly = args.includes('--content-only');

// ---------------------------------------------------------------- synthetic content

/** A tiny but valid PDF with `pages` pages (the page tree's /Count is what we read). */
function tinyPdf(pages: number, label: string): string {
  const kids = Array.from({ length: pages }, (_, index) => `${index + 3} 0 R`).join(' ');
  const objects = [
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    `2 0 obj << /Type /Pages /Kids [${kids}] /Count ${pages} >> endobj`,
    ...Array.from({ length: pages }, (_, index) => `${index + 3} 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj`),
  ];
  return `%PDF-1.4\n% ${label}\n${objects.join('\n')}\n${'% bukti sintetis untuk bench\n'.repeat(200)}trailer << /Root 1 0 R >>\n%%EOF\n`;
}

function makeContent(dir: string, notes: number): { years: number[] } {
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  const years = Array.from({ length: scale.years }, (_, index) => 2022 + index);
  for (const year of years.slice(1)) {
    const to = join(dir, String(year));
    for (const folder of ['area', 'komponen', 'sumber']) cpSync(join(ROOT, 'content/2022', folder), join(to, folder), { recursive: true });
    for (const name of readdirSync(join(to, 'sumber'))) {
      if (name.includes('2022')) cpSync(join(to, 'sumber', name), join(to, 'sumber', name.replaceAll('2022', String(year))));
      if (name.includes('2022')) rmSync(join(to, 'sumber', name));
    }
    const decree = readFileSync(join(ROOT, 'content/2022/keputusan.yaml'), 'utf8')
      .replaceAll('2022', String(year))
      .replace(/^number: \d+$/m, `number: ${9 + (year - 2022) * 3}`);
    writeFileSync(join(to, 'keputusan.yaml'), decree);
  }
  // Indicator codes of the plan (the same every year: the plan is copied).
  const plan = loadContent(dir).content.entries.components.filter((component) => component.id.startsWith('2022/'));
  const codes = plan.flatMap((component) => component.data.indicators.map((_, index) => `${component.data.code}.${index + 1}`));
  const statuses = ['selesai', 'berjalan', 'tertunda'];

  const evidenceIds: string[][] = years.map(() => []);
  for (let index = 0; index < scale.evidence; index++) {
    const yearIndex = index % years.length;
    const year = years[yearIndex]!;
    const folder = join(dir, String(year), 'bukti');
    mkdirSync(folder, { recursive: true });
    const id = `bench-bukti-${year}-${index}`;
    const kind = index % 3;
    const file = kind === 0 ? `${id}.pdf` : kind === 1 ? `${id}.txt` : `${id}.csv`;
    const body = kind === 0 ? tinyPdf(1 + (index % 7), id) : kind === 1 ? `Bukti sintetis ${id}\n`.repeat(100 + (index % 50)) : `no,uraian\n${Array.from({ length: 80 }, (_, row) => `${row + 1},baris ${row} bukti ${id}`).join('\n')}\n`;
    writeFileSync(join(folder, file), body);
    const month = String(1 + (index % 12)).padStart(2, '0');
    writeFileSync(
      join(folder, `${id}.yaml`),
      `title: Bukti sintetis nomor ${index}\ndate: ${year}-${month}-${String(1 + (index % 28)).padStart(2, '0')}\nindicators: [${codes[index % codes.length]}]\nfile: ${file}\ndescription: Berkas contoh untuk mengukur kecepatan build.\n`,
    );
    evidenceIds[yearIndex]!.push(id);
  }

  for (let index = 0; index < notes; index++) {
    const yearIndex = index % years.length;
    const year = years[yearIndex]!;
    const folder = join(dir, String(year), 'catatan');
    mkdirSync(folder, { recursive: true });
    const month = String(1 + (index % 12)).padStart(2, '0');
    const day = String(1 + (index % 28)).padStart(2, '0');
    const indicators = [codes[index % codes.length], ...(index % 4 === 0 ? [codes[(index * 7 + 3) % codes.length]] : [])];
    const ids = evidenceIds[yearIndex]!;
    const evidence = index % 3 === 0 && ids.length ? `evidence: [${ids[index % ids.length]}]\n` : '';
    writeFileSync(
      join(folder, `bench-${year}-${month}-catatan-${index}.mdx`),
      `---\ntitle: Catatan kemajuan sintetis nomor ${index}\ndate: ${year}-${month}-${day}\nindicators: [${[...new Set(indicators)].join(', ')}]\nstatus: ${statuses[index % 3]}\n${evidence}---\n\n` +
        `Kegiatan nomor ${index} dilaksanakan sesuai rencana aksi. Peserta rapat membahas **langkah aksi** dan tindak lanjutnya.\n\n` +
        `- hadir ${10 + (index % 20)} orang\n- notulen disimpan sebagai bukti fisik\n\nLihat [rencana aksi](/${year}/).\n`,
    );
  }

  // One note shows a photo the way staff are told to (README): a relative path, so astro:assets handles it.
  const first = join(dir, String(years[0]), 'catatan', 'bench-foto.mdx');
  // A copy of the demo photo with bytes after its end marker (ignored by decoders): the content check refuses exact sample files.
  const photo = readFileSync(join(ROOT, 'tests/fixtures/demo/2022/bukti/contoh-foto-apel-pagi.jpg'));
  writeFileSync(join(dir, String(years[0]), 'catatan', 'bench-foto.jpg'), Buffer.concat([photo, Buffer.from('bench')]));
  writeFileSync(first, `---\ntitle: Catatan sintetis dengan foto\ndate: ${years[0]}-03-02\nindicators: [${codes[0]}]\nstatus: selesai\n---\n\nFoto kegiatan:\n\n![Foto contoh kegiatan apel pagi](./bench-foto.jpg)\n`);

  for (let survey = 0; survey < scale.surveys; survey++) {
    const year = years[survey % years.length]!;
    const half = survey % 2;
    const folder = join(dir, 'survei', `bench-skm-${year}-${survey}`);
    mkdirSync(folder, { recursive: true });
    const start = `${year}-${half ? '07' : '01'}-01`;
    const end = `${year}-${half ? '12-31' : '06-30'}`;
    writeFileSync(join(folder, 'index.mdx'), `---\ntitle: Survei Kepuasan Masyarakat sintetis ${survey}\nstart: ${start}\nend: ${end}\nservices: [PPID, Help desk]\n---\n\nAnalisis sintetis untuk bench.\n`);
    const rows = ['tanggal,jenis_kelamin,usia,pendidikan,pekerjaan,layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9'];
    for (let respondent = 0; respondent < scale.respondents; respondent++) {
      const month = String((half ? 7 : 1) + (respondent % 6)).padStart(2, '0');
      const scores = Array.from({ length: 9 }, (_, unsur) => 1 + ((respondent * 7 + unsur * 3 + survey) % 4));
      rows.push(`${year}-${month}-${String(1 + (respondent % 28)).padStart(2, '0')},${respondent % 2 ? 'Perempuan' : 'Laki-laki'},${20 + (respondent % 40)},S1,Pegawai swasta,${respondent % 3 ? 'PPID' : 'Help desk'},${scores.join(',')}`);
    }
    writeFileSync(join(folder, 'responses.csv'), `${rows.join('\n')}\n`);
  }
  return { years };
}

/**
 * The baseline's Astro cache (content store, Vite's dependency cache): its own folder beside the
 * project (`<baseline>-cache`), outside its root like ours (`PZI_CACHE_DIR`). Astro's default,
 * node_modules/.astro, would be this repository's (node_modules is linked), so a "cold" baseline
 * could start from an earlier run's store, and the repository's own cache changed.
 */
const baselineCache = (dir: string) => `${dir}-cache`;

/** The bare baseline: Astro + MDX, the same note files, one minimal page per note. */
function makeBaseline(dir: string, contentDir: string): void {
  mkdirSync(join(dir, 'src/pages/catatan'), { recursive: true });
  mkdirSync(join(dir, 'notes'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "bench-baseline", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ cacheDir: ${JSON.stringify(baselineCache(dir))}, integrations: [mdx()] });\n`);
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { notes: defineCollection({ loader: glob({ pattern: '*/catatan/*.mdx', base: './notes' }) }) };\n",
  );
  writeFileSync(
    join(dir, 'src/pages/catatan/[...id].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('notes')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n",
  );
  for (const year of readdirSync(contentDir).filter((name) => /^\d{4}$/.test(name))) {
    const notes = join(contentDir, year, 'catatan');
    if (existsSync(notes)) cpSync(notes, join(dir, 'notes', year, 'catatan'), { recursive: true });
  }
}

/** Appends a sentence to the same note in the content and in the baseline's copy: a staff member's edit. */
function editNote(contentDir: string, baselineDir: string, attempt: number): void {
  const note = readdirSync(join(contentDir, '2022', 'catatan')).filter((name) => name.endsWith('.mdx')).sort()[0]!;
  const sentence = `\nDisunting untuk pengukuran (${attempt}).\n`;
  appendFileSync(join(contentDir, '2022', 'catatan', note), sentence);
  const copy = join(baselineDir, 'notes', '2022', 'catatan', note);
  if (existsSync(copy)) appendFileSync(copy, sentence);
}

// ---------------------------------------------------------------- building and measuring

interface BuildResult {
  seconds: number;
  /** User + system CPU seconds (from /usr/bin/time): steadier than wall time on a shared machine. */
  cpu: number;
  peakMb: number;
  ok: boolean;
  log: string;
}

/** Runs `astro build` under /usr/bin/time -v (peak RSS of the largest process), else samples VmHWM. */
function build(cwd: string, outDir: string, env: Record<string, string>): Promise<BuildResult> {
  const useTime = existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : process.execPath;
  const commandArgs = [...(useTime ? ['-v', process.execPath] : []), ASTRO, 'build', '--outDir', outDir];
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(command, commandArgs, { cwd, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    let sampledKb = 0;
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    const sampler = useTime
      ? undefined
      : setInterval(() => {
          try {
            const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
            sampledKb = Math.max(sampledKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
          } catch {
            /* exited */
          }
        }, 100);
    child.on('close', (code) => {
      if (sampler) clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      const maxRss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(log)?.[1] ?? sampledKb);
      const cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(log)?.[1] ?? NaN) + Number(/System time \(seconds\): ([\d.]+)/.exec(log)?.[1] ?? NaN);
      done({ seconds, cpu, peakMb: maxRss / 1024, ok: code === 0, log });
    });
  });
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const bytesOf = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);

interface PageWeight {
  page: string;
  type: string;
  critical: number;
  transfer: number;
  js: number;
  images: number;
  imageProblems: string[];
}

/** gzip bytes of a JS file and every module it imports (dynamic imports included: chart.js on demand). */
function jsClosure(dist: string, entry: string, seen: Set<string>): number {
  const file = join(dist, entry);
  if (seen.has(file) || !existsSync(file)) return 0;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  let total = gzipSize(text);
  for (const specifier of moduleImports(text)) {
    const target = specifier.startsWith('/') ? specifier : join(entry, '..', specifier);
    total += jsClosure(dist, target, seen);
  }
  return total;
}

function measurePages(dist: string): PageWeight[] {
  const cache = new Map<string, number>();
  const gz = (path: string) => {
    const file = join(dist, path.split(/[?#]/)[0]!);
    if (!cache.has(file)) cache.set(file, existsSync(file) ? gzipSize(readFileSync(file)) : 0);
    return cache.get(file)!;
  };
  return walk(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const page = relative(dist, file);
      const html = readFileSync(file, 'utf8');
      const critical = gzipSize(html) + blockingStylesheets(html).reduce((sum, href) => sum + gz(href), 0);
      const seen = new Set<string>();
      const js = scriptSources(html).reduce((sum, src) => sum + jsClosure(dist, src.split(/[?#]/)[0]!, seen), 0);
      const images = imageTags(html).reduce((sum, image) => sum + (image.src.startsWith('/') ? gz(image.src) : 0), 0);
      return { page, type: isChartPage(html) ? `${pageType(page)} (grafik)` : pageType(page), critical, transfer: critical + js + images, js, images: imageTags(html).length, imageProblems: imageProblems(html) };
    });
}

// ---------------------------------------------------------------- JSON

interface RunFigures {
  wall_s: number;
  cpu_s: number;
  peak_mb: number;
}

/** What `--json FILE` writes for one note count (an array of these when several counts are built). */
export interface BenchJson {
  scale: string;
  notes: number;
  years: number;
  /** Builds of each kind (cold, warm, edited) per project; every figure is the median of these. */
  runs: number;
  /** `edited`: warm, after one note was edited. */
  ours: { cold: RunFigures; warm: RunFigures; edited: RunFigures };
  /** null with --no-baseline (or when the baseline build failed). */
  baseline: { cold: RunFigures; warm: RunFigures; edited: RunFigures; pages: number } | null;
  /** HTML pages we publish (the baseline publishes one per note: `baseline.pages`). */
  pages: number;
  /** Ours / baseline per published HTML page: CPU seconds and peak memory. */
  perPage: { cold: Ratio; edited: Ratio; warm: Ratio } | null;
  maxCritical: { bytes: number; page: string };
  overBudget: { page: string; bytes: number }[];
}

type Measured = Pick<BuildResult, 'seconds' | 'cpu' | 'peakMb'>;

interface Ratio {
  cpu_per_page: number;
  peak_mb: number;
}

/** Each figure's own median over the runs (wall, CPU and memory separately). */
function median(results: readonly BuildResult[]): Measured {
  const mid = (values: number[]) => {
    const sorted = values.toSorted((a, b) => a - b);
    const half = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
  };
  return { seconds: mid(results.map((result) => result.seconds)), cpu: mid(results.map((result) => result.cpu)), peakMb: mid(results.map((result) => result.peakMb)) };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));
const figures = (result: Measured): RunFigures => ({ wall_s: round(result.seconds, 1), cpu_s: round(result.cpu, 1), peak_mb: Math.round(result.peakMb) });
/** `kemajuan/x/index.html` → `/kemajuan/x/` (the address a visitor opens). */
const urlOf = (page: string) => `/${page.replace(/(^|\/)index\.html$/, '$1')}`;

// ---------------------------------------------------------------- run

/** Load average (1, 5, 15 min): on a shared machine wall times mean little without it. */
const loadText = () => loadavg().map((value) => value.toFixed(1)).join(' / ');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'pzi-bench-'));
  console.log(`bench --scale ${scaleName}: ${JSON.stringify(scale)} in ${tmp}`);
  console.log(`mesin: ${cpus().length} CPU (${cpus()[0]?.model ?? '?'}), RAM ${(totalmem() / 1024 ** 3).toFixed(1)} GB, Node ${process.version}; beban rata-rata ${loadText()}\n`);
  const summary: (string | number)[][] = [];
  const ratios: (string | number)[][] = [];
  let lastWeights: PageWeight[] = [];
  const json: BenchJson[] = [];
  try {
    for (const notes of scale.notes) {
      const content = join(tmp, `content-${notes}`);
      const t0 = performance.now();
      makeContent(content, notes);
      console.log(`konten ${notes} catatan dibuat dalam ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      if (contentOnly) {
        console.log(`konten saja (--content-only): ${content}`);
        continue;
      }
      const env = { PZI_CONTENT: content, PZI_CACHE_DIR: join(tmp, `cache-${notes}`), PZI_AS_OF: `${2022 + scale.years - 1}-12-31` };
      const dist = join(tmp, `dist-${notes}`);
      const baseline = join(tmp, `baseline-${notes}`);
      if (!skipBaseline) makeBaseline(baseline, content);
      const baseDist = join(baseline, 'dist');
      // Ours and the baseline alternate, `runs` times each, cold (caches wiped), warm, then edited, and the
      // table shows each figure's median: on a shared machine the speed drifts by 20 % and more within
      // a minute, and two single builds a minute apart compared the drift as much as the builds.
      const ours: Record<Run, BuildResult[]> = { dingin: [], hangat: [], diubah: [] };
      const base: Record<Run, BuildResult[]> = { dingin: [], hangat: [], diubah: [] };
      for (const run of RUNS) {
        for (let attempt = 1; attempt <= runs; attempt++) {
          if (run === 'dingin') rmSync(env.PZI_CACHE_DIR, { recursive: true, force: true });
          if (run === 'diubah') editNote(content, baseline, attempt);
          const result = await build(ROOT, dist, env);
          if (!result.ok) throw new Error(`build ${run} gagal:\n${result.log.slice(-4000)}`);
          ours[run].push(result);
          console.log(`  kita, ${run} ${attempt}/${runs}: ${result.seconds.toFixed(1)} s (CPU ${result.cpu.toFixed(1)} s), ${result.peakMb.toFixed(0)} MB; beban ${loadText()}`);
          if (skipBaseline) continue;
          if (run === 'dingin') rmSync(baselineCache(baseline), { recursive: true, force: true });
          const baseResult = await build(baseline, baseDist, {});
          base[run].push(baseResult);
          console.log(`  dasar, ${run} ${attempt}/${runs}: ${baseResult.ok ? `${baseResult.seconds.toFixed(1)} s (CPU ${baseResult.cpu.toFixed(1)} s), ${baseResult.peakMb.toFixed(0)} MB; beban ${loadText()}` : 'GAGAL'}`);
          if (!baseResult.ok) console.log(baseResult.log.slice(-2000));
        }
      }
      const runsOf = (results: Record<Run, BuildResult[]>) => ({ dingin: median(results.dingin), hangat: median(results.hangat), diubah: median(results.diubah) });
      const oursMedian = runsOf(ours);
      const files = walk(dist);
      const pages = files.filter((file) => file.endsWith('.html')).length;
      const pagefind = bytesOf(walk(join(dist, 'pagefind')));
      for (const run of RUNS) {
        const result = oursMedian[run];
        summary.push([`kita ${notes} catatan (${run})`, result.seconds.toFixed(1), result.cpu.toFixed(1), result.peakMb.toFixed(0), pages, mb(bytesOf(files)), pagefind ? mb(pagefind) : '–']);
      }
      lastWeights = measurePages(dist);
      const heaviest = lastWeights.reduce((max, weight) => (weight.critical > max.critical ? weight : max), lastWeights[0]!);
      const record: BenchJson = {
        scale: scaleName,
        notes,
        years: scale.years,
        runs,
        ours: { cold: figures(oursMedian.dingin), warm: figures(oursMedian.hangat), edited: figures(oursMedian.diubah) },
        baseline: null,
        pages,
        perPage: null,
        maxCritical: { bytes: heaviest.critical, page: urlOf(heaviest.page) },
        overBudget: lastWeights.filter((weight) => weight.critical > 14_600).map((weight) => ({ page: urlOf(weight.page), bytes: weight.critical })).sort((a, b) => b.bytes - a.bytes),
      };
      json.push(record);

      if (!skipBaseline) {
        const baseOk = RUNS.every((run) => base[run].every((result) => result.ok));
        const basePages = walk(baseDist).filter((file) => file.endsWith('.html')).length;
        const baseMedian = baseOk ? runsOf(base) : undefined;
        for (const run of RUNS) {
          const result = baseMedian?.[run];
          summary.push([`dasar Astro+MDX ${notes} catatan (${run})`, result ? result.seconds.toFixed(1) : 'gagal', result ? result.cpu.toFixed(1) : '–', result ? result.peakMb.toFixed(0) : '–', basePages, mb(bytesOf(walk(baseDist))), '–']);
        }
        if (baseMedian) {
          record.baseline = { cold: figures(baseMedian.dingin), warm: figures(baseMedian.hangat), edited: figures(baseMedian.diubah), pages: basePages };
          const perPage = (run: Run): Ratio => ({
            cpu_per_page: round(oursMedian[run].cpu / pages / (baseMedian[run].cpu / basePages), 2),
            peak_mb: round(oursMedian[run].peakMb / baseMedian[run].peakMb, 2),
          });
          record.perPage = { cold: perPage('dingin'), edited: perPage('diubah'), warm: perPage('hangat') };
          for (const [run, target] of [['dingin', '≤ 1.25×'], ['diubah', '≤ 1.25×'], ['hangat', '–']] as const) {
            const [a, b] = [oursMedian[run], baseMedian[run]];
            const ratio = perPage(run);
            ratios.push([`${notes} catatan (${run})`, `${(a.seconds / b.seconds).toFixed(2)}×`, `${(a.cpu / b.cpu).toFixed(2)}×`, `${ratio.cpu_per_page.toFixed(2)}×`, target, `${ratio.peak_mb.toFixed(2)}×`, run === 'hangat' ? '–' : '≤ 1.5×']);
          }
        }
      }
      ratios.push([`${notes} catatan: dingin − hangat`, `${(oursMedian.dingin.seconds - oursMedian.hangat.seconds).toFixed(1)} s`, `${(oursMedian.dingin.cpu - oursMedian.hangat.cpu).toFixed(1)} s`, '', '', '', '']);
    }
  } finally {
    if (jsonFile && json.length) {
      writeFileSync(resolve(jsonFile), `${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
      console.log(`JSON: ${resolve(jsonFile)}`);
    }
    if (!keep && !contentOnly) rmSync(tmp, { recursive: true, force: true });
    else console.log(`disimpan: ${tmp}`);
  }

  console.log(`\nBuild (beban rata-rata di akhir: ${loadText()})`);
  console.log(formatTable(['build', 'waktu (s)', 'CPU (s)', 'memori puncak (MB)', 'halaman', 'dist', 'indeks cari'], summary));
  if (ratios.length) {
    console.log('\nOverhead terhadap Astro + MDX polos');
    console.log(formatTable(['ukuran', 'waktu', 'CPU', 'CPU per halaman', 'target', 'memori', 'target'], ratios));
  }
  const byType = Map.groupBy(lastWeights, (weight) => weight.type);
  const rows = [...byType].map(([type, weights]) => {
    const heaviest = weights.reduce((max, weight) => (weight.critical > max.critical ? weight : max));
    return [type, weights.length, heaviest.critical, Math.max(...weights.map((w) => w.transfer)), Math.max(...weights.map((w) => w.js)), heaviest.page];
  });
  rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  console.log(`\nBerat halaman per jenis (build terakhir; byte gzip; anggaran kritis ${(14600).toLocaleString('en-US')})`);
  console.log(formatTable(['jenis', 'halaman', 'kritis maks', 'transfer maks', 'JS maks', 'halaman terberat'], rows));
  const images = lastWeights.flatMap((weight) => weight.imageProblems.map((problem) => `${weight.page}: ${problem}`));
  const imageCount = lastWeights.reduce((sum, weight) => sum + weight.images, 0);
  console.log(`\nGambar: ${imageCount} <img>, ${images.length} masalah${images.length ? `: ${images.slice(0, 5).join('; ')}` : ' (semua lewat astro:assets, dengan ukuran, lazy)'}`);
  const over = lastWeights.filter((weight) => weight.critical > 14_600);
  if (over.length) console.log(`\n${over.length} halaman melebihi 14 600 byte kritis, mis. ${over.slice(0, 5).map((w) => `${w.page} (${w.critical})`).join(', ')}`);
}

await main();
