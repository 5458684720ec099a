import type { HistoryExport } from '../../schemas/history-export.ts';
import type { ChangelogEntry, ChangelogItem } from './changelog.ts';
import type { CommitRef } from './model.ts';
import type { EvidenceHistory } from './evidence-history.ts';

/** Open data of the history: `/data/riwayat.json` and the history fields of the evidence exports. Pure. */

export type Href = (path: string) => string;

export function commitExport(commit: CommitRef): { date: string; commit: string } {
  return { date: commit.date, commit: commit.id };
}

function itemExport(item: ChangelogItem, href: Href) {
  return { kind: item.kind, id: item.id, title: item.title, url: item.href ? href(item.href) : null };
}

export function changelogToJson(available: boolean, entries: readonly ChangelogEntry[], href: Href): HistoryExport {
  return {
    available,
    commits: entries.map((entry) => ({
      ...commitExport(entry),
      added: entry.added.map((item) => itemExport(item, href)),
      changed: entry.changed.map((item) => itemExport(item, href)),
      removed: entry.removed.map((item) => itemExport(item, href)),
    })),
  };
}

/** The history fields of one item in `/data/<year>/bukti.json` (null when there is no history). */
export function evidenceHistoryJson(history: EvidenceHistory | undefined) {
  return {
    published: history ? commitExport(history.published) : null,
    changed: history ? commitExport(history.changed) : null,
    earlierFiles: (history?.earlierFiles ?? []).map((file) => ({ sha256: file.sha256, from: commitExport(file.from), until: commitExport(file.until) })),
  };
}

/** The history columns of one row of `/data/<year>/bukti.csv`; earlier files as "<sha256> <from>/<until>" joined by ";". */
export function evidenceHistoryCsv(history: EvidenceHistory | undefined): string[] {
  if (!history) return ['', '', '', '', ''];
  return [
    history.published.date,
    history.published.id,
    history.changed.date,
    history.changed.id,
    history.earlierFiles.map((file) => `${file.sha256} ${file.from.date}/${file.until.date}`).join(';'),
  ];
}

/** Column names of `evidenceHistoryCsv`, appended to the evidence CSV. */
export const EVIDENCE_HISTORY_CSV_COLUMNS = ['diterbitkan', 'commit_terbit', 'diubah', 'commit_ubah', 'sha256_sebelumnya'] as const;
