import { commitRef, type CommitRef, type ContentCommit } from './model.ts';
import { CONTENT_KINDS, itemOfPath, type ContentKind, type ContentRef } from './content-items.ts';
import { publicVersion, type PublicVersion } from './public-titles.ts';

/**
 * The change log (/riwayat/): per commit, the items it added, changed or removed on the site. Pure.
 *
 * It names only what was published: an item is on the site from the first commit in which its own file
 * (a note's MDX, an evidence item's YAML…) could build a page, under the title that version had; a
 * removed item keeps the title of its last version. A file no item names (a photo or PDF committed into
 * bukti/ without its YAML) is never published, so it is never named, even by its file name.
 */

export interface ChangelogItem {
  kind: ContentKind;
  id: string;
  /** The item's public title in that commit (the last one it had, for a removed item). */
  title: string;
  /** Site path of its page; absent for removed items and items that no longer exist. */
  href?: string;
}

export interface ChangelogEntry extends CommitRef {
  added: ChangelogItem[];
  changed: ChangelogItem[];
  removed: ChangelogItem[];
}

const kindOrder = (kind: ContentKind) => CONTENT_KINDS.indexOf(kind);
const byKindAndTitle = (a: ChangelogItem, b: ChangelogItem) => kindOrder(a.kind) - kindOrder(b.kind) || a.title.localeCompare(b.title, 'id') || a.id.localeCompare(b.id);

/** Blobs of item files whose text `buildChangelog` reads (every version of every item's own file). */
export function itemBlobs(commits: readonly ContentCommit[]): string[] {
  return commits.flatMap((commit) => commit.changes.flatMap((change) => (change.blob && itemOfPath(change.path)?.key === change.path ? [change.blob] : [])));
}

type Live = PublicVersion & { kind: ContentKind; id: string };
type Status = 'added' | 'changed' | 'removed';

/**
 * Commits newest first → change-log entries newest first; commits that changed nothing published are left
 * out. `readBlob` gives the text of a blob listed by `itemBlobs` (undefined when it cannot be read).
 */
export function buildChangelog(commits: readonly ContentCommit[], refs: readonly ContentRef[], readBlob: (blob: string) => string | undefined): ChangelogEntry[] {
  const current = new Map(refs.map((ref) => [ref.path, ref]));
  const live = new Map<string, Live>();
  const entries: ChangelogEntry[] = [];
  for (let index = commits.length - 1; index >= 0; index--) {
    const commit = commits[index]!;
    const statuses = new Map<string, { status: Status; version: Live }>();
    // the items' own files first: they decide what is on the site in this commit
    for (const change of commit.changes) {
      const item = itemOfPath(change.path);
      if (!item || item.key !== change.path) continue;
      const before = live.get(item.key);
      if (change.status === 'D') {
        if (before) statuses.set(item.key, { status: 'removed', version: before });
        live.delete(item.key);
        continue;
      }
      const source = change.blob === undefined ? undefined : readBlob(change.blob);
      const read = source === undefined ? undefined : publicVersion(item.kind, item.id, source);
      // a version that could not build a page left the site as it was
      if (!read) continue;
      const version = { ...read, kind: item.kind, id: item.id };
      live.set(item.key, version);
      statuses.set(item.key, { status: before ? 'changed' : 'added', version });
    }
    // any other file changes the item it belongs to, if that item is on the site
    const evidenceFiles = new Map<string, string>([...live].flatMap(([key, version]): [string, string][] => (version.kind === 'bukti' && version.file ? [[`${key.slice(0, key.lastIndexOf('/'))}/${version.file}`, key]] : [])));
    for (const change of commit.changes) {
      const owner = evidenceFiles.get(change.path) ?? (change.path.includes('/bukti/') ? undefined : itemOfPath(change.path)?.key);
      if (!owner || owner === change.path || statuses.has(owner) || !live.has(owner)) continue;
      statuses.set(owner, { status: 'changed', version: live.get(owner)! });
    }
    if (!statuses.size) continue;
    const entry: ChangelogEntry = { ...commitRef(commit), added: [], changed: [], removed: [] };
    for (const [key, { status, version }] of statuses) {
      const ref = current.get(key);
      entry[status].push({ kind: version.kind, id: version.id, title: version.title, ...(ref && status !== 'removed' ? { href: ref.href } : {}) });
    }
    entry.added.sort(byKindAndTitle);
    entry.changed.sort(byKindAndTitle);
    entry.removed.sort(byKindAndTitle);
    entries.push(entry);
  }
  return entries.reverse();
}

/**
 * Commits the feed (`/riwayat/feed.xml`) carries: readers fetch it whole and often, so it holds the newest
 * changes only; the full history stays on /riwayat/ and in data/riwayat.json.
 */
export const FEED_MAX_ITEMS = 50;

/** The entries the feed carries (newest first). */
export function feedEntries<T>(entries: readonly T[]): T[] {
  return entries.slice(0, FEED_MAX_ITEMS);
}

/** Number of items an entry lists (its weight on a page). */
export function entrySize(entry: ChangelogEntry): number {
  return entry.added.length + entry.changed.length + entry.removed.length;
}

/** An entry, or one part of an entry too long for one page (part 1 carries the commit's anchor). */
export interface ChangelogPart extends ChangelogEntry {
  part: number;
  parts: number;
}

/** Splits an entry listing more than `maxItems` items into parts of at most `maxItems`, in list order. */
export function splitEntry(entry: ChangelogEntry, maxItems: number): ChangelogPart[] {
  if (entrySize(entry) <= maxItems) return [{ ...entry, part: 1, parts: 1 }];
  const tagged = (['added', 'changed', 'removed'] as const).flatMap((list) => entry[list].map((item) => ({ list, item })));
  const parts: ChangelogPart[] = [];
  for (let start = 0; start < tagged.length; start += maxItems) {
    const slice = tagged.slice(start, start + maxItems);
    const pick = (list: 'added' | 'changed' | 'removed') => slice.filter((tag) => tag.list === list).map((tag) => tag.item);
    parts.push({ ...entry, added: pick('added'), changed: pick('changed'), removed: pick('removed'), part: parts.length + 1, parts: 0 });
  }
  return parts.map((part) => ({ ...part, parts: parts.length }));
}
