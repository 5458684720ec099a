// A build never leaves a half-written site, names the content file that failed, and hostile PDFs
// cost a bounded amount of time and memory. Each build uses a copy of content/ (48
// files, a few seconds); the hostile files are generated here and never committed.
import { createHash } from 'node:crypto';
import { globSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOfContent } from '../unit/support/content-dir.ts';
import { compressedZerosPdf, repeatedFlateDecodePdf } from '../unit/support/hostile-pdf.ts';
import { astroBuild } from './support/astro-build.ts';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

/** SHA-256 over every path and every file's bytes under `dir`: equal means byte-for-byte the same folder. */
function folderChecksum(dir: string): string {
  const hash = createHash('sha256');
  for (const path of globSync('**/*', { cwd: dir }).sort()) {
    hash.update(`${path}\0`);
    if (lstatSync(join(dir, path)).isFile()) hash.update(readFileSync(join(dir, path)));
  }
  return hash.digest('hex');
}

function previousSite(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'pzi-dist-'));
  cleanups.push(() => rmSync(outDir, { recursive: true, force: true }));
  mkdirSync(join(outDir, '2022'));
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>Situs yang sedang tayang</title>');
  writeFileSync(join(outDir, '2022', 'penanda.txt'), 'situs yang sedang tayang, versi sebelumnya');
  return outDir;
}

/** Sibling folders the build left behind (it must leave none). */
const leftovers = (outDir: string) => readdirSync(dirname(outDir)).filter((name) => name.startsWith(`.${basename(outDir)}.`));

describe('atomic build', () => {
  it('a build failing at render time ({nama} slipping past the guards) names the file and leaves the previous site byte for byte', async () => {
    const copy = copyOfContent();
    cleanups.push(copy.remove);
    copy.write('2022/catatan/2022-06-kurung-kurawal.mdx', '---\ntitle: Uji\ndate: 2022-06-15\nindicators: [V.3.2]\nstatus: berjalan\n---\n\nTerima kasih kepada {nama}.\n');
    const outDir = previousSite();
    const before = folderChecksum(outDir);

    // Its own Astro cache: the content store of an earlier build of another copy would point at that copy's files.
    const cache = mkdtempSync(join(tmpdir(), 'pzi-cache-'));
    cleanups.push(() => rmSync(cache, { recursive: true, force: true }));

    // This configuration takes the content guard and the compiler's rules out, so the slip reaches rendering.
    const { code, output } = await astroBuild(['--config', 'tests/fixtures/render-error/astro.config.mjs', '--outDir', outDir], { PZI_CONTENT: copy.root, PZI_CACHE_DIR: cache });

    expect(code, output.slice(-3000)).not.toBe(0);
    expect(output).toMatch(/2022\/catatan\/2022-06-kurung-kurawal\.mdx: isi berkas ini tidak dapat dijadikan halaman \(ReferenceError: nama is not defined\)/);
    expect(output).not.toMatch(/Stack trace|\n\s+at \S+ \(/);
    expect(folderChecksum(outDir)).toBe(before);
    expect(leftovers(outDir)).toEqual([]);
  }, 300_000); // a cold Astro cache: the whole build runs up to the failing page

  it('the content guard stops {nama} before the build starts: the Indonesian report last, no stack, previous site kept', async () => {
    const copy = copyOfContent();
    cleanups.push(copy.remove);
    copy.write('2022/catatan/2022-06-kurung-kurawal.mdx', '---\ntitle: Uji\ndate: 2022-06-15\nindicators: [V.3.2]\nstatus: berjalan\n---\n\nTerima kasih kepada {nama}.\n');
    const outDir = previousSite();
    const before = folderChecksum(outDir);

    const { code, output } = await astroBuild(['--outDir', outDir], { PZI_CONTENT: copy.root });

    expect(code).not.toBe(0);
    expect(output).toMatch(/2022-06-kurung-kurawal\.mdx:8\n\s+Tulisan "\{nama\}"/);
    // Astro names the hook in one line; then the report, last, without a stack
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
    expect(output.slice(output.lastIndexOf('Situs TIDAK dibangun'))).not.toMatch(/\[(build|ERROR|WARN|vite)\]/);
    expect(folderChecksum(outDir)).toBe(before);
    expect(leftovers(outDir)).toEqual([]);
  });

  it('a 2 MB repeated-/FlateDecode PDF and a compressed-zeros PDF end within bounds: the first warned about (page count unknown), the bomb refused naming its file, the output untouched', async () => {
    const copy = copyOfContent();
    cleanups.push(copy.remove);
    const cache = mkdtempSync(join(tmpdir(), 'pzi-cache-'));
    cleanups.push(() => rmSync(cache, { recursive: true, force: true }));
    writeFileSync(join(copy.root, '2022/bukti/rusak-flate.pdf'), repeatedFlateDecodePdf());
    writeFileSync(join(copy.root, '2022/bukti/rusak-nol.pdf'), compressedZerosPdf());
    for (const name of ['rusak-flate', 'rusak-nol']) copy.write(`2022/bukti/${name}.yaml`, `title: PDF uji ${name}\ndate: 2022-05-20\nindicators: [II.1.1]\nfile: ${name}.pdf\n`);
    const outDir = mkdtempSync(join(tmpdir(), 'pzi-dist-'));
    cleanups.push(() => rmSync(outDir, { recursive: true, force: true }));

    let peakKb = 0;
    let sampler: NodeJS.Timeout | undefined;
    const { code, output, seconds } = await astroBuild(['--outDir', outDir], { PZI_CONTENT: copy.root, PZI_CACHE_DIR: cache }, {
      onSpawn: (pid) => {
        // VmHWM is the process's peak resident memory so far (worker threads included).
        sampler = setInterval(() => {
          try {
            peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0));
          } catch {
            // the process has ended
          }
        }, 50);
      },
    });
    clearInterval(sampler);

    // the zeros bomb cannot be checked for active content within its unpacking cap: refused, so nothing is built
    expect(code, output.slice(-3000)).not.toBe(0);
    expect(output).toMatch(/rusak-nol\.yaml:\d+ · kolom file\n\s+PDF "rusak-nol\.pdf" tidak dapat diperiksa apakah berisi JavaScript/);
    expect(output).toMatch(/rusak-flate\.yaml[\s\S]*Jumlah halaman PDF "rusak-flate\.pdf" tidak dapat dibaca/);
    // Each file's 30 s bound is tests/unit/evidence-facts.test.ts's; here the whole cold build (the guard
    // and the pages both read the two files) must end, well within the suite's time.
    expect(seconds).toBeLessThan(120);
    expect(peakKb).toBeGreaterThan(0);
    expect(peakKb * 1024).toBeLessThan(1024 ** 3);
    expect(readdirSync(outDir)).toEqual([]);
    console.log(`[atomic-build] hostile PDFs: build ${seconds.toFixed(1)} s, peak ${Math.round(peakKb / 1024)} MB`);
  }, 300_000);
});
