/**
 * A throwaway git repository with a MINIMAL content root (the plan files of one area and one component,
 * the five guide pages, a few evidence items and notes), committed on fixed dates, for the history tests.
 * The content root is a sub-folder ("isi/") so the build must map repository paths to content paths.
 * Commit messages and the author carry a marker that must never reach the built site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Appears in every commit message and as the author: the site must not publish it. */
export const PRIVATE_MARKER = 'Rahasia Staf Penulis';

export interface HistoryRepo {
  dir: string;
  /** The content root inside the repository. */
  content: string;
  /** Short id (7) of each named commit. */
  commits: Record<string, string>;
  remove: () => void;
}

function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: PRIVATE_MARKER, GIT_AUTHOR_EMAIL: 'rahasia@example.invalid', GIT_COMMITTER_NAME: PRIVATE_MARKER, GIT_COMMITTER_EMAIL: 'rahasia@example.invalid', ...env },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** A tiny valid one-page PDF; `label` makes each version's bytes differ. */
export function tinyPdf(label: string): string {
  return `%PDF-1.4\n% ${label}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
}

const GUIDES = {
  pengaduan: 'Ke mana melapor?',
  gratifikasi: 'Gratifikasi',
  'benturan-kepentingan': 'Benturan kepentingan',
  'standar-pelayanan': 'Standar pelayanan',
  'rekap-pengaduan': 'Rekap penanganan pengaduan',
};

const note = (title: string, date: string, evidence: string[]) =>
  `---\ntitle: ${title}\ndate: ${date}\nindicators: [I.1.1]\nstatus: berjalan\nevidence: [${evidence.join(', ')}]\n---\n\nCatatan uji riwayat.\n`;

export const FILES = {
  evidence: '2022/bukti/notulen-sosialisasi.yaml',
  evidenceFile: '2022/bukti/notulen-sosialisasi.pdf',
  lateEvidence: '2022/bukti/sk-tim-lama.yaml',
  note: '2022/catatan/2022-06-rapat-tim.mdx',
  removedNote: '2022/catatan/2022-06-catatan-sementara.mdx',
  /** Committed into bukti/ without its YAML (named like a person's ID number), then deleted: never published. */
  orphan: '2022/bukti/3371012345678901.pdf',
} as const;

export const TITLES = {
  evidence: 'Notulen sosialisasi rencana aksi',
  lateEvidence: 'SK tim kerja tahun lalu',
  note: 'Rapat tim kerja Juni',
  removedNote: 'Catatan sementara',
} as const;

/**
 *   base     2022-05-01  plan, guides, unit
 *   evidence 2022-05-21  notulen-sosialisasi.yaml + .pdf (version 1)
 *   late     2022-06-01  sk-tim-lama.yaml (dated 2022-01-10), two notes
 *   replace  2022-08-02  notulen-sosialisasi.pdf (version 2); a PDF without YAML (FILES.orphan)
 *   remove   2022-09-10  one note removed; the PDF without YAML deleted
 *   guide    2022-09-20  only the staff guide (PANDUAN.md): not published, not in the change log
 */
export function makeHistoryRepo(projectRoot: string): HistoryRepo {
  const dir = mkdtempSync(join(tmpdir(), 'pzi-riwayat-'));
  const content = join(dir, 'isi');
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(content, file)), { recursive: true });
    writeFileSync(join(content, file), text);
  };
  const copy = (file: string) => cpSync(join(projectRoot, 'content', file), join(content, file), { recursive: true });
  const commits: Record<string, string> = {};
  const commit = (name: string, day: string) => {
    const date = `${day}T10:00:00+07:00`;
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', `${name}: ${PRIVATE_MARKER}`], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    commits[name] = git(dir, ['rev-parse', '--short=7', 'HEAD']);
  };

  git(dir, ['init', '-q', '-b', 'main']);
  for (const file of ['unit.yaml', '2022/keputusan.yaml', '2022/sumber', '2022/area/i.yaml', '2022/komponen/i-1.mdx']) copy(file);
  for (const [id, title] of Object.entries(GUIDES)) write(`panduan/${id}.mdx`, `---\ntitle: ${title}\ndescription: Halaman panduan minimal untuk uji riwayat isi situs.\n---\n\nTeks panduan.\n`);
  commit('base', '2022-05-01');

  write(FILES.evidence, `title: ${TITLES.evidence}\ndate: 2022-05-20\nindicators: [I.1.1]\nfile: notulen-sosialisasi.pdf\n`);
  write(FILES.evidenceFile, tinyPdf('versi 1'));
  commit('evidence', '2022-05-21');

  write(FILES.lateEvidence, `title: ${TITLES.lateEvidence}\ndate: 2022-01-10\nindicators: [I.1.1]\nurl: /2022/keputusan/\n`);
  write(FILES.note, note(TITLES.note, '2022-06-01', ['notulen-sosialisasi']));
  write(FILES.removedNote, note(TITLES.removedNote, '2022-06-01', []));
  commit('late', '2022-06-01');

  write(FILES.evidenceFile, tinyPdf('versi 2, diganti'));
  write(FILES.orphan, tinyPdf('tanpa YAML'));
  commit('replace', '2022-08-02');

  rmSync(join(content, FILES.removedNote));
  rmSync(join(content, FILES.orphan));
  commit('remove', '2022-09-10');

  write('PANDUAN.md', '# Panduan staf\n');
  commit('guide', '2022-09-20');

  return { dir, content, commits, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A shallow clone (`--depth 1`) of the repository: its content without history. */
export function shallowClone(repo: HistoryRepo): { content: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'pzi-dangkal-'));
  git(dir, ['clone', '-q', '--depth', '1', `file://${repo.dir}`, 'klon']);
  return { content: join(dir, 'klon', 'isi'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
