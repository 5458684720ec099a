// What an office really produces, built end to end: a survey exported from Excel
// (BOM, semicolons, CRLF, DD/MM/YYYY, Indonesian headers incl. "Jenis Kelamin" and "Unsur 1…9")
// and the same data as Excel "Unicode Text" (UTF-16 LE, tabs) build with the same IKM and the
// same respondent profile as the clean file. The same build proves the output is quiet: no
// bundler warning box, no "empty collection" noise, and one Indonesian summary line at the end.
// One build of a copy of content/ plus three generated surveys (~20 s alone on this machine).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfContent } from '../unit/support/content-dir.ts';
import { officeCsvExport, unicodeTextExport } from '../fixtures/office-export.ts';
import { astroBuild } from './support/astro-build.ts';

const CLEAN = readFileSync('tests/fixtures/demo/survei/skm-2022-desember/responses.csv', 'utf8');
// the clean file without its final newline: byte-identical demo data would be refused as sample data
const SURVEYS = { bersih: Buffer.from(CLEAN.trimEnd()), kantor: officeCsvExport(CLEAN), unicode: unicodeTextExport(CLEAN) };

let copy: ReturnType<typeof copyOfContent>;
let outDir: string;
let build: { code: number; output: string; seconds: number };
const page = (id: string) => readFileSync(join(outDir, 'survei', id, 'index.html'), 'utf8');
/** The IKM as the page states it: "IKM 77,70 dari 100". */
const ikmOf = (html: string) => /IKM (\d{2,3},\d{2}) dari 100/.exec(html)?.[1];
/** The gender profile figure's table rows: "Perempuan 50", … */
const genderRows = (html: string) => {
  const figure = /<figure class="chart" id="profil-jenis-kelamin">([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
  return [...figure.matchAll(/<tr[^>]*>\s*<t[hd][^>]*>([^<]+)<\/t[hd]>\s*<td[^>]*>([^<]+)<\/td>/g)].map((row) => `${row[1]!.trim()} ${row[2]!.trim()}`);
};

beforeAll(async () => {
  copy = copyOfContent();
  for (const [id, bytes] of Object.entries(SURVEYS)) {
    mkdirSync(join(copy.root, 'survei', id), { recursive: true });
    writeFileSync(join(copy.root, 'survei', id, 'index.mdx'), `---\ntitle: Survei Kepuasan Masyarakat Desember 2022 (${id})\nstart: 2022-12-01\nend: 2022-12-31\n---\n\nAnalisis hasil survei.\n`);
    writeFileSync(join(copy.root, 'survei', id, 'responses.csv'), bytes);
  }
  outDir = join(copy.root, '..', `${copy.root.split('/').at(-1)}-dist`);
  build = await astroBuild(['--outDir', outDir], { PZI_CONTENT: copy.root });
}, 600_000);

afterAll(() => {
  copy?.remove();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('office exports, built', () => {
  it('builds', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('states the same IKM for the Excel CSV and the Unicode Text export as for the clean file', () => {
    const clean = ikmOf(page('bersih'));
    expect(clean).toMatch(/^\d{2},\d{2}$/);
    expect(ikmOf(page('kantor'))).toBe(clean);
    expect(ikmOf(page('unicode'))).toBe(clean);
  });

  it('shows the gender profile read from "Jenis Kelamin", with the same counts', () => {
    const clean = genderRows(page('bersih'));
    expect(clean.some((row) => row.startsWith('Perempuan'))).toBe(true);
    expect(clean.some((row) => row.startsWith('Laki-laki'))).toBe(true);
    expect(genderRows(page('kantor'))).toEqual(clean);
    expect(genderRows(page('unicode'))).toEqual(clean);
  });

  it('prints no bundler warning box and no empty-collection noise', () => {
    expect(build.output).not.toMatch(/MODULE_LEVEL_DIRECTIVE|╭─|does not exist or is empty|No files found matching/);
    // Warnings left are our own, in Indonesian, for staff to act on (e.g. the unconfirmed portal address,
    // history unavailable outside git), plus Astro's one advisory about our deliberate CSP style-src-attr
    // hashes (src/lib/security/csp.ts); any other [WARN] line is noise that must be configured away.
    const warnings = build.output.split('\n').filter((line) => line.includes('[WARN]'));
    expect(warnings.filter((line) => !/\[WARN\] \[(pzi:[a-z-]+|csp)\]/.test(line))).toEqual([]);
  });

  it('ends with one Indonesian summary line', () => {
    const lines = build.output.trimEnd().split('\n');
    const pages = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8').match(/<loc>/g)!.length;
    expect(lines.at(-1)).toMatch(/^Situs selesai dibangun: \d+ halaman, \d+ catatan, \d+ bukti, 3 survei, 0 peringatan\.$/);
    // every page in the sitemap is counted (the 404 page and a few noindex pages are not in it)
    expect(Number(/(\d+) halaman/.exec(lines.at(-1)!)![1])).toBeGreaterThanOrEqual(pages);
    expect(lines.filter((line) => line.startsWith('Situs selesai dibangun'))).toHaveLength(1);
  });
});
