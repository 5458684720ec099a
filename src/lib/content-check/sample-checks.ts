import { createHash } from 'node:crypto';
import { existsSync, globSync, lstatSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { ContentSet } from './load.ts';
import type { Problem } from './problem.ts';

/**
 * A content root holding sample data carries this file at its top (`tests/fixtures/demo/` does).
 * Any other root — the real `content/` above all — must contain no sample data.
 */
export const SAMPLE_MARKER = 'CONTOH-DATA.md';

/** Where the demo data lives; copies of its files are refused anywhere else. */
export const DEMO_ROOT = 'tests/fixtures/demo';

/** Sample records of the demo: self-assessments, notes, evidence, surveys, complaint recaps (its plan, channels and guides are the real ones). */
const SAMPLE_RECORDS = ['[0-9][0-9][0-9][0-9]/lke/penilaian.yaml', '[0-9][0-9][0-9][0-9]/catatan/**', '[0-9][0-9][0-9][0-9]/bukti/**', 'survei/**', 'pengaduan/**'];
/** Staff-written files: where sample data could slip in. */
const STAFF_FILES = [...SAMPLE_RECORDS, 'kanal/**', 'panduan/**'];

function staffFiles(root: string, patterns = STAFF_FILES): string[] {
  return patterns.flatMap((pattern) => globSync(pattern, { cwd: root }))
    // lstat: a symlink is never followed (file-kind-checks.ts reports it), e.g. to /proc or a device.
    .filter((path) => lstatSync(join(root, path), { throwIfNoEntry: false })?.isFile() === true)
    .sort();
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** True when `root` is a sample-data root (it carries the marker). */
export function isSampleRoot(root: string): boolean {
  return existsSync(join(root, SAMPLE_MARKER));
}

/**
 * Sample data never reaches a real site. In a root without the marker: no file or folder of notes,
 * evidence, surveys, channels, guides or complaint recaps whose name starts with "contoh", and no file
 * that is a byte-for-byte copy of a demo note, evidence item, survey or complaint recap. The production root may not carry the marker either.
 */
export function checkNoSampleData(content: ContentSet): Problem[] {
  const root = content.root;
  const shown = (path: string) => relative(process.cwd(), join(root, path)) || path;
  if (isSampleRoot(root)) {
    return relative(process.cwd(), root) === 'content'
      ? [{ file: shown(SAMPLE_MARKER), message: `Berkas penanda data contoh tidak boleh ada di content/: isi content/ diterbitkan sebagai data resmi. Hapus berkas ${SAMPLE_MARKER} ini.` }]
      : [];
  }
  const demo = existsSync(DEMO_ROOT) ? new Map(staffFiles(DEMO_ROOT, SAMPLE_RECORDS).map((path) => [sha256(join(DEMO_ROOT, path)), path])) : new Map<string, string>();
  const problems: Problem[] = [];
  for (const path of staffFiles(root)) {
    const sampleName = path.split('/').find((part) => /^contoh/i.test(part));
    if (sampleName) {
      problems.push({ file: shown(path), message: `Nama "${sampleName}" diawali "contoh": nama itu khusus data contoh (${DEMO_ROOT}/) dan tidak boleh diterbitkan. Bila ini data sungguhan, ganti namanya; bila data contoh, hapus dari folder ini.` });
      continue;
    }
    const copied = demo.get(sha256(join(root, path)));
    if (copied && basename(path) !== '.gitkeep') {
      problems.push({ file: shown(path), message: `Berkas ini sama persis dengan data contoh ${DEMO_ROOT}/${copied}. Data contoh tidak boleh diterbitkan; hapus berkasnya atau ganti dengan data sungguhan.` });
    }
  }
  return problems;
}
