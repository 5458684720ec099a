import { globSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { MAX_FILE_BYTES } from '../evidence/limits.ts';
import { evidenceYear } from '../evidence/items.ts';
import { FileRefused, unreadableMessage } from '../evidence/facts.ts';
import { FactsCache } from '../evidence/facts-cache.ts';
import { locationMessage, mediaLocation } from '../evidence/location.ts';
import { activeContentProblem } from '../evidence/active-content.ts';
import { fileSafety, fileSafetyMessage, readContentFile } from '../content-file.ts';
import { formatBytes } from '../format.ts';
import type { ContentSet, LoadedEntry } from './load.ts';
import type { Problem } from './problem.ts';
import type { EvidenceData } from '../../schemas/evidence.ts';

type EvidenceEntry = LoadedEntry<EvidenceData>;

/** Path of an item's `file`, next to its YAML. */
export function evidenceFileOnDisk(entry: Pick<EvidenceEntry, 'file'>, fileName: string): string {
  return join(dirname(entry.file), fileName);
}

/** For each year, each indicator code with the numbers of its steps that have decreed bukti fisik. */
function planSteps(content: ContentSet): Map<string, Map<string, { steps: number; withEvidence: number[] }>> {
  const years = new Map<string, Map<string, { steps: number; withEvidence: number[] }>>();
  for (const component of content.entries.components) {
    const year = component.id.slice(0, 4);
    const codes = years.get(year) ?? new Map();
    component.data.indicators.forEach((indicator, index) => {
      const withEvidence = indicator.actions.flatMap((action, step) => (action.evidence ? [step + 1] : []));
      codes.set(`${component.data.code}.${index + 1}`, { steps: indicator.actions.length, withEvidence });
    });
    years.set(year, codes);
  }
  return years;
}

function checkIds(entries: readonly EvidenceEntry[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const other = seen.get(entry.id);
    if (other) {
      problems.push({ file: entry.file, message: `Nama berkas "${basename(entry.file)}" sudah dipakai bukti lain: ${other}. Nama berkas YAML bukti menjadi kodenya dan harus unik untuk semua tahun; ganti salah satu nama, misalnya dengan menambahkan tahun.` });
    }
    seen.set(entry.id, entry.file);
  }
  return problems;
}

function checkFile(root: string, entry: EvidenceEntry, problems: Problem[]): void {
  const name = entry.data.file;
  if (!name) return;
  const path = evidenceFileOnDisk(entry, name);
  const line = entry.lineOf(['file']);
  const safety = fileSafety(root, path);
  if (!safety.ok && safety.reason === 'missing') {
    problems.push({ file: entry.file, line, field: 'file', message: `Berkas "${name}" tidak ditemukan di folder ${dirname(entry.file)}/. Letakkan berkasnya di folder yang sama dengan berkas YAML ini, atau perbaiki namanya di kolom file (nama harus sama persis).` });
  } else if (!safety.ok) {
    problems.push({ file: entry.file, line, field: 'file', message: fileSafetyMessage(safety.reason, name, root) });
  } else if (safety.size > MAX_FILE_BYTES) {
    problems.push({ file: entry.file, line, field: 'file', message: `Berkas "${name}" berukuran ${formatBytes(safety.size)}, lebih besar dari batas ${formatBytes(MAX_FILE_BYTES)}. Perkecil berkasnya (mis. kompres PDF atau foto), atau unggah di tempat lain dan pakai url sebagai ganti file.` });
  }
}

function checkIndicators(entry: EvidenceEntry, codes: Map<string, { steps: number; withEvidence: number[] }> | undefined, problems: Problem[]): void {
  const year = evidenceYear(entry.file);
  if (!codes) {
    problems.push({ file: entry.file, message: `Tidak ada rencana aksi tahun ${year} (content/${year}/komponen/). Bukti harus disimpan di folder tahun rencananya.` });
    return;
  }
  entry.data.indicators.forEach((code, index) => {
    const indicator = codes.get(code);
    if (!indicator) {
      const component = code.split('.').slice(0, 2).join('.');
      const siblings = [...codes.keys()].filter((known) => known.startsWith(`${component}.`));
      const hint = siblings.length ? `Komponen ${component} punya: ${siblings.join(', ')}.` : `Kode indikator ditulis seperti "V.3.2"; daftar lengkapnya ada di halaman rencana aksi ${year}.`;
      problems.push({ file: entry.file, line: entry.lineOf(['indicators', index]), field: `indicators[${index}]`, message: `Indikator "${code}" tidak ada di rencana aksi ${year}. ${hint}` });
      return;
    }
    for (const step of entry.data.satisfies ?? []) {
      if (!indicator.withEvidence.includes(step)) {
        const allowed = indicator.withEvidence.join(', ');
        problems.push({ file: entry.file, line: entry.lineOf(['satisfies']), field: 'satisfies', message: `Indikator ${code} tidak punya langkah aksi nomor ${step} yang mensyaratkan bukti fisik. Nomor yang boleh: ${allowed}.` });
      }
    }
  });
}

function checkPrivacy(entry: EvidenceEntry, problems: Problem[]): void {
  if (entry.data.personalData && !entry.data.redacted) {
    problems.push({ file: entry.file, line: entry.lineOf(['personalData']), field: 'redacted', message: 'Bukti ini memuat data pribadi (personalData: true) tetapi belum disamarkan. Hitamkan nama, tanda tangan, NIK, nomor telepon dan wajah yang tidak perlu, simpan ulang berkasnya, lalu tulis redacted: true. Situs tidak diterbitkan sebelum itu.' });
  }
}

/** Files in a bukti folder that no YAML names: probably a forgotten YAML (a warning). */
function checkOrphans(content: ContentSet, entries: readonly EvidenceEntry[]): Problem[] {
  const named = new Set(entries.flatMap((entry) => (entry.data.file ? [evidenceFileOnDisk(entry, entry.data.file)] : [])));
  const folders = globSync('[0-9][0-9][0-9][0-9]/bukti', { cwd: content.root }).map((path) => relative(process.cwd(), join(content.root, path)));
  return folders.flatMap((folder) =>
    globSync('*', { cwd: folder })
      .filter((name) => !/\.ya?ml$/.test(name) && !name.startsWith('.') && !named.has(join(folder, name)))
      .map((name) => ({ level: 'warning' as const, file: join(folder, name), message: `Berkas ini tidak disebut oleh berkas YAML mana pun, jadi tidak diterbitkan. Buat berkas YAML bukti dengan file: ${name}, atau hapus berkasnya.` })),
  );
}

/** Cross-file checks of evidence items: unique ids, known indicators and steps, files present and small enough, privacy. */
export function checkEvidence(content: ContentSet): Problem[] {
  const entries = content.entries.evidence;
  const plans = content.incomplete.has('components') ? undefined : planSteps(content);
  const problems = checkIds(entries);
  for (const entry of entries) {
    checkFile(content.root, entry, problems);
    if (plans) checkIndicators(entry, plans.get(evidenceYear(entry.file)), problems);
    checkPrivacy(entry, problems);
  }
  return [...problems, ...checkOrphans(content, entries)];
}

/** Notes (`notes` collection, when present) name evidence by id in `evidence: [slug]`: every id must exist. */
export function checkNoteEvidence(content: ContentSet): Problem[] {
  const notes = (content.entries as Partial<Record<string, LoadedEntry<{ evidence?: unknown }>[]>>).notes;
  if (!notes || content.incomplete.has('evidence')) return [];
  const known = new Set(content.entries.evidence.map((entry) => entry.id));
  return notes.flatMap((note) =>
    (Array.isArray(note.data.evidence) ? note.data.evidence : []).flatMap((id: unknown, index: number) =>
      typeof id === 'string' && !known.has(id)
        ? [{ file: note.file, line: note.lineOf(['evidence', index]), field: `evidence[${index}]`, message: `Bukti "${id}" tidak ditemukan. Tulis nama berkas YAML bukti tanpa ".yaml" (mis. "notulen-rapat" untuk content/<tahun>/bukti/notulen-rapat.yaml).${known.size ? '' : ' Belum ada bukti sama sekali.'}` }]
        : [],
    ),
  );
}

/**
 * What must read the files: content matching the name (not empty, not a text file called .pdf),
 * PDF page counts (a warning when unknown: such an item never counts towards `lengkap`), and GPS
 * positions in photos and videos, or metadata that cannot be read (an error unless the YAML says
 * `lokasiBoleh: true`), and what would make an evaluator's program act (active-content.ts). Uses the build's facts
 * cache, so the build does not read a file twice.
 */
export async function checkEvidenceFiles(content: ContentSet): Promise<Problem[]> {
  const problems: Problem[] = [];
  const cache = new FactsCache();
  for (const entry of content.entries.evidence) {
    const name = entry.data.file;
    if (!name) continue;
    const path = evidenceFileOnDisk(entry, name);
    const safety = fileSafety(content.root, path);
    if (!safety.ok || safety.size > MAX_FILE_BYTES) continue; // reported by checkEvidence
    const where = { file: entry.file, line: entry.lineOf(['file']), field: 'file' };
    let facts;
    try {
      facts = await cache.factsOf(path, name, (onDisk) => readContentFile(content.root, onDisk));
    } catch (error) {
      if (!(error instanceof FileRefused)) throw error;
      problems.push({ ...where, message: error.message });
      continue;
    }
    if (facts.unreadable) problems.push({ level: 'warning', ...where, message: unreadableMessage(name, facts.unreadable) });
    const bytes = readContentFile(content.root, path);
    const active = activeContentProblem(name, facts.mediaType, bytes);
    if (active) problems.push({ ...where, message: active });
    if (entry.data.lokasiBoleh) continue;
    const location = await mediaLocation(bytes, facts.mediaType);
    if (location.state !== 'none') problems.push({ ...where, message: locationMessage(name, facts.mediaType, location) });
  }
  cache.save();
  return problems;
}
