// Every class of broken input is refused by `npm run check` AND by `astro build`, naming the file,
// and the failed build writes nothing: its outDir keeps exactly what was there before.
// Cases: tests/fixtures/broken/<case>/, files laid over a copy of content/.
//
// How the build side is proven without eleven 30-second builds: the build refuses content in one
// place, the content guard (src/integrations/content-guard.ts), which runs inspectContent — the
// same function `npm run check` runs — at astro:config:setup, before anything is written.
//   - every case: the guard's hook itself (called as Astro calls it) refuses it and names the file,
//     with the report `npm run check` prints; CLI_CASES run the CLI itself, one per kind of input;
//   - BUILD_CASES, one real `astro build` per refusal mechanism: the guard is wired into
//     astro.config.mjs and a refused build leaves its outDir untouched. Add a case there only for a
//     refusal that happens somewhere else in the build.
import { cpSync, globSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOfContent } from '../unit/support/content-dir.ts';
import { astroBuild, nodeScript } from './support/astro-build.ts';
import { contentGuard } from '../../src/integrations/content-guard.ts';

const CORPUS = 'tests/fixtures/broken';
const cases = readdirSync(CORPUS, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

/** A copy of content/ with the case's files laid over it, and the file the reports must name (the last in alphabetical order). */
function brokenCopy(name: string): { root: string; named: string; remove: () => void } {
  const copy = copyOfContent();
  cpSync(join(CORPUS, name), copy.root, { recursive: true });
  const named = globSync('**/*', { cwd: join(CORPUS, name), withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(join(CORPUS, name).length + 1))
    .sort()
    .at(-1)!;
  return { root: copy.root, named, remove: copy.remove };
}

/** What each case must be refused for (the start of the message staff read). */
const REASON: Record<string, RegExp> = {
  'akhiran-salah': /tidak akan dibaca, karena berakhiran selain \.mdx/,
  'bukti-berkas-hilang': /Berkas "notulen-hilang\.pdf" tidak ditemukan/,
  'kode-tidak-dikenal': /Kode indikator "I\.1\.9" tidak ada di rencana 2022/,
  'komponen-tidak-dikenal': /Komponen <Grafik> tidak dikenal/,
  'mdx-rusak': /Isi MDX tidak dapat dibaca/,
  'slug-ganda': /sudah dipakai bukti lain/,
  'slug-ganda-catatan': /sudah dipakai oleh/,
  'status-tidak-dikenal': /Status harus salah satu dari/,
  'survei-csv-salah': /Jawaban 7 \(kolom D\) di luar 1–4/,
  'tanggal-salah': /Tanggal ditulis YYYY-MM-DD dan harus tanggal yang ada/,
  'yaml-rusak': /Penulisan data \(YAML\) tidak sah/,
  // content is data, not code (each a probe an editor could write)
  'mdx-ekspresi-env': /Tulisan "\{process\.env\.HOME\}" akan dijalankan sebagai kode program[\s\S]*tulis \\\{/,
  'mdx-ekspresi-berkas': /Tulisan "\{process\.getBuiltinModule/,
  'mdx-kurung-kurawal': /:10\n\s+Tulisan "\{nama\}" akan dijalankan sebagai kode program/,
  'mdx-script': /Tag <script> tidak diizinkan/,
  'mdx-iframe': /Tag <iframe> tidak diizinkan/,
  'mdx-tautan-javascript-html': /Alamat "javascript:alert\(document\.cookie\)" tidak diizinkan/,
  'mdx-tautan-javascript-markdown': /Alamat "javascript:alert\(document\.cookie\)" tidak diizinkan/,
  'mdx-onerror': /Atribut onerror pada <img>/,
  'bukti-symlink': /"zz-lingkungan\.txt" adalah tautan \(symlink\)/,
  'bukti-kosong': /"daftar-hadir-kosong\.pdf" kosong \(0 byte\)/,
  'bukti-teks-bernama-pdf': /bernama \.pdf tetapi isinya teks/,
  'bukti-foto-gps': /menyimpan lokasi GPS[\s\S]*lokasiBoleh: true/,
  'bukti-url-lain-host': /Tautan harus alamat lengkap yang diawali https:\/\//,
  // location in every accepted media type; types the site does not publish are refused with how to convert
  'bukti-webp-gps': /Foto "foto-kegiatan\.webp" menyimpan lokasi GPS \(-7\.4700, 110\.2100\) di data EXIF-nya/,
  'bukti-png-xmp-gps': /Foto "tangkapan-peta\.png" menyimpan lokasi GPS di data XMP-nya/,
  'bukti-video-lokasi': /Video "video-apel\.mp4" menyimpan lokasi GPS di data videonya/,
  'bukti-video-lokasi-iphone': /Video "video-iphone\.mp4" menyimpan lokasi GPS di data videonya/,
  'catatan-gambar-rusak': /:10\n\s+Gambar "\.\/0-foto-rusak\.jpg" tidak dapat dibaca sebagai gambar JPEG/,
  'catatan-gambar-raksasa': /Gambar "\.\/0-foto-raksasa\.png" berukuran 16000 × 16000 piksel/,
  // bounded input: what would crash a parser is refused before it runs, naming the file and line
  'mdx-bersarang-dalam': /2022-06-bersarang\.mdx:10\n\s+Isi MDX tidak dapat dibaca: Cetak tebal\/miring \(\* atau _\) bersarang lebih dari 100 tingkat/,
  'yaml-alias-bom': /bom-rujukan\.yaml:7\n\s+Penulisan data \(YAML\) tidak sah: Bagian data memakai terlalu banyak rujukan/,
  // one parser per format: what the check accepts is what the build reads
  'yaml-tag-js': /2022-06-tag-js\.mdx:2\n\s+Penulisan data \(YAML\) tidak sah: Tanda yang diawali "!" \(mis\. !!js\/function\) tidak dikenal/,
  'yaml-judul-tanggal': /judul-tanggal\.yaml:1 · kolom title\n/,
  // CommonMark takes the first of two definitions with one label: the image is the other host's
  'mdx-gambar-definisi-ganda': /2022-06-definisi-ganda\.mdx:10\n\s+Gambar "https:\/\/pelacak\.example\/foto\.png" tidak diizinkan/,
  'survei-sel-kendali': /responses\.csv:3 · kolom Pekerjaan\n\s+Survei "skm-kendali": Sel \(kolom K\) berisi karakter kendali/,
  // evidence an evaluator opens safely: what would make their program act is refused
  'bukti-pdf-javascript': /PDF "surat-undangan\.pdf" berisi JavaScript/,
  'bukti-csv-rumus': /CSV "daftar-hadir\.csv" berisi sel yang akan dihitung sebagai rumus[\s\S]*baris 3;/,
  'bukti-zip-jalur-keluar': /Arsip "arsip-foto\.zip" berisi nama berkas yang menunjuk ke luar foldernya \("\.\.\/\.\.\/AppData/,
  // control characters never reach a page or an export
  'yaml-karakter-kendali': /notulen-kendali\.yaml:1 · kolom title\n\s+Isian ini berisi karakter kendali tak terlihat \(U\+0000/,
  'mdx-karakter-kendali': /2022-06-kendali\.mdx:10\n\s+Isi MDX tidak dapat dibaca: Baris ini berisi karakter kendali/,
  'bukti-foto-heic': /berakhiran "\.heic", yang tidak diterbitkan situs ini[\s\S]*ekspor sebagai JPEG/,
};

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

describe('broken content corpus', () => {
  it('covers every class of bad input the issue lists', () => {
    expect(cases).toEqual(expect.arrayContaining(['tanggal-salah', 'kode-tidak-dikenal', 'status-tidak-dikenal', 'yaml-rusak', 'bukti-berkas-hilang', 'survei-csv-salah', 'slug-ganda', 'mdx-rusak']));
    expect(Object.keys(REASON).sort()).toEqual(cases);
  });

  // `npm run check` (scripts/check.ts) prints formatReport(inspectContent(root)) and exits 1; the
  // guard's refusal below is the same report of the same inspection (refusalOf), checked for EVERY
  // case in-process. The CLI itself is run on one case per kind of input (a Node process per case
  // cost the suite ~2 CPU-seconds each): frontmatter, MDX body, evidence file, survey CSV, file name.
  const CLI_CASES = ['yaml-rusak', 'mdx-script', 'bukti-symlink', 'bukti-foto-gps', 'survei-csv-salah', 'akhiran-salah'];

  it('runs the CLI on cases that exist', () => {
    expect(cases).toEqual(expect.arrayContaining(CLI_CASES));
  });

  // checks share nothing: run them side by side
  it.concurrent.for(CLI_CASES)('npm run check refuses "%s" and names the file', async (name, { expect }) => {
    const copy = brokenCopy(name);
    cleanups.push(copy.remove);
    const { code, output } = await nodeScript('scripts/check.ts', ['--content', copy.root]);
    expect(code, output).not.toBe(0);
    expect(output).toContain(copy.named);
    expect(output).toMatch(REASON[name]!);
    expect(output).toMatch(/Situs TIDAK dibangun/);
  });

  it.each(cases)('the build\'s content guard refuses "%s" and names the file', async (name) => {
    const copy = brokenCopy(name);
    cleanups.push(copy.remove);
    const setup = contentGuard().hooks['astro:config:setup'] as (options: unknown) => Promise<void>;
    const previous = process.env.PZI_CONTENT;
    process.env.PZI_CONTENT = copy.root;
    try {
      const refusal = await setup({ command: 'build', logger: { info() {}, warn() {} } }).then(() => undefined, (error: Error) => error);
      expect(refusal?.name).toBe('IsiTidakSah');
      expect(refusal?.message).toContain(copy.named);
      expect(refusal?.message).toMatch(REASON[name]!);
      expect(refusal?.message).toMatch(/Situs TIDAK dibangun/);
    } finally {
      if (previous === undefined) delete process.env.PZI_CONTENT;
      else process.env.PZI_CONTENT = previous;
    }
  });

  // without the guard this content builds: an unknown indicator code breaks no schema Astro knows
  const BUILD_CASES = ['kode-tidak-dikenal'];

  it.each(BUILD_CASES)('astro build refuses "%s", names the file and leaves its outDir untouched', async (name) => {
    const copy = brokenCopy(name);
    cleanups.push(copy.remove);
    const outDir = mkdtempSync(join(tmpdir(), 'pzi-out-'));
    cleanups.push(() => rmSync(outDir, { recursive: true, force: true }));
    mkdirSync(join(outDir, 'lama'));
    writeFileSync(join(outDir, 'lama', 'penanda.txt'), 'situs yang sedang tayang');
    const { code, output, seconds } = await astroBuild(['--outDir', outDir], { PZI_CONTENT: copy.root });
    expect(code, output.slice(-2000)).toBe(1);
    expect(output).toContain(copy.named);
    expect(output).toMatch(REASON[name]!);
    expect(globSync('**/*', { cwd: outDir })).toEqual(['lama', 'lama/penanda.txt']);
    // the report is the last thing printed (no stack, nothing in English after it), and the build ends at once
    expect(output).not.toMatch(/Waiting for integration/);
    expect(output.slice(output.lastIndexOf('Situs TIDAK dibangun'))).not.toMatch(/\[(build|ERROR|WARN|vite)\]|\n\s+at /);
    expect(seconds).toBeLessThan(60);
  });
});
