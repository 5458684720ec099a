import { daysBetween, type CommitRef, type FileHistory } from './model.ts';

/**
 * What the register says about an evidence item's publication, from the history of its YAML file and its
 * published file. Pure: blob hashes are looked up through `sha256Of`.
 */

/** An item published more than this many days after its own date gets the late-publication notice. */
export const LATE_PUBLICATION_DAYS = 30;

export interface EarlierFile {
  sha256: string;
  /** First commit in which this version was online (never before the item was published). */
  from: CommitRef;
  /** The commit that replaced it. */
  until: CommitRef;
}

export interface EvidenceHistory {
  /** The commit that first added the item's YAML: when it appeared on the site. */
  published: CommitRef;
  /** The newest commit that changed the YAML or the file. */
  changed: CommitRef;
  /** Days between the item's own date and `published`, when more than LATE_PUBLICATION_DAYS. */
  lateDays?: number;
  /** Earlier versions of the file that were online, oldest first; empty when the file never changed. */
  earlierFiles: EarlierFile[];
}

export interface EvidenceHistoryInput {
  /** The item's own date, YYYY-MM-DD. */
  date: string;
  yaml?: FileHistory;
  file?: FileHistory;
}

/** Blobs whose SHA-256 `evidenceHistory` will ask for (earlier versions online after publication). */
export function earlierBlobs(input: Omit<EvidenceHistoryInput, 'date'>): string[] {
  const published = input.yaml?.added;
  if (!published || !input.file) return [];
  return onlineVersions(input.file, published).slice(0, -1).map((version) => version.blob);
}

function onlineVersions(file: FileHistory, published: CommitRef) {
  return file.versions.filter((version) => !version.until || version.until.order > published.order);
}

const later = (a: CommitRef, b: CommitRef) => (b.order > a.order ? b : a);

/** The item's publication facts, or undefined when its YAML is not in the history (not committed yet). */
export function evidenceHistory(input: EvidenceHistoryInput, sha256Of: (blob: string) => string): EvidenceHistory | undefined {
  const published = input.yaml?.added;
  if (!published || !input.yaml) return undefined;
  const changed = input.file ? later(input.yaml.changed, input.file.changed) : input.yaml.changed;
  const online = input.file ? onlineVersions(input.file, published) : [];
  const earlierFiles = online.slice(0, -1).map((version) => ({
    sha256: sha256Of(version.blob),
    from: later(version.from, published),
    until: version.until!,
  }));
  const late = daysBetween(input.date, published.date);
  return { published, changed, ...(late > LATE_PUBLICATION_DAYS ? { lateDays: late } : {}), earlierFiles };
}
